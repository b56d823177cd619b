import { Writable } from 'node:stream';
import pino from 'pino';
import { type App, createApp } from '../../src/app';
import { Role } from '../../src/auth/role.enum';
import { loadConfig } from '../../src/config';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

export type LogLine = Record<string, any> & { msg: string; level: number };

export interface LoggedApp {
  app: App;
  url: string;
  /** Every line the server logged (pino JSON, parsed), oldest first. */
  logs: LogLine[];
  /** POSTs an operation as ADMIN (JSON, as every client must); returns status, headers and body. */
  post(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; headers: Headers; body: any }>;
  close(): Promise<void>;
}

/**
 * The real app with its pino log captured in memory (level `info`), for tests that check what is
 * logged. `databaseUrl` overrides the per-file test database (e.g. a throwaway cluster).
 */
export async function startLoggedApp(
  env: Record<string, string> = {},
  options: { databaseUrl?: string } = {},
): Promise<LoggedApp> {
  const database: TestDatabase = options.databaseUrl
    ? { url: options.databaseUrl, drop: async () => undefined }
    : await createTestDatabase();
  const logs: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) logs.push(JSON.parse(line));
      callback();
    },
  });
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_DEMO: 'false',
    DATA_DIR: 'memory://',
    LOG_LEVEL: 'info',
    ...(database.url ? { DATABASE_URL: database.url } : {}),
    ...env,
  });
  const log = pino({ level: config.logLevel, base: { service: 'throughline' } }, sink);
  let app: App;
  try {
    app = await createApp(config, log);
  } catch (error) {
    await database.drop();
    throw error;
  }
  const url = await app.listen();
  const token = await app.auth.tokens.sign({ sub: 'test-admin', role: Role.ADMIN });
  return {
    app,
    url,
    logs,
    async post(query, variables, headers = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON: the test sees the text
      }
      return { status: response.status, headers: response.headers, body };
    },
    async close() {
      await app.stop();
      await database.drop();
    },
  };
}
