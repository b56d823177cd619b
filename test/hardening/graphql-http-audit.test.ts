import { serverAudits } from 'graphql-http';
import { startTestApp, type TestApp } from '../helpers/test-app';

describe('graphql-http server audits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('has 0 MUST failures', async () => {
    const authorization = `Bearer ${await t.tokenFor('ADMIN')}`;
    const audits = serverAudits({
      url: t.url,
      // Every request of the suite is authenticated, as our clients' are; nothing else is added.
      fetchFn: (input: string | URL | Request, init: RequestInit = {}) =>
        fetch(input, {
          ...init,
          headers: { ...Object.fromEntries(new Headers(init.headers).entries()), authorization },
        }),
    });
    const results = [];
    for (const audit of audits) results.push({ ...(await audit.fn()), name: audit.name });
    const mustFailures = results.filter((r) => r.name.startsWith('MUST') && r.status !== 'ok');
    const others = results
      .filter((r) => !r.name.startsWith('MUST') && r.status !== 'ok')
      .map((r) => `${r.status}: ${r.name}`);
    if (others.length) console.log(`graphql-http SHOULD/MAY findings (not failures):\n${others.join('\n')}`);
    expect(results.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThan(10);
    expect(mustFailures.map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`)).toEqual([]);
  });
});
