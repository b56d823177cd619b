import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { classifyDatabaseError } from '../db/database-errors';

const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
  'TIMEOUT',
  'MISSING_EXCHANGE_RATE',
]);

/** What clients read for the database failures `classifyDatabaseError` recognises. */
const DATABASE_MESSAGES = {
  SERVICE_UNAVAILABLE: 'The database is unavailable; retry shortly',
  TIMEOUT:
    'A database statement ran longer than the statement timeout (STATEMENT_TIMEOUT_MS) and was cancelled; ask for less data or retry later',
} as const;

/** graphql-js's message when a document exceeds the `maxTokens` parse option. */
// graphql-js 16 spells it "more that"; later versions may fix the typo.
const TOKEN_LIMIT = /Document contains more th(?:an|at) (\d+) tokens/;

function withoutStacktrace(
  formatted: GraphQLFormattedError,
  code: string,
  extra: Record<string, unknown> = {},
) {
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions: { ...extensions, ...extra, code } };
}

/**
 * Clients see the message of errors we raised on purpose (a stable `extensions.code`); database
 * outages and statement timeouts become SERVICE_UNAVAILABLE / TIMEOUT; anything else becomes
 * INTERNAL_SERVER_ERROR with the request id (added to `extensions.requestId` by the request-log
 * plugin before formatting), logged in full here. Stack traces never leave the server.
 */
export function createErrorFormatter(log: Logger, exposeDetails: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    let code = formatted.extensions?.code as string | undefined;
    const requestId = (formatted.extensions?.requestId as string | undefined) ?? undefined;
    // armor's limits are validation rules; Apollo re-labels them GRAPHQL_VALIDATION_FAILED.
    if (code === 'GRAPHQL_VALIDATION_FAILED' && formatted.extensions?.limit) code = 'QUERY_TOO_COMPLEX';
    const tokens = code === 'GRAPHQL_PARSE_FAILED' ? TOKEN_LIMIT.exec(formatted.message) : null;
    if (tokens) {
      return withoutStacktrace(
        { ...formatted, message: `Query token limit of ${tokens[1]} exceeded.` },
        'QUERY_TOO_COMPLEX',
        { limit: 'MAX_TOKENS', max: Number(tokens[1]) },
      );
    }
    if (code && CLIENT_CODES.has(code)) return withoutStacktrace(formatted, code);

    const original = unwrapResolverError(error);
    const failure = classifyDatabaseError(original);
    if (failure) {
      log.warn(
        { err: original, requestId, path: formatted.path, code: failure },
        'database failure in a GraphQL request',
      );
      return {
        message: DATABASE_MESSAGES[failure],
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: failure, ...(requestId ? { requestId } : {}) },
      };
    }
    log.error({ err: original, requestId, path: formatted.path }, 'unexpected error in a GraphQL request');
    return {
      message: exposeDetails
        ? `Internal server error: ${(original as Error)?.message ?? 'unknown'}`
        : `Internal server error${requestId ? ` (request ${requestId})` : ''}`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) },
    };
  };
}
