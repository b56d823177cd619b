import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * Each test file gets a database of its own on TEST_DATABASE_URL's server, dropped afterwards
 * (local-postgres.global-setup.ts defaults it to the local server when one answers). Without it
 * the tests use an in-memory embedded PostgreSQL (PGlite).
 */
export interface TestDatabase {
  /** The URL to hand the app, or undefined for the embedded database. */
  url?: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return { url: undefined, drop: async () => undefined };
  const name = `tl_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(serverUrl, `drop database if exists "${name}" with (force)`),
  };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
