import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { recordOutcome, requestIdOf } from './request-log';

/**
 * Apollo's express integration insists on `req.body` existing; express 5 leaves it unset when no
 * body parser matched (a GET, or a POST that is not JSON). Defining it lets Apollo answer such
 * requests itself (CSRF prevention, "POST body missing") with a 400 instead of a 500.
 */
export const ensureBody: RequestHandler = (req, _res, next) => {
  if (!('body' in req)) (req as { body?: unknown }).body = undefined;
  next();
};

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
  message?: string;
}

/**
 * Last express error handler: every failure outside GraphQL gets a GraphQL-shaped JSON body with a
 * stable code: 413 PAYLOAD_TOO_LARGE for a body over MAX_BODY_BYTES, 400 BAD_REQUEST for malformed
 * JSON, INTERNAL_SERVER_ERROR (logged in full) for anything else. A response that already went out
 * (a request answered by the timeout) is left alone.
 */
export function httpErrors(log: Logger, maxBodyBytes: number): ErrorRequestHandler {
  return (error: HttpError, _req, res, _next) => {
    const requestId = requestIdOf(res);
    if (res.headersSent) {
      log.debug({ err: error, requestId }, 'response already sent (request timed out); result discarded');
      return;
    }
    const status = error.status ?? error.statusCode ?? 500;
    let code: string;
    let message: string;
    if (status === 413 || error.type === 'entity.too.large') {
      code = 'PAYLOAD_TOO_LARGE';
      message = `The request body is larger than ${maxBodyBytes} bytes (MAX_BODY_BYTES)`;
    } else if (status >= 400 && status < 500) {
      code = 'BAD_REQUEST';
      message =
        error.type === 'entity.parse.failed'
          ? 'The request body is not valid JSON'
          : error.expose && error.message
            ? error.message
            : 'Bad request';
    } else {
      code = 'INTERNAL_SERVER_ERROR';
      message = `Internal server error (request ${requestId})`;
      log.error({ err: error, requestId }, 'unexpected error in an HTTP request');
    }
    recordOutcome(requestId, [code]);
    res
      .status(status >= 400 && status < 600 ? status : 500)
      .json({ errors: [{ message, extensions: { code, requestId } }] });
  };
}
