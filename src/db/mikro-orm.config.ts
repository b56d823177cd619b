import path from 'node:path';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import type { PGlite } from '@electric-sql/pglite';
import { Migrator } from '@mikro-orm/migrations';
import type * as PGliteModule from 'mikro-orm-pglite' with { 'resolution-mode': 'import' };
import type { AppConfig } from '../config';
import { allEntities } from './entities';

/** The folder of `migrations/`, both from `src/` (ts-node, jest) and from `dist/src/` (built). */
// The driver ships CommonJS code behind ESM-only type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PGliteDriver } = require('mikro-orm-pglite') as typeof PGliteModule;

const migrationsFolder = path.resolve(__dirname, '../../migrations');

export interface OrmOptionsInput {
  config: Pick<AppConfig, 'databaseUrl' | 'statementTimeoutMs' | 'poolSize'> &
    Partial<Pick<AppConfig, 'dbAcquireTimeoutMs' | 'dbConnectTimeoutMs'>>;
  /** The embedded database, when `databaseUrl` is undefined. */
  pglite?: PGlite;
  /** Where MikroORM's own messages (migrator, discovery) go; silent by default. */
  logger?: (message: string) => void;
}

export function ormOptions({ config, pglite, logger = () => undefined }: OrmOptionsInput): Options {
  const common = {
    logger,
    entities: allEntities,
    // Reflect metadata starts in ~40 ms; the ts-morph provider would cost a second at every start.
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    extensions: [Migrator],
    migrations: {
      path: migrationsFolder,
      pathTs: migrationsFolder,
      glob: '!(*.d).{js,ts}',
      snapshot: true,
      transactional: true,
      allOrNothing: true,
      emit: 'ts' as const,
      snapshotName: '.snapshot-throughline',
    },
    // Every read goes through explicit queries and DataLoaders; lazy loading would hide N+1.
    forceUndefined: true,
    allowGlobalContext: false,
    ensureDatabase: false,
    connect: false,
  };
  if (config.databaseUrl) {
    return defineConfig({
      ...common,
      clientUrl: config.databaseUrl,
      // Short acquire/connect timeouts: while PostgreSQL is down a request fails fast with
      // SERVICE_UNAVAILABLE (well inside REQUEST_TIMEOUT_MS) instead of queueing for a connection.
      pool: {
        min: 0,
        max: config.poolSize,
        acquireTimeoutMillis: config.dbAcquireTimeoutMs ?? 3_000,
        idleTimeoutMillis: 30_000,
      },
      driverOptions: {
        connection: {
          statement_timeout: config.statementTimeoutMs,
          // No JIT: it compiled ~100 ms into each budget-variance call (the planner overestimates the
          // rows of the view queries), time an API answering in milliseconds never wins back.
          options: '-c jit=off',
          connectionTimeoutMillis: config.dbConnectTimeoutMs ?? 2_000,
          keepAlive: true,
        },
      },
    });
  }
  if (!pglite) throw new Error('ormOptions: the embedded database must be opened first');
  return defineConfig({
    ...common,
    driver: PGliteDriver as never,
    dbName: 'postgres',
    driverOptions: { connection: { pglite: () => pglite } },
  }) as Options;
}
