import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

export interface ServerProcess {
  child: ChildProcess;
  /** URL of /graphql. */
  url: string;
  /** A development bearer token for ADMIN, printed by the start banner. */
  adminToken: string;
  /** The pino JSON lines the server wrote so far, parsed. */
  logs: Record<string, any>[];
  /** Everything it wrote, for failure messages. */
  output(): string;
  /** Resolves with the exit code (or signal) once the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  alive(): boolean;
  /** SIGKILLs the process if it is still running. */
  kill(): Promise<void>;
}

/**
 * Runs `src/main.ts` in a process of its own (node + ts-node, as `npm start` does, without npm in
 * between so that signals and the exit code are the server's own), NODE_ENV=development so that the
 * banner prints tokens, LOG_LEVEL=info, on a free port.
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const root = path.resolve(__dirname, '../..');
  const child = spawn(process.execPath, ['-r', 'ts-node/register', 'src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      SEED_DEMO: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const logs: Record<string, any>[] = [];
  let partial = '';
  const onData = (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith('{')) continue;
      try {
        logs.push(JSON.parse(line));
      } catch {
        // not a log line
      }
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const [url, adminToken] = await new Promise<[string, string]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server not ready within 60 s:\n${output}`)), 60_000);
    const check = () => {
      const match = /sandbox: (http:\/\/\S+\/graphql)/.exec(output);
      const admin = /token ADMIN: (\S+)/.exec(output);
      if (match && admin) {
        clearTimeout(timer);
        child.stdout!.off('data', check);
        resolve([match[1], admin[1]]);
      }
    };
    child.stdout!.on('data', check);
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before it was ready:\n${output}`));
    });
  });
  const alive = () => child.exitCode === null && child.signalCode === null;
  return {
    child,
    url,
    adminToken,
    logs,
    output: () => output,
    exited,
    alive,
    async kill() {
      if (alive()) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}
