import { Client } from 'pg';
import { StrategicGoal } from '../../src/strategy/strategic-goal.entity';
import { type LoggedApp, startLoggedApp } from '../hardening/logged-app';
import { eventually } from './graphql-client';

const GOALS = 'query Goals { goals(first: 5) { totalCount } }';

/** Holds an exclusive lock on the goals table, so that any read of it blocks until `release()`. */
async function lockGoals(app: LoggedApp): Promise<{ release(): Promise<void> }> {
  const em = app.app.database.orm.em.fork();
  const table = em.getMetadata().get(StrategicGoal).tableName;
  const url = app.app.config.databaseUrl;
  if (!url) throw new Error('these tests need TEST_DATABASE_URL (a real PostgreSQL)');
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query('begin');
  await client.query(`lock table "${table}" in access exclusive mode`);
  return {
    async release() {
      await client.query('rollback');
      await client.end();
    },
  };
}

/** Connections the pool has handed out right now. */
const poolInUse = (app: LoggedApp) =>
  (
    app.app.database.orm.em.getConnection().getKnex().client as { pool: { numUsed(): number } }
  ).pool.numUsed();

describe('statement_timeout', () => {
  let p: LoggedApp;
  beforeAll(async () => {
    p = await startLoggedApp({ STATEMENT_TIMEOUT_MS: '300', REQUEST_TIMEOUT_MS: '20000' });
  });
  afterAll(() => p?.close());

  it('is set on the application connections', async () => {
    const [row] = await p.app.database.orm.em.getConnection().execute('show statement_timeout');
    expect(row.statement_timeout).toBe('300ms');
  });

  it('cancels a slow statement: the client gets TIMEOUT, the pool returns to normal', async () => {
    const lock = await lockGoals(p);
    let answer;
    try {
      answer = await p.post(GOALS);
    } finally {
      await lock.release();
    }
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors[0].extensions).toEqual({
      code: 'TIMEOUT',
      requestId: answer.headers.get('x-request-id'),
    });
    expect(answer.body.errors[0].message).toMatch(/statement timeout/);
    expect(await eventually(async () => poolInUse(p) === 0, 5_000)).toBe(true);
    expect((await p.post(GOALS)).body).toEqual({ data: { goals: { totalCount: 0 } } });
    expect(p.logs.filter((l) => l.msg === 'unexpected error in a GraphQL request')).toEqual([]);
  });
});

describe('request timeout', () => {
  let p: LoggedApp;
  beforeAll(async () => {
    p = await startLoggedApp({ STATEMENT_TIMEOUT_MS: '20000', REQUEST_TIMEOUT_MS: '300' });
  });
  afterAll(() => p?.close());

  it('answers a request still running after REQUEST_TIMEOUT_MS with 503 TIMEOUT; the late result is discarded', async () => {
    const lock = await lockGoals(p);
    let answer;
    try {
      answer = await p.post(GOALS);
      expect(poolInUse(p)).toBe(1); // the abandoned statement still waits on the lock
    } finally {
      await lock.release();
    }
    expect(answer.status).toBe(503);
    expect(answer.body.errors).toEqual([
      expect.objectContaining({
        extensions: { code: 'TIMEOUT', requestId: answer.headers.get('x-request-id') },
      }),
    ]);
    expect(await eventually(async () => poolInUse(p) === 0, 5_000)).toBe(true);
    expect((await p.post(GOALS)).body).toEqual({ data: { goals: { totalCount: 0 } } });
    const line = p.logs.find(
      (l) => l.msg === 'request' && l.requestId === answer.headers.get('x-request-id'),
    );
    expect(line).toMatchObject({ status: 503, outcome: expect.arrayContaining(['TIMEOUT']) });
  });
});
