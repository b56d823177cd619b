import type { PGlite } from '@electric-sql/pglite';
import { MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config';
import { openEmbeddedPostgres } from './embedded-postgres';
import { ormOptions } from './mikro-orm.config';

export class DatabaseUnavailableError extends Error {}

export interface Database {
  orm: MikroORM;
  /** Where the data lives, for logs: "postgres host:port/db" or "embedded PGlite in .data". */
  description: string;
  embedded: boolean;
  close(): Promise<void>;
}

function describeUrl(url: string): string {
  const parsed = new URL(url);
  return `PostgreSQL at ${parsed.hostname}:${parsed.port || '5432'}, database ${parsed.pathname.slice(1)}`;
}

/** Opens the configured database and proves it answers; fails with one clear line otherwise. */
export async function openDatabase(config: AppConfig, logger?: (message: string) => void): Promise<Database> {
  let pglite: PGlite | undefined;
  let description: string;
  if (config.databaseUrl) {
    description = describeUrl(config.databaseUrl);
  } else {
    description = `embedded PostgreSQL (PGlite) in ${config.dataDir}`;
    try {
      pglite = await openEmbeddedPostgres(config.dataDir);
    } catch (error) {
      throw new DatabaseUnavailableError(`Cannot open the ${description}: ${(error as Error).message}`);
    }
  }
  const orm = await MikroORM.init(ormOptions({ config, pglite, logger }));
  try {
    await orm.connect();
    await orm.em.getConnection().execute('select 1');
  } catch (error) {
    await orm.close(true).catch(() => undefined);
    const reason = (error as Error).message.split('\n')[0] || (error as Error).name;
    throw new DatabaseUnavailableError(`Cannot connect to ${description}: ${reason}`);
  }
  return {
    orm,
    description,
    embedded: !config.databaseUrl,
    async close() {
      await orm.close(true);
      await pglite?.close();
    },
  };
}

/** Applies pending migrations; returns their names. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
