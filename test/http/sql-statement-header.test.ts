import { startTestApp, type TestApp } from '../helpers/test-app';
import { SeedBuilder } from '../helpers/seed-builder';

const QUERY = `{ kpis(first: 10) { nodes { code measurements { period } orgUnit { code } } } }`;

async function post(t: TestApp, query: string): Promise<Response> {
  return fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await t.tokenFor('ADMIN')}` },
    body: JSON.stringify({ query }),
  });
}

describe('x-sql-statements (SQL_STATEMENT_HEADER)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SQL_STATEMENT_HEADER: 'true' });
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit();
    seed.measurement(seed.kpi({ orgUnit: unit }), '2026-01-01', 1);
    await seed.flush();
  });
  afterAll(() => t.close());

  it("reports each request's own SQL statements, as the server counted them", async () => {
    let header: string | null = null;
    const counted = await t.countSql(async () => {
      header = (await post(t, QUERY)).headers.get('x-sql-statements');
    });
    expect(counted).toBeGreaterThan(0);
    expect(header).toBe(String(counted));
    // Concurrent requests do not count each other's statements.
    const headers = await Promise.all(
      Array.from({ length: 5 }, async () => (await post(t, QUERY)).headers.get('x-sql-statements')),
    );
    expect(headers).toEqual(Array(5).fill(String(counted)));
  });

  it('is off by default', async () => {
    const plain = await startTestApp();
    try {
      const response = await post(plain, QUERY);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-sql-statements')).toBeNull();
    } finally {
      await plain.close();
    }
  });
});
