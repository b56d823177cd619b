import 'reflect-metadata';
import { Client } from 'pg';
import { loadConfig } from '../config';
import { migrate, openDatabase } from '../db/database';
import { generateCompany } from './generate-company';
import { ArgumentError, databaseUrl, type GenerateArgs, parseGenerateArgs, USAGE } from './generate-args';

/** `npm run db:generate -- --scale N --database NAME`: a fresh database with a synthetic company for benchmarks. */
async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const args: GenerateArgs = parseGenerateArgs(argv);
  const started = Date.now();
  await createDatabase(args);
  const config = loadConfig({
    DATABASE_URL: databaseUrl(args.server, args.database),
    LOG_LEVEL: 'silent',
    STATEMENT_TIMEOUT_MS: '3600000',
    DB_POOL_SIZE: '2',
  });
  const database = await openDatabase(config);
  try {
    const migrations = await migrate(database.orm);
    const loadStarted = Date.now();
    const counts = await generateCompany(database.orm.em.fork(), { scale: args.scale, seed: args.seed });
    const loadSeconds = (Date.now() - loadStarted) / 1000;
    await database.orm.em.getConnection().execute('analyze');
    const width = Math.max(...Object.keys(counts).map((key) => key.length));
    const lines = [
      `database ${args.database}: ${migrations.length} migrations applied, scale ${args.scale}`,
      ...Object.entries(counts).map(([key, n]) => `  ${key.padEnd(width)}  ${String(n).padStart(9)}`),
      `loaded in ${loadSeconds.toFixed(1)} s; ${((Date.now() - started) / 1000).toFixed(1)} s in all (create, migrate, load, analyze)`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await database.close();
  }
}

/** A refusal with a clear reason (no stack trace). */
class RefusedError extends Error {}

async function createDatabase(args: GenerateArgs): Promise<void> {
  const client = new Client({ connectionString: args.server });
  try {
    await client.connect();
  } catch (error) {
    throw new RefusedError(`cannot connect to --server ${args.server}: ${(error as Error).message}`);
  }
  try {
    const existing = await client.query('select 1 from pg_database where datname = $1', [args.database]);
    if (existing.rowCount) {
      if (!args.replace) {
        throw new RefusedError(
          `database ${args.database} already exists; pass --replace to drop and recreate it`,
        );
      }
      await client.query(`drop database "${args.database}" with (force)`);
    }
    await client.query(`create database "${args.database}"`);
  } finally {
    await client.end();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ArgumentError) {
    console.error(`db:generate: ${error.message}\n\n${USAGE}`);
  } else if (error instanceof RefusedError) {
    console.error(`db:generate: ${error.message}`);
  } else {
    console.error(`db:generate failed: ${(error as Error).stack ?? String(error)}`);
  }
  process.exitCode = 1;
});
