import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * A throwaway PostgreSQL cluster for the fault test: initdb and pg_ctl of the installed PostgreSQL,
 * run as the `postgres` OS user (when we are root), in a temporary folder, on a free port of
 * 127.0.0.1. Restarting or stopping it disturbs no other database.
 */
export interface ThrowawayCluster {
  port: number;
  /** postgres://postgres@127.0.0.1:<port>/<database> */
  url(database?: string): string;
  /** The folder holding the data directory and the server log. */
  dir: string;
  /** `pg_ctl restart -m fast`; resolves when the server accepts connections again. */
  restart(): Promise<void>;
  /** `pg_ctl stop -m fast`. */
  stop(): Promise<void>;
  /** `pg_ctl start`; resolves when the server accepts connections. */
  start(): Promise<void>;
  /** Runs one SQL statement as the superuser on `database` (default `postgres`). */
  query<R = Record<string, unknown>>(sql: string, params?: unknown[], database?: string): Promise<R[]>;
  /** Stops the server immediately and removes the folder; safe to call twice. */
  destroy(): void;
}

/** The bin folder of the newest installed PostgreSQL (override with PG_BIN). */
export function postgresBinDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    if (existsSync(join(dir, 'initdb'))) return dir;
  } catch {
    // no pg_config on PATH: look in the Debian layout below
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions.length) {
    throw new Error(
      'initdb not found: install PostgreSQL or set PG_BIN to the folder holding initdb and pg_ctl',
    );
  }
  return join(root, versions[0], 'bin');
}

/** A TCP port of 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function asPostgres(binary: string, args: string[]): [string, string[]] {
  return asRoot ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
}

/**
 * Runs a PostgreSQL tool as the `postgres` OS user (initdb refuses root). Asynchronous, so the
 * client loops of the fault test keep running (and time-stamping) while pg_ctl waits.
 */
function runAsPostgres(binary: string, args: string[], timeoutMs = 60_000): Promise<void> {
  const [command, commandArgs] = asPostgres(binary, args);
  return new Promise((resolve, reject) => {
    execFile(command, commandArgs, { encoding: 'utf8', timeout: timeoutMs }, (error, stdout, stderr) => {
      if (error) {
        reject(
          new Error(
            `${binary.split('/').pop()} ${args.join(' ')} failed: ${stderr || stdout || error.message}`,
          ),
        );
      } else resolve();
    });
  });
}

export async function startThrowawayCluster(): Promise<ThrowawayCluster> {
  const bin = postgresBinDir();
  const dir = mkdtempSync(join(tmpdir(), 'throughline-faults-'));
  const data = join(dir, 'data');
  const log = join(dir, 'postgres.log');
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
    writeFileSync(log, '');
    chownSync(log, uid, gid);
  }
  const port = await freePort();
  let destroyed = false;
  const pgCtl = (...args: string[]) => runAsPostgres(join(bin, 'pg_ctl'), ['-D', data, ...args]);
  const pgCtlSync = (...args: string[]) => {
    const [command, commandArgs] = asPostgres(join(bin, 'pg_ctl'), ['-D', data, ...args]);
    spawnSync(command, commandArgs, { encoding: 'utf8', timeout: 30_000 });
  };
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c max_connections=100`;

  const destroy = () => {
    if (destroyed) return;
    destroyed = true;
    // Synchronous: this also runs from process.on('exit'), where nothing asynchronous completes.
    if (existsSync(join(data, 'postmaster.pid'))) pgCtlSync('stop', '-m', 'immediate', '-w', '-t', '20');
    rmSync(dir, { recursive: true, force: true });
  };
  // Whatever happens to this process, the cluster goes with it.
  process.once('exit', destroy);

  try {
    await runAsPostgres(
      join(bin, 'initdb'),
      ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync'],
      120_000,
    );
    await pgCtl('start', '-w', '-t', '60', '-l', log, '-o', options);
  } catch (error) {
    destroy();
    throw error;
  }

  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    dir,
    url,
    async restart() {
      await pgCtl('restart', '-m', 'fast', '-w', '-t', '60', '-l', log, '-o', options);
    },
    async stop() {
      await pgCtl('stop', '-m', 'fast', '-w', '-t', '60');
    },
    async start() {
      await pgCtl('start', '-w', '-t', '60', '-l', log, '-o', options);
    },
    async query(sql, params = [], database = 'postgres') {
      const client = new Client({ connectionString: url(database), connectionTimeoutMillis: 5000 });
      client.on('error', () => undefined);
      await client.connect();
      try {
        return (await client.query(sql, params)).rows;
      } finally {
        await client.end().catch(() => undefined);
      }
    },
    destroy,
  };
}
