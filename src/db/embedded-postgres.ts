import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/**
 * The zero-configuration database: PostgreSQL compiled to WebAssembly, persisted under `dataDir`.
 * `dataDir` of `memory://` keeps it in memory (tests).
 */
export async function openEmbeddedPostgres(dataDir: string): Promise<PGlite> {
  if (dataDir.startsWith('memory://')) return PGlite.create();
  const folder = path.resolve(dataDir, 'pglite');
  // PGlite does not create the parents of its data folder.
  mkdirSync(folder, { recursive: true });
  return PGlite.create(folder);
}
