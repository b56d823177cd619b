import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './cluster';

const ROOT = join(__dirname, '..', '..');

/** The server under test, a child process of the fault test. */
export interface ServerProcess {
  url: string;
  baseUrl: string;
  jwtSecret: string;
  pid: number;
  /** How the server was started: "dist/src/main.js" or "ts-node src/main.ts". */
  command: string;
  logFile: string;
  /** Set when the child exited (by itself or after `stop`). */
  exit?: { code: number | null; signal: NodeJS.Signals | null; at: number };
  /** True once `stop` was called: an exit after that is not a crash. */
  stopping: boolean;
  /** SIGTERM, then waits for the exit; resolves with the exit code and how long it took. */
  stop(timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
  /** SIGKILL if still running (cleanup after a failure). */
  kill(): void;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The compiled server when it is newer than every source file, else ts-node on the sources. */
function serverCommand(): { args: string[]; label: string } {
  const compiled = join(ROOT, 'dist', 'src', 'main.js');
  if (existsSync(compiled) && statSync(compiled).mtimeMs >= newestMtime(join(ROOT, 'src'))) {
    return { args: ['--enable-source-maps', compiled], label: 'dist/src/main.js' };
  }
  return {
    args: [require.resolve('ts-node/dist/bin.js'), join(ROOT, 'src', 'main.ts')],
    label: 'ts-node src/main.ts',
  };
}

export async function startServerProcess(options: {
  databaseUrl: string;
  logFile: string;
  env?: Record<string, string>;
  startTimeoutMs?: number;
}): Promise<ServerProcess> {
  const port = await freePort();
  const jwtSecret = randomBytes(32).toString('hex');
  const { args, label } = serverCommand();
  const log = createWriteStream(options.logFile);
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: options.databaseUrl,
      JWT_SECRET: jwtSecret,
      SEED_DEMO: 'true',
      MIGRATE_ON_START: 'true',
      STATEMENT_TIMEOUT_MS: '2000',
      REQUEST_TIMEOUT_MS: '5000',
      DB_ACQUIRE_TIMEOUT_MS: '2000',
      DB_CONNECT_TIMEOUT_MS: '1000',
      LOG_LEVEL: 'info',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log, { end: false });
  child.stderr!.pipe(log, { end: false });

  const baseUrl = `http://127.0.0.1:${port}`;
  let exitResolve: (() => void) | undefined;
  const exited = new Promise<void>((resolve) => (exitResolve = resolve));
  const server: ServerProcess = {
    url: `${baseUrl}/graphql`,
    baseUrl,
    jwtSecret,
    pid: child.pid!,
    command: label,
    logFile: options.logFile,
    stopping: false,
    async stop(timeoutMs = 15_000) {
      const started = Date.now();
      server.stopping = true;
      if (!server.exit) {
        child.kill('SIGTERM');
        const timer = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref());
        await Promise.race([exited, timer]);
        if (!server.exit) child.kill('SIGKILL');
        await exited;
      }
      return { code: server.exit!.code, signal: server.exit!.signal, ms: Date.now() - started };
    },
    kill() {
      server.stopping = true;
      if (!server.exit) child.kill('SIGKILL');
    },
  };
  child.once('exit', (code, signal) => {
    server.exit = { code, signal, at: Date.now() };
    log.end();
    exitResolve?.();
  });
  process.once('exit', () => server.kill());

  // Ready when /ready says so (migrations and the demo seed run first).
  const deadline = Date.now() + (options.startTimeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (server.exit) {
      throw new Error(`the server exited during start (code ${server.exit.code}); see ${options.logFile}`);
    }
    try {
      const response = await fetch(`${baseUrl}/ready`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  server.kill();
  throw new Error(`the server did not become ready in time; see ${options.logFile}`);
}
