import { ExchangeRate } from '../../src/finance/exchange-rate.entity';
import { getIntrospectionQuery } from 'graphql';
import { type LoggedApp, startLoggedApp } from './logged-app';

const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };
const STACK_FRAME = /\bat .+\(.+:\d+:\d+\)|\.ts:\d+/;

describe('production mode', () => {
  let p: LoggedApp;
  beforeAll(async () => {
    p = await startLoggedApp(PRODUCTION);
  });
  afterAll(() => p?.close());

  it('refuses introspection', async () => {
    const response = await p.post(getIntrospectionQuery());
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.body.errors[0].message).toMatch(/introspection/i);
    expect(response.body.data).toBeUndefined();
  });

  it('hides field suggestions', async () => {
    const response = await p.post('{ goalz(first: 1) { totalCount } }');
    expect(response.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.body.errors[0].message).toContain('goalz');
    expect(response.body.errors[0].message).not.toMatch(/Did you mean|"goals"/);
  });

  it('masks an unexpected error as INTERNAL_SERVER_ERROR with the request id, logged in full', async () => {
    // Break the database under a resolver: an error no code path expects.
    const em = p.app.database.orm.em.fork();
    const table = em.getMetadata().get(ExchangeRate).tableName;
    await em.getConnection().execute(`alter table "${table}" rename to "${table}_hidden"`);
    try {
      const response = await p.post('query Rates { exchangeRates(first: 1) { totalCount } }');
      const requestId = response.headers.get('x-request-id');
      expect(requestId).toBeTruthy();
      expect(response.body.errors).toHaveLength(1);
      const [error] = response.body.errors;
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId });
      const text = JSON.stringify(response.body);
      expect(text).not.toMatch(STACK_FRAME);
      expect(text).not.toContain(table);
      expect(text).not.toMatch(/relation|does not exist|select/i);

      const logged = p.logs.find(
        (l) => l.msg === 'unexpected error in a GraphQL request' && l.requestId === requestId,
      );
      expect(logged?.err.message).toContain(`${table}" does not exist`);
      expect(logged?.err.stack).toMatch(STACK_FRAME);
      const line = p.logs.find((l) => l.msg === 'request' && l.requestId === requestId);
      expect(line).toMatchObject({
        requestId,
        operationName: 'Rates',
        status: 200,
        outcome: ['INTERNAL_SERVER_ERROR'],
        path: '/graphql',
      });
      expect(typeof line?.durationMs).toBe('number');
    } finally {
      await em.getConnection().execute(`alter table "${table}_hidden" rename to "${table}"`);
    }
  });

  it('logs one line per request with its outcome', async () => {
    const ok = await p.post('query Count { goals(first: 1) { totalCount } }');
    const refused = await p.post('query Bad { goal(id: "x") { id } }');
    const okLine = p.logs.filter(
      (l) => l.msg === 'request' && l.requestId === ok.headers.get('x-request-id'),
    );
    expect(okLine).toEqual([expect.objectContaining({ operationName: 'Count', status: 200, outcome: 'ok' })]);
    const badLine = p.logs.filter(
      (l) => l.msg === 'request' && l.requestId === refused.headers.get('x-request-id'),
    );
    expect(badLine).toEqual([expect.objectContaining({ operationName: 'Bad', outcome: ['BAD_USER_INPUT'] })]);
  });
});

describe('development mode', () => {
  let d: LoggedApp;
  beforeAll(async () => {
    d = await startLoggedApp({ NODE_ENV: 'development', JWT_SECRET: 'x'.repeat(40) });
  });
  afterAll(() => d?.close());

  it('allows introspection and suggests fields, still without stack traces', async () => {
    const introspection = await d.post(getIntrospectionQuery());
    expect(introspection.body.data.__schema.queryType.name).toBe('Query');
    const typo = await d.post('{ goalz(first: 1) { totalCount } }');
    expect(typo.body.errors[0].message).toMatch(/Did you mean .*"goals"/);
    expect(JSON.stringify(typo.body)).not.toMatch(STACK_FRAME);
    expect(typo.body.errors[0].extensions.stacktrace).toBeUndefined();
  });

  it('can turn introspection off with INTROSPECTION=false (and on in production with INTROSPECTION=true)', async () => {
    const off = await startLoggedApp({
      NODE_ENV: 'development',
      INTROSPECTION: 'false',
      JWT_SECRET: 'x'.repeat(40),
    });
    const on = await startLoggedApp({ ...PRODUCTION, INTROSPECTION: 'true' });
    try {
      expect((await off.post('{ __schema { queryType { name } } }')).status).toBe(400);
      expect((await on.post('{ __schema { queryType { name } } }')).body.data.__schema.queryType.name).toBe(
        'Query',
      );
    } finally {
      await off.close();
      await on.close();
    }
  });
});
