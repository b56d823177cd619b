// Jest globalSetup: without TEST_DATABASE_URL, the suite uses the local PostgreSQL that every
// machine of this project runs (127.0.0.1:5432, trust auth, database `test`) when it answers, so
// that a plain `npm test` runs what CI runs. Only with no server there do the tests fall back to
// the embedded PostgreSQL (PGlite), where the suites that need a real server fail (README).
import { Client } from 'pg';

const LOCAL = 'postgres://postgres@127.0.0.1:5432/test';

export default async function useLocalPostgres(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) return;
  const client = new Client({ connectionString: LOCAL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    process.env.TEST_DATABASE_URL = LOCAL;
  } catch {
    // No local server: the embedded database it is.
  } finally {
    await client.end().catch(() => undefined);
  }
}
