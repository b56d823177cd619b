import { Client } from 'pg';
import { loadConfig } from '../../src/config';
import { migrate, openDatabase } from '../../src/db/database';
import type { CompanyCounts } from '../../src/demo/company-loader';
import { databaseUrl } from '../../src/demo/generate-args';
import { generateCompany } from '../../src/demo/generate-company';

export const DEFAULT_BENCH_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * (Re)creates `name` on the PostgreSQL server of `serverUrl`, migrates it and loads the synthetic
 * company at `scale` (src/demo/generate-company.ts), then VACUUMs and ANALYZEs it. Returns its URL and row counts.
 */
export async function createBenchDatabase(
  serverUrl: string,
  name: string,
  scale: number,
): Promise<{ url: string; counts: CompanyCounts }> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`bad database name ${name}`);
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(serverUrl, name);
  const database = await openDatabase(
    loadConfig({
      DATABASE_URL: url,
      LOG_LEVEL: 'silent',
      STATEMENT_TIMEOUT_MS: '3600000',
      DB_POOL_SIZE: '2',
    }),
  );
  try {
    await migrate(database.orm);
    const counts = await generateCompany(database.orm.em.fork(), { scale });
    // VACUUM too: freshly loaded tables have no visibility map (no index-only scans) and unset hint
    // bits, and autovacuum would otherwise do this work in the middle of the measured runs.
    await database.orm.em.getConnection().execute('vacuum (analyze)');
    return { url, counts };
  } finally {
    await database.close();
  }
}

/** Drops a database this harness created. */
export async function dropBenchDatabase(serverUrl: string, name: string): Promise<void> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end();
  }
}

export interface IngestRow {
  kpiCode: string;
  period: string;
  value: number;
  source: string;
}

/**
 * `count` feed rows for periods no generated measurement has (quarter starts from 2027, valid for
 * monthly and quarterly KPIs alike), KPI-major within each period. `variant` 0 and 1 carry different
 * values for the same keys, so alternating them makes every call after the first a pure update.
 */
export async function ingestRows(url: string, count: number): Promise<[IngestRow[], IngestRow[]]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  let codes: string[];
  try {
    const result = await client.query<{ code: string }>(
      'select code from kpi where archived_at is null order by code',
    );
    codes = result.rows.map((row) => row.code);
  } finally {
    await client.end();
  }
  if (!codes.length) throw new Error('no KPIs to feed');
  const variant = (offset: number): IngestRow[] =>
    Array.from({ length: count }, (_, i) => {
      const quarter = Math.floor(i / codes.length);
      const year = 2027 + Math.floor(quarter / 4);
      const month = (quarter % 4) * 3 + 1;
      return {
        kpiCode: codes[i % codes.length],
        period: `${year}-${String(month).padStart(2, '0')}-01`,
        value: (i % 97) + offset,
        source: 'bench',
      };
    });
  return [variant(0), variant(0.5)];
}
