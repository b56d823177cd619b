import pino, { type Logger } from 'pino';
import type { AppConfig } from '../config';

export type { Logger };

/** Structured JSON logs (one line per event); pretty-printing is left to `pino-pretty` in a pipe. */
export function createLogger(config: Pick<AppConfig, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'throughline' },
    redact: ['req.headers.authorization', 'req.headers["x-api-key"]'],
  });
}
