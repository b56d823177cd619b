import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Boots the service exactly as `npm start` does on a fresh machine: no DATABASE_URL, embedded PostgreSQL. */
describe('npm start with zero configuration', () => {
  let child: ChildProcess | undefined;
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'throughline-smoke-')), 'nested', 'data');

  afterAll(async () => {
    if (child?.pid && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      process.kill(-child.pid, 'SIGKILL');
      await exited;
    }
    rmSync(path.dirname(path.dirname(dataDir)), { recursive: true, force: true });
  });

  it('serves the demo hub on the embedded database and shuts down cleanly', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
    };
    delete env.DATABASE_URL;
    delete env.NODE_ENV;
    // Its own process group, so that a signal reaches npm, the shell and node together.
    child = spawn('npm', ['start', '--silent'], {
      cwd: path.resolve(__dirname, '../..'),
      env,
      detached: true,
    });
    let output = '';
    // The banner prints the sandbox URL, then a development token per role.
    const [url, token] = await new Promise<[string, string]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no sandbox URL within 45 s:\n${output}`)), 45_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /sandbox: (http:\/\/\S+\/graphql)/.exec(output);
        const admin = /token ADMIN: (\S+)/.exec(output);
        if (match && admin) {
          clearTimeout(timer);
          resolve([match[1], admin[1]]);
        }
      };
      child!.stdout!.on('data', onData);
      child!.stderr!.on('data', onData);
      child!.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
    });

    const health = await fetch(url.replace('/graphql', '/health'));
    expect(health.status).toBe(200);
    const ready = await fetch(url.replace('/graphql', '/ready'));
    expect(await ready.json()).toEqual({ status: 'ready' });

    const anonymous = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(anonymous.status).toBe(401);

    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ goals { nodes { code kpis { code } } } }' }),
    });
    const body = (await response.json()) as {
      data: { goals: { nodes: { code: string; kpis: { code: string }[] }[] } };
    };
    expect(body.data.goals.nodes.length).toBeGreaterThan(0);
    expect(body.data.goals.nodes.some((goal) => goal.kpis.length > 0)).toBe(true);

    const exit = new Promise((resolve) => child!.once('exit', resolve));
    process.kill(-child.pid!, 'SIGTERM');
    await exit;
    // npm dies of the signal itself; the service logs that it drained and closed before exiting 0.
    await waitFor(
      () => output.includes('"msg":"stopped"'),
      10_000,
      () => output,
    );
  });
});

async function waitFor(condition: () => boolean, ms: number, describe: () => string): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting; output:\n${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
