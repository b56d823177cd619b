import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

/**
 * A PostgreSQL cluster of its own (initdb + pg_ctl of the installed PostgreSQL, run as the
 * `postgres` OS user, in a temporary folder, on a free port), so that tests may stop, restart and
 * kill it without disturbing anything else. Trust authentication, user `postgres`, fsync off.
 */
export interface ThrowawayPostgres {
  port: number;
  dataDir: string;
  /** URL of `database` (default: the database created at start, `throughline`). */
  url(database?: string): string;
  /** Stops the server (`fast`: disconnects clients, like a restart does). */
  stop(mode?: 'fast' | 'immediate'): void;
  start(): void;
  restart(): void;
  /** Runs SQL on a short-lived connection to the `postgres` database. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** pg_terminate_backend on every connection to `database` matching `where` (SQL on pg_stat_activity); returns how many. */
  terminateBackends(database?: string, where?: string): Promise<number>;
  /** Stops the server and deletes its folder. */
  destroy(): void;
}

function binDir(): string {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(path.join(root, v, 'bin', 'pg_ctl')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length) return path.join(root, versions[0], 'bin');
  }
  if (existsSync('/usr/local/bin/pg_ctl')) return '/usr/local/bin';
  throw new Error(
    'No PostgreSQL binaries (initdb, pg_ctl) found in /usr/lib/postgresql/*/bin or /usr/local/bin',
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Runs a PostgreSQL binary as the `postgres` OS user (PostgreSQL refuses to run as root). */
function runAsPostgres(bin: string, args: string[]): string {
  const asRoot = process.getuid?.() === 0;
  const [command, commandArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  return execFileSync(command, commandArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export async function startThrowawayPostgres(database = 'throughline'): Promise<ThrowawayPostgres> {
  const bin = binDir();
  const folder = mkdtempSync(path.join(tmpdir(), 'throughline-pg-'));
  const dataDir = path.join(folder, 'data');
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(folder, uid, gid);
  }
  runAsPostgres(path.join(bin, 'initdb'), [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--no-sync',
  ]);
  const port = await freePort();
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const pgCtl = (...args: string[]) => runAsPostgres(path.join(bin, 'pg_ctl'), ['-D', dataDir, ...args]);
  const start = () => {
    pgCtl('-o', options, '-l', path.join(folder, 'server.log'), '-w', '-t', '30', 'start');
  };
  const url = (name = database) => `postgres://postgres@127.0.0.1:${port}/${name}`;
  const query = async <T>(sql: string, params?: unknown[]): Promise<T[]> => {
    const client = new Client({ connectionString: url('postgres') });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  };
  let running = false;
  start();
  running = true;
  await query(`create database "${database}"`);
  return {
    port,
    dataDir,
    url,
    query,
    start() {
      start();
      running = true;
    },
    stop(mode = 'fast') {
      pgCtl('-m', mode, '-w', '-t', '30', 'stop');
      running = false;
    },
    restart() {
      pgCtl('-m', 'fast', '-o', options, '-l', path.join(folder, 'server.log'), '-w', '-t', '30', 'restart');
      running = true;
    },
    async terminateBackends(name = database, where = 'true') {
      const rows = await query<{ terminated: boolean }>(
        `select pg_terminate_backend(pid) as terminated from pg_stat_activity
          where datname = $1 and pid <> pg_backend_pid() and (${where})`,
        [name],
      );
      return rows.filter((r) => r.terminated).length;
    },
    destroy() {
      try {
        if (running) pgCtl('-m', 'immediate', '-w', 'stop');
      } finally {
        running = false;
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}
