import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { GraphQLContext } from '../graphql/context';

/** What one request's log line reports beyond HTTP: filled in by the GraphQL plugin and the timeout. */
interface RequestRecord {
  operationName?: string | null;
  /** `extensions.code` of each error sent, in order; empty means the request succeeded. */
  codes: string[];
}

/** Records of the requests in flight, by request id. */
const inFlight = new Map<string, RequestRecord>();

/** A client-supplied `x-request-id` is kept when it is short and plain (for tracing across services). */
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** The request id of a request that went through `requestLogging`. */
export function requestIdOf(res: Response): string {
  return (res.locals as { requestId?: string }).requestId ?? randomUUID();
}

/** Adds error codes to the log line of the request `requestId` (e.g. TIMEOUT from the timeout middleware). */
export function recordOutcome(requestId: string, codes: string[]): void {
  const record = inFlight.get(requestId);
  if (record) record.codes.push(...codes);
}

/**
 * Express middleware, mounted first: gives every request an id (the client's `x-request-id` when
 * plain and not in flight, else a UUID), echoes it in the `x-request-id` response header, and writes
 * one structured line per request when it ends: request id, method, path, status, duration,
 * GraphQL operation name and outcome (`ok` or the error codes).
 */
export function requestLogging(log: Logger): RequestHandler {
  return (req: Request, res: Response, next) => {
    const offered = req.get('x-request-id');
    const requestId =
      offered && CLIENT_REQUEST_ID.test(offered) && !inFlight.has(offered) ? offered : randomUUID();
    const record: RequestRecord = { codes: [] };
    inFlight.set(requestId, record);
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      inFlight.delete(requestId);
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      const line = {
        requestId,
        method: req.method,
        path: req.originalUrl.split('?')[0],
        status: res.headersSent ? res.statusCode : 0,
        durationMs: Math.round(durationMs * 10) / 10,
        operationName: record.operationName ?? undefined,
        outcome: record.codes.length
          ? [...new Set(record.codes)]
          : res.statusCode < 400
            ? 'ok'
            : [`HTTP_${res.statusCode}`],
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      if (res.statusCode >= 500 || record.codes.includes('INTERNAL_SERVER_ERROR')) log.error(line, 'request');
      else log.info(line, 'request');
    };
    res.once('finish', done);
    res.once('close', done);
    next();
  };
}

/**
 * Apollo plugin: puts the request id into every error's `extensions.requestId` (before the error
 * formatter, which logs unexpected errors with it) and reports the operation name and error codes
 * to the request's log line.
 */
export function requestLogPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const requestId = contextValue.requestId;
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            try {
              (error.extensions as Record<string, unknown>).requestId ??= requestId;
            } catch {
              // a frozen extensions object: the response plugin below still adds the id
            }
          }
        },
        async willSendResponse({ response, operationName }) {
          const record = inFlight.get(requestId);
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          for (const error of errors) {
            if (error.extensions && !error.extensions.requestId) {
              (error as { extensions: Record<string, unknown> }).extensions = {
                ...error.extensions,
                requestId,
              };
            }
          }
          if (!record) return;
          record.operationName = operationName;
          record.codes.push(...errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN')));
        },
      };
    },
  };
}
