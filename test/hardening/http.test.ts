import { startTestApp, type TestApp } from '../helpers/test-app';

describe('HTTP hardening of /graphql', () => {
  let t: TestApp;
  let authorization: string;
  beforeAll(async () => {
    t = await startTestApp();
    authorization = `Bearer ${await t.tokenFor('ADMIN')}`;
  });
  afterAll(() => t?.close());

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(t.url, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json', ...headers },
      body,
    });

  it('answers a body over 1 MB with 413 and a JSON error, before any SQL', async () => {
    const padding = 'x'.repeat(Math.ceil(1.1 * 1024 * 1024));
    let response: Response | undefined;
    const sql = await t.countSql(async () => {
      response = await post(
        JSON.stringify({ query: '{ goals(first: 1) { totalCount } }', variables: { padding } }),
      );
    });
    expect(response?.status).toBe(413);
    expect(response?.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await response?.json()) as {
      errors: { extensions: { code: string; requestId: string } }[];
    };
    expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.errors[0].extensions.requestId).toBe(response?.headers.get('x-request-id'));
    expect(sql).toBe(0);
  });

  it('accepts a body just under 1 MB', async () => {
    const padding = 'x'.repeat(1024 * 1024 - 200);
    const response = await post(
      JSON.stringify({ query: '{ goals(first: 1) { totalCount } }', variables: { padding } }),
    );
    expect(response.status).toBe(200);
  });

  it('answers malformed JSON with 400 BAD_REQUEST', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses a batched request (an array of operations) without running any of them', async () => {
    let response: Response | undefined;
    const sql = await t.countSql(async () => {
      response = await post(
        JSON.stringify([{ query: '{ goals(first: 1) { totalCount } }' }, { query: '{ __typename }' }]),
      );
    });
    expect(response?.status).toBe(400);
    expect(await response?.text()).toMatch(/batching/i);
    expect(sql).toBe(0);
  });

  it.each([
    [
      'a POST with a text/plain body',
      {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: '{"query":"{ goals(first: 1) { totalCount } }"}',
      },
    ],
    [
      'a POST with a form body',
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'query=%7B__typename%7D',
      },
    ],
    ['a GET without a preflight header', { method: 'GET', headers: {} }],
  ])('refuses %s as a possible CSRF (simple request)', async (_name, init) => {
    let response: Response | undefined;
    const url =
      init.method === 'GET'
        ? `${t.url}?query=${encodeURIComponent('{ goals(first: 1) { totalCount } }')}`
        : t.url;
    const sql = await t.countSql(async () => {
      response = await fetch(url, { ...init, headers: { authorization, ...init.headers } });
    });
    expect(response?.status).toBe(400);
    expect(await response?.text()).toMatch(/Cross-Site Request Forgery/);
    expect(sql).toBe(0);
  });

  it('accepts a GET that carries a preflight-forcing header', async () => {
    const url = `${t.url}?query=${encodeURIComponent('{ goals(first: 1) { totalCount } }')}`;
    const response = await fetch(url, { headers: { authorization, 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: unknown }).data).toEqual({ goals: { totalCount: 0 } });
  });

  it('sends an x-request-id, echoes a plain client one and puts it in every error', async () => {
    const own = await post(JSON.stringify({ query: '{ goals(first: 1) { totalCount } }' }));
    expect(own.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    const echoed = await post(JSON.stringify({ query: '{ goal(id: "nope") { id } }' }), {
      'x-request-id': 'trace-42',
    });
    expect(echoed.headers.get('x-request-id')).toBe('trace-42');
    const body = (await echoed.json()) as { errors: { extensions: { code: string; requestId: string } }[] };
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', requestId: 'trace-42' });

    const hostile = await post(JSON.stringify({ query: '{ __typename }' }), {
      'x-request-id': 'a b <script>',
    });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
