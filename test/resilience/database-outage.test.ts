import { Client } from 'pg';
import { startServerProcess, type ServerProcess } from '../helpers/server-process';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../helpers/throwaway-postgres';
import { codesOf, eventually, gql, sleep } from './graphql-client';

jest.setTimeout(90_000);

const GOALS = 'query Goals { goals(first: 5) { totalCount nodes { code } } }';

/**
 * The server in its own process against a PostgreSQL cluster of its own, which the test stops,
 * starts and whose backends it terminates: requests fail fast with SERVICE_UNAVAILABLE, /ready says
 * 503, the process never dies, and it recovers by itself.
 */
describe('database outages', () => {
  let pg: ThrowawayPostgres;
  let server: ServerProcess;
  const ask = (query = GOALS) => gql(server.url, server.adminToken, query);
  const ready = () => fetch(server.url.replace('/graphql', '/ready')).then((r) => r.status);

  beforeAll(async () => {
    pg = await startThrowawayPostgres();
    server = await startServerProcess({ DATABASE_URL: pg.url(), REQUEST_TIMEOUT_MS: '20000' });
  });
  afterAll(async () => {
    await server?.kill();
    pg?.destroy();
  });
  afterEach(() => {
    expect(server.alive()).toBe(true);
  });

  it('serves normally first', async () => {
    const answer = await ask();
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.goals.totalCount).toBe(0);
    expect(await ready()).toBe(200);
  });

  it('survives its idle connections being terminated by the server', async () => {
    // Warm a few pooled connections, then kill them while idle.
    await Promise.all([ask(), ask(), ask()]);
    expect(await pg.terminateBackends(undefined, "state = 'idle'")).toBeGreaterThan(0);
    await sleep(200);
    for (let i = 0; i < 5; i += 1) {
      const answer = await ask();
      expect(answer.body.errors).toBeUndefined();
    }
    expect(server.alive()).toBe(true);
  });

  it('answers a request whose busy connection is terminated with SERVICE_UNAVAILABLE, then carries on', async () => {
    const locker = new Client({ connectionString: pg.url() });
    await locker.connect();
    try {
      await locker.query('begin');
      await locker.query('lock table strategic_goal in access exclusive mode');
      const pending = ask();
      // Wait until the request's statement is blocked on the lock: a busy backend.
      expect(
        await eventually(
          async () =>
            (
              await pg.query(
                `select 1 from pg_stat_activity where datname = 'throughline' and wait_event_type = 'Lock'`,
              )
            ).length > 0,
          10_000,
        ),
      ).toBe(true);
      expect(await pg.terminateBackends(undefined, "wait_event_type = 'Lock'")).toBe(1);
      const answer = await pending;
      expect(answer.status).toBeLessThan(500);
      expect(codesOf(answer)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(answer.body.errors?.[0].message).toMatch(/database is unavailable/);
    } finally {
      await locker.query('rollback');
      await locker.end();
    }
    for (let i = 0; i < 3; i += 1) expect((await ask()).body.errors).toBeUndefined();
  });

  it('fails fast with SERVICE_UNAVAILABLE while PostgreSQL is down, /ready 503, and recovers within 5 s of its return', async () => {
    pg.stop('fast');
    try {
      for (let i = 0; i < 3; i += 1) {
        const answer = await ask();
        expect(answer.status).toBeLessThan(500);
        expect(codesOf(answer)).toEqual(['SERVICE_UNAVAILABLE']);
        expect(JSON.stringify(answer.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);
      }
      expect(await ready()).toBe(503);
      expect(server.alive()).toBe(true);
    } finally {
      pg.start();
    }
    const recovered = await eventually(async () => (await ask()).body.errors === undefined, 5_000);
    expect(recovered).toBe(true);
    expect(await ready()).toBe(200);
  });

  it('rides out a restart: errors are SERVICE_UNAVAILABLE only, then it serves again', async () => {
    const codes = new Set<string>();
    pg.restart();
    const recovered = await eventually(async () => {
      const answer = await ask();
      for (const code of codesOf(answer)) codes.add(String(code));
      return answer.body.errors === undefined;
    }, 5_000);
    expect(recovered).toBe(true);
    expect([...codes].filter((c) => c !== 'SERVICE_UNAVAILABLE')).toEqual([]);
  });

  it('logged the failures as warnings with their cause, never as unexpected errors', () => {
    expect(server.logs.filter((l) => l.msg === 'unexpected error in a GraphQL request')).toEqual([]);
    const warnings = server.logs.filter((l) => l.msg === 'database failure in a GraphQL request');
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings[0].err?.message).toBeTruthy();
    const unavailable = server.logs.filter(
      (l) => l.msg === 'request' && Array.isArray(l.outcome) && l.outcome.includes('SERVICE_UNAVAILABLE'),
    );
    expect(unavailable.length).toBeGreaterThan(0);
    expect(unavailable[0]).toMatchObject({ operationName: 'Goals', status: 200 });
  });
});
