/**
 * Recognises database failures a client should see as a stable code rather than
 * INTERNAL_SERVER_ERROR: the database is unreachable or restarting (SERVICE_UNAVAILABLE, retry),
 * or a statement ran past `statement_timeout` (TIMEOUT).
 */
export type DatabaseFailure = 'SERVICE_UNAVAILABLE' | 'TIMEOUT';

/** Socket-level errors of a connection that is gone or cannot be opened. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server going away: 57P01 admin_shutdown (also pg_terminate_backend),
 * 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up / shutting down),
 * 53300 too_many_connections; class 08 is connection exceptions.
 */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** Messages of pg, knex and tarn for a lost or unobtainable connection. */
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /Timeout acquiring a connection/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /Client was closed and is not queryable/i,
  /Connection ended unexpectedly/i,
  /connect ECONNREFUSED/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
  // knex: BEGIN failed on a connection killed as it was acquired; the transaction is then unusable.
  /Transaction query already complete/i,
];

/** 57014 query_canceled: statement_timeout (or a cancel request). */
const TIMEOUT_STATES = new Set(['57014']);

export function classifyDatabaseError(error: unknown): DatabaseFailure | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const { code, sqlState, message, name } = current as {
      code?: unknown;
      sqlState?: unknown;
      message?: unknown;
      name?: unknown;
    };
    const state = typeof sqlState === 'string' ? sqlState : typeof code === 'string' ? code : undefined;
    if (state) {
      if (TIMEOUT_STATES.has(state)) return 'TIMEOUT';
      if (UNAVAILABLE_STATES.has(state) || NETWORK_CODES.has(state) || /^08[0-9A-Z]{3}$/.test(state)) {
        return 'SERVICE_UNAVAILABLE';
      }
    }
    if (name === 'KnexTimeoutError' || name === 'TimeoutError' || name === 'ConnectionException') {
      return 'SERVICE_UNAVAILABLE';
    }
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) {
      return 'SERVICE_UNAVAILABLE';
    }
    const next = current as { cause?: unknown; originalError?: unknown; previous?: unknown };
    current = next.cause ?? next.originalError ?? next.previous;
  }
  return undefined;
}
