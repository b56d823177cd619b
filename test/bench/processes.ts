import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

/** A server under benchmark, running as a child process. */
export interface ChildServer {
  name: string;
  pid: number;
  /** `http://127.0.0.1:PORT` */
  baseUrl: string;
  /** The last lines the child wrote (stdout and stderr), for error messages. */
  output(): string;
  stop(): Promise<void>;
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Runs `npm run build` unless dist/src/main.js is newer than every source, migration and script. */
export function ensureBuilt(log: (line: string) => void): void {
  const compiled = join(ROOT, 'dist', 'src', 'main.js');
  const sources = Math.max(...['src', 'migrations', 'scripts'].map((dir) => newestMtime(join(ROOT, dir))));
  if (existsSync(compiled) && statSync(compiled).mtimeMs >= sources) {
    log('dist is current; not rebuilding');
    return;
  }
  log('building the server (npm run build) …');
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`npm run build failed:\n${result.stdout}${result.stderr}`);
  }
}

/**
 * Starts `args` (node arguments) with `env` on a free port and waits until `readyPath` answers 200.
 * The child's output is kept (last 100 lines) for error messages.
 */
export async function startChild(
  name: string,
  args: string[],
  env: Record<string, string>,
  readyPath: string,
  startTimeoutMs = 120_000,
): Promise<ChildServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > 100) lines.splice(0, lines.length - 100);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const server: ChildServer = {
    name,
    pid: child.pid!,
    baseUrl: `http://127.0.0.1:${port}`,
    output: () => lines.join('\n'),
    async stop() {
      process.removeListener('exit', killOnExit);
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exit;
      clearTimeout(timer);
    },
  };
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${name} exited during start:\n${server.output()}`);
    try {
      const response = await fetch(`${server.baseUrl}${readyPath}`);
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await server.stop();
  throw new Error(`${name} did not become ready within ${startTimeoutMs} ms:\n${server.output()}`);
}

const CLOCK_TICKS_PER_SECOND = (() => {
  const result = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  const ticks = Number(result.stdout?.trim());
  return Number.isFinite(ticks) && ticks > 0 ? ticks : 100;
})();

/** CPU time (user + system) the process `pid` has used so far, in ms (/proc/<pid>/stat). */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command (which may hold spaces) start after the last ')'; utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** Resident set size and its high-water mark of `pid`, in MB (/proc/<pid>/status). */
export function memoryMb(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

/**
 * Waits until `pid` is idle (under 10 % of a core for two consecutive 250 ms windows, at most
 * `maxMs`): a run at concurrency 50 leaves requests queued for a pooled connection that the server
 * keeps answering after the load generator stopped, and the next run must not start into them.
 */
export async function waitUntilIdle(pid: number, maxMs = 60_000): Promise<void> {
  const window = 250;
  const started = Date.now();
  let quiet = 0;
  let before = cpuMs(pid);
  while (quiet < 2 && Date.now() - started < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, window));
    const now = cpuMs(pid);
    quiet = now - before < window * 0.1 ? quiet + 1 : 0;
    before = now;
  }
}
