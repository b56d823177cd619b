import type { RequestHandler } from 'express';
import { recordOutcome, requestIdOf } from './request-log';

/**
 * Answers a request still running after `timeoutMs` with HTTP 503 and a GraphQL-shaped error
 * `extensions.code = TIMEOUT`, instead of letting the client hang. The work itself is bounded by
 * PostgreSQL's statement_timeout; whatever it produces afterwards is discarded (see `httpErrors`).
 */
export function requestTimeout(timeoutMs: number): RequestHandler {
  return (_req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      const requestId = requestIdOf(res);
      recordOutcome(requestId, ['TIMEOUT']);
      res
        .status(503)
        .set('retry-after', '5')
        .json({
          errors: [
            {
              message: `The request took longer than ${timeoutMs} ms (REQUEST_TIMEOUT_MS) and was abandoned; ask for less data or retry later`,
              extensions: { code: 'TIMEOUT', requestId },
            },
          ],
        });
    }, timeoutMs);
    timer.unref();
    const clear = () => clearTimeout(timer);
    res.once('finish', clear);
    res.once('close', clear);
    next();
  };
}
