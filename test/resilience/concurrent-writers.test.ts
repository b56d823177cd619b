import { encodeGlobalId } from '../../src/graphql/global-id';
import type { Kpi } from '../../src/operations/kpi.entity';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

const UPDATE_KPI = `mutation ($id: ID!, $version: Int!, $description: String) {
  updateKpi(id: $id, version: $version, input: { description: $description }) { id version description }
}`;
const RECORD = `mutation ($input: [KpiMeasurementInput!]!) {
  recordKpiMeasurements(input: $input) { inserted updated unchanged }
}`;

/**
 * Issue 8, "Writers": optimistic locking under fifty simultaneous writers, and a bulk feed re-sent
 * after a timeout. Runs against the real server over HTTP (startTestApp).
 */
describe('concurrent writers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function seedKpis(count: number): Promise<Kpi[]> {
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit();
    const kpis = Array.from({ length: count }, () => seed.kpi({ orgUnit: unit }));
    await seed.flush();
    return kpis;
  }

  async function auditRows(entityType: string, entityIds: string[], operation: string): Promise<number> {
    const [{ count }] = await t
      .em()
      .getConnection()
      .execute<{ count: number }[]>(
        `select count(*)::int as count from audit_entry
         where entity_type = ? and entity_id = any(?::text[]) and operation = ?`,
        [entityType, `{${entityIds.join(',')}}`, operation],
      );
    return count;
  }

  it('lets exactly one of fifty updates at the same version win; the other 49 get CONFLICT', async () => {
    const [kpi] = await seedKpis(1);
    const id = encodeGlobalId('Kpi', kpi.id);
    const { version } = (await t.execute(`query ($id: ID!) { kpi(id: $id) { version } }`, { id })).kpi;

    const results = await Promise.all(
      Array.from({ length: 50 }, (_, writer) =>
        t.request(UPDATE_KPI, { id, version, description: `writer ${writer}` }),
      ),
    );

    const winners = results.filter((r) => !r.errors?.length && r.data?.updateKpi);
    const codes = results.flatMap((r) => r.errors?.map((e) => e.extensions?.code) ?? []);
    expect(winners).toHaveLength(1);
    expect(codes).toEqual(Array(49).fill('CONFLICT'));
    const winner = winners[0].data.updateKpi;
    expect(winner.version).toBe(version + 1);

    // The database holds the winner's change, and the audit trail exactly one UPDATE for it.
    const stored = (await t.execute(`query ($id: ID!) { kpi(id: $id) { version description } }`, { id })).kpi;
    expect(stored).toEqual({ version: winner.version, description: winner.description });
    expect(await auditRows('Kpi', [id], 'UPDATE')).toBe(1);
  });

  it('writes a bulk feed re-sent after a timeout once: no duplicate rows, one audit row per row', async () => {
    const kpis = await seedKpis(3);
    const input = kpis.flatMap((kpi, k) =>
      ['2031-01-01', '2031-02-01', '2031-03-01'].map((period, p) => ({
        kpiCode: kpi.code,
        period,
        value: 10 * k + p + 0.25,
        source: 'ERP nightly',
      })),
    );

    // The first call times out on the client (the server may or may not have committed it) ...
    await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await t.as('ADMIN')) },
      body: JSON.stringify({ query: RECORD, variables: { input } }),
      signal: AbortSignal.timeout(1),
    }).then(
      (response) => response.text(),
      () => undefined,
    );
    // ... so the client sends the same payload again, twice at once (a retry racing a slow first call),
    const racing = await Promise.all([t.execute(RECORD, { input }), t.execute(RECORD, { input })]);
    // and once more after that: every row is then already there, unchanged.
    const last = await t.execute(RECORD, { input });

    expect(last.recordKpiMeasurements).toEqual({ inserted: 0, updated: 0, unchanged: input.length });
    const insertedByRetries = racing.reduce((sum, r) => sum + r.recordKpiMeasurements.inserted, 0);
    expect(insertedByRetries).toBeLessThanOrEqual(input.length);
    expect(racing.every((r) => r.recordKpiMeasurements.updated === 0)).toBe(true);

    const rows = await t
      .em()
      .getConnection()
      .execute<{ code: string; period: string; value: number; source: string; copies: number }[]>(
        `select k.code, to_char(m.period, 'YYYY-MM-DD') as period, m.value::float8 as value, m.source,
                count(*) over (partition by m.kpi_id, m.period)::int as copies
         from kpi_measurement m join kpi k on k.id = m.kpi_id
         where m.kpi_id = any(?::int[]) order by k.code, m.period`,
        [`{${kpis.map((k) => k.id).join(',')}}`],
      );
    expect(rows.map(({ code, period, value, source }) => ({ kpiCode: code, period, value, source }))).toEqual(
      [...input].sort((a, b) => a.kpiCode.localeCompare(b.kpiCode) || a.period.localeCompare(b.period)),
    );
    expect(rows.every((row) => row.copies === 1)).toBe(true);

    // Each row was written once, whichever call got there first: one UPSERT audit row per row.
    const measurementIds = (
      await t
        .em()
        .getConnection()
        .execute<{ id: number }[]>(`select id from kpi_measurement where kpi_id = any(?::int[])`, [
          `{${kpis.map((k) => k.id).join(',')}}`,
        ])
    ).map((row) => encodeGlobalId('KpiMeasurement', row.id));
    expect(await auditRows('KpiMeasurement', measurementIds, 'UPSERT')).toBe(input.length);
  });
});
