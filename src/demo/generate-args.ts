/** Arguments of `npm run db:generate`, parsed and validated before anything touches a database. */
export interface GenerateArgs {
  scale: number;
  database: string;
  server: string;
  seed?: number;
  replace: boolean;
}

export const DEFAULT_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';
export const MAX_SCALE = 1000;

export const USAGE = `Usage: npm run db:generate -- --scale N --database NAME [--server URL] [--seed N] [--replace]

  --scale N        size factor, 1 to ${MAX_SCALE}: N × 10 divisions shaped like the demo company
  --database NAME  database to create (letters, digits and _, starting with a letter or _)
  --server URL     PostgreSQL server to create it on (default ${DEFAULT_SERVER})
  --seed N         seed of the generated noise (default: the demo company's)
  --replace        drop NAME first if it exists (otherwise an existing database is refused)`;

export class ArgumentError extends Error {}

function positiveInteger(name: string, raw: string, max: number): number {
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
    throw new ArgumentError(
      `--${name} ${JSON.stringify(raw)} is not allowed; use an integer from 1 to ${max}`,
    );
  }
  return Number(raw);
}

export function parseGenerateArgs(argv: readonly string[]): GenerateArgs {
  const values = new Map<string, string>();
  let replace = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.split(/=(.*)/s, 2);
    if (flag === '--replace') {
      replace = true;
      continue;
    }
    if (!['--scale', '--database', '--server', '--seed'].includes(flag)) {
      throw new ArgumentError(`unknown argument ${JSON.stringify(arg)}`);
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) throw new ArgumentError(`${flag} needs a value`);
    if (values.has(flag)) throw new ArgumentError(`${flag} is given twice`);
    values.set(flag, value);
  }
  const scaleRaw = values.get('--scale');
  if (scaleRaw === undefined) throw new ArgumentError('--scale is required');
  const database = values.get('--database');
  if (database === undefined) throw new ArgumentError('--database is required');
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(database)) {
    throw new ArgumentError(
      `--database ${JSON.stringify(database)} is not allowed; use letters, digits and _ (at most 63, not starting with a digit)`,
    );
  }
  const server = values.get('--server') ?? DEFAULT_SERVER;
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    throw new ArgumentError(
      `--server ${JSON.stringify(server)} is not a URL; use postgres://user@host:5432/postgres`,
    );
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ArgumentError(`--server has protocol ${JSON.stringify(url.protocol)}; use postgres://`);
  }
  const seedRaw = values.get('--seed');
  return {
    scale: positiveInteger('scale', scaleRaw, MAX_SCALE),
    database,
    server,
    seed: seedRaw === undefined ? undefined : positiveInteger('seed', seedRaw, 2 ** 31 - 1),
    replace,
  };
}

/** The URL of `database` on the server of `serverUrl`. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
