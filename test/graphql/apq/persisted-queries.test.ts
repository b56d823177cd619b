import { createHash } from 'node:crypto';
import { APQ_CACHE_MAX_BYTES, persistedQueries } from '../../../src/graphql/apq/persisted-queries';
import { SeedBuilder } from '../../helpers/seed-builder';
import { startTestApp, type TestApp } from '../../helpers/test-app';

const QUERY = 'query Units { orgUnits(first: 10) { nodes { code } } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('automatic persisted queries', () => {
  let t: TestApp;
  let auth: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    const em = t.em();
    new SeedBuilder(em).orgUnit({ code: 'APQ-UNIT' });
    await em.flush();
    auth = await t.as('ADMIN');
  });
  afterAll(() => t.close());

  async function post(body: Record<string, unknown>) {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify(body),
    });
    return { status: response.status, ...((await response.json()) as { data?: any; errors?: any[] }) };
  }

  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND, registers hash + query, then runs the hash alone', async () => {
    const query = `${QUERY} # ${Date.now()}`;
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };

    const unknown = await post({ extensions });
    expect(unknown.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.data).toBeUndefined();

    const registered = await post({ query, extensions });
    expect(registered.errors).toBeUndefined();
    expect(registered.data.orgUnits.nodes).toEqual([{ code: 'APQ-UNIT' }]);

    const byHash = await post({ extensions });
    expect(byHash.errors).toBeUndefined();
    expect(byHash.data).toEqual(registered.data);

    // A GET with the hash alone works too (cacheable URLs); it needs the CSRF preflight header.
    const params = new URLSearchParams({ extensions: JSON.stringify(extensions) });
    const get = await fetch(`${t.url}?${params}`, {
      headers: { ...auth, 'apollo-require-preflight': 'true' },
    });
    expect(((await get.json()) as { data: unknown }).data).toEqual(registered.data);
  });

  it('refuses a document whose hash does not match, and still needs credentials for a hash', async () => {
    const mismatch = await post({
      query: QUERY,
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256('other') } },
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.errors?.[0].message).toMatch(/sha does not match/i);

    await post({ query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(QUERY) } } });
    const anonymous = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(QUERY) } } }),
    });
    expect(anonymous.status).toBe(401);
  });

  it('keeps the cache bounded: past the byte limit the least recently used operations are dropped', async () => {
    const cache = persistedQueries().cache!;
    const document = 'x'.repeat(APQ_CACHE_MAX_BYTES / 4);
    for (let i = 0; i < 6; i++) await cache.set(`apq:${i}`, document);
    expect(await cache.get('apq:0')).toBeUndefined();
    expect(await cache.get('apq:5')).toBe(document);
  });
});
