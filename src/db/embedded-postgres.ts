import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/**
 * Dates, timestamps and intervals come back as PostgreSQL's text, as MikroORM's PostgreSQL driver
 * sets them up (PostgreSqlConnection): the entities' converters and raw queries then see the same
 * values on both databases (PGlite would otherwise parse them into Date objects).
 */
const TEMPORAL_AS_TEXT = Object.fromEntries(
  [1082, 1114, 1184, 1186].map((oid) => [oid, (text: string) => text]),
);

/**
 * The zero-configuration database: PostgreSQL compiled to WebAssembly, persisted under `dataDir`.
 * `dataDir` of `memory://` keeps it in memory (tests).
 */
export async function openEmbeddedPostgres(dataDir: string): Promise<PGlite> {
  if (dataDir.startsWith('memory://')) return PGlite.create({ parsers: TEMPORAL_AS_TEXT });
  const folder = path.resolve(dataDir, 'pglite');
  // PGlite does not create the parents of its data folder.
  mkdirSync(folder, { recursive: true });
  return PGlite.create(folder, { parsers: TEMPORAL_AS_TEXT });
}
