import { KpiFrequency } from '../../src/operations/kpi-frequency.enum';
import { KpiMeasurement } from '../../src/operations/kpi-measurement.entity';
import { KpiTarget } from '../../src/operations/kpi-target.entity';
import type { Kpi } from '../../src/operations/kpi.entity';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

const RECORD = `mutation ($input: [KpiMeasurementInput!]!) {
  recordKpiMeasurements(input: $input) { inserted updated unchanged }
}`;
const SET_TARGETS = `mutation ($input: [KpiTargetInput!]!) {
  setKpiTargets(input: $input) { inserted updated unchanged }
}`;

interface Row {
  kpiCode: string;
  period: string;
  value: number;
  source?: string | null;
}

/** The first day of the month `offset` months after January 2020. */
function month(offset: number): string {
  const year = 2020 + Math.floor(offset / 12);
  return `${year}-${String((offset % 12) + 1).padStart(2, '0')}-01`;
}

describe('KPI feeds: recordKpiMeasurements and setKpiTargets', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function seedKpis(count: number, data: Partial<Kpi> = {}): Promise<Kpi[]> {
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit();
    const kpis = Array.from({ length: count }, () => seed.kpi({ orgUnit: unit, ...data }));
    await seed.flush();
    return kpis;
  }

  async function stored(kpi: Kpi): Promise<KpiMeasurement[]> {
    return t.em().find(KpiMeasurement, { kpi: kpi.id }, { orderBy: { period: 'asc' } });
  }

  it('inserts, then leaves a repeat unchanged, then counts changes as updates', async () => {
    const [a, b] = await seedKpis(2);
    const rows: Row[] = [
      { kpiCode: a.code, period: '2026-01-01', value: 81.5, source: 'ERP' },
      { kpiCode: a.code, period: '2026-02-01', value: 82.25, source: 'ERP' },
      { kpiCode: b.code, period: '2026-01-01', value: 3 },
    ];
    expect((await t.execute(RECORD, { input: rows })).recordKpiMeasurements).toEqual({
      inserted: 3,
      updated: 0,
      unchanged: 0,
    });
    const first = await stored(a);
    expect(first.map((m) => [m.period, m.value, m.source, m.version])).toEqual([
      ['2026-01-01', 81.5, 'ERP', 1],
      ['2026-02-01', 82.25, 'ERP', 1],
    ]);

    expect((await t.execute(RECORD, { input: rows })).recordKpiMeasurements).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 3,
    });
    expect((await stored(a)).map((m) => m.version)).toEqual([1, 1]);

    const changed: Row[] = [
      { ...rows[0], value: 90 }, // value changed
      { ...rows[1], source: 'MES' }, // source changed
      rows[2], // same
      { kpiCode: b.code, period: '2026-02-01', value: 4 }, // new
    ];
    expect((await t.execute(RECORD, { input: changed })).recordKpiMeasurements).toEqual({
      inserted: 1,
      updated: 2,
      unchanged: 1,
    });
    const after = await stored(a);
    expect(after.map((m) => [m.value, m.source, m.version])).toEqual([
      [90, 'ERP', 2],
      [82.25, 'MES', 2],
    ]);
    expect(after[0].recordedAt.getTime()).toBeGreaterThanOrEqual(first[0].recordedAt.getTime());
    expect((await stored(b)).map((m) => m.value)).toEqual([3, 4]);
  });

  it('stores sources and codes with any characters exactly as sent', async () => {
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit();
    const odd = seed.kpi({ orgUnit: unit, code: 'ODD_code-1' });
    await seed.flush();
    const sources = ['say "hi"', 'back\\slash', 'a,b{c}', 'NULL', '', 'Zürich ✓', null];
    const input = sources.map((source, i) => ({
      kpiCode: 'ODD_code-1',
      period: month(i),
      value: -i - 0.125,
      source,
    }));
    expect((await t.execute(RECORD, { input })).recordKpiMeasurements.inserted).toBe(sources.length);
    const rows = await stored(odd);
    expect(rows.map((m) => m.source ?? null)).toEqual(sources);
    expect(rows.map((m) => m.value)).toEqual(sources.map((_, i) => -i - 0.125));
    expect((await t.execute(RECORD, { input })).recordKpiMeasurements.unchanged).toBe(sources.length);
  });

  it('writes nothing when several rows are bad, and reports each by index and reason', async () => {
    const [good, archived] = await seedKpis(2);
    const [quarterly] = await seedKpis(1, { frequency: KpiFrequency.QUARTERLY });
    await t.em().nativeUpdate('Kpi', { id: archived.id }, { archivedAt: new Date() });
    const input: Row[] = [
      { kpiCode: good.code, period: '2026-01-01', value: 1 }, // 0 ok
      { kpiCode: 'NO-SUCH-KPI', period: '2026-01-01', value: 1 }, // 1 unknown code
      { kpiCode: good.code, period: '2026-01-15', value: 1 }, // 2 not first of month
      { kpiCode: good.code, period: '2026-01-01', value: 2 }, // 3 duplicate of 0
      { kpiCode: archived.code, period: '2026-01-01', value: 1 }, // 4 archived
      { kpiCode: quarterly.code, period: '2026-02-01', value: 1 }, // 5 not a quarter start
      { kpiCode: quarterly.code, period: '2026-04-01', value: 1 }, // 6 ok
      { kpiCode: good.code, period: '2026-03-01', value: 1e15 }, // 7 out of range
    ];
    const result = await t.request(RECORD, { input });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const rows = result.errors?.[0].extensions?.rows as { index: number; reason: string }[];
    expect(rows.map((r) => r.index)).toEqual([1, 2, 3, 4, 5, 7]);
    expect(rows[0].reason).toMatch(/unknown KPI code "NO-SUCH-KPI"/);
    expect(rows[1].reason).toMatch(/not the first day of a month/);
    expect(rows[2].reason).toMatch(/duplicate of row 0/);
    expect(rows[3].reason).toMatch(/archived/);
    expect(rows[4].reason).toMatch(/not the first day of a quarter/);
    expect(rows[5].reason).toMatch(/out of range/);
    expect(result.errors?.[0].message).toMatch(/^6 invalid row\(s\), nothing was written/);

    const written = await t
      .em()
      .count(KpiMeasurement, { kpi: { $in: [good.id, archived.id, quarterly.id] } });
    expect(written).toBe(0);
  });

  it('accepts quarter starts for QUARTERLY KPIs and any month start for MONTHLY ones', async () => {
    const [quarterly] = await seedKpis(1, { frequency: KpiFrequency.QUARTERLY });
    const [monthly] = await seedKpis(1);
    const quarters = ['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01'];
    const input: Row[] = [
      ...quarters.map((period) => ({ kpiCode: quarterly.code, period, value: 1 })),
      { kpiCode: monthly.code, period: '2026-05-01', value: 1 },
    ];
    expect((await t.execute(RECORD, { input })).recordKpiMeasurements.inserted).toBe(5);
    for (const period of ['2026-03-01', '2026-11-01']) {
      const bad = await t.request(RECORD, { input: [{ kpiCode: quarterly.code, period, value: 1 }] });
      expect(bad.errors?.[0].extensions?.rows).toEqual([
        { index: 0, reason: expect.stringMatching(/quarter/) },
      ]);
    }
  });

  it('rejects a non-date period and a non-finite value before anything runs', async () => {
    const [kpi] = await seedKpis(1);
    const notADate = await t.request(RECORD, {
      input: [{ kpiCode: kpi.code, period: '2026-02-30', value: 1 }],
    });
    expect(notADate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const notFinite = await t.request(RECORD, {
      input: [{ kpiCode: kpi.code, period: '2026-02-01', value: 'NaN' }],
    });
    expect(notFinite.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await t.em().count(KpiMeasurement, { kpi: kpi.id })).toBe(0);
  });

  it('refuses more than 10,000 rows with BAD_USER_INPUT and accepts an empty call', async () => {
    const [kpi] = await seedKpis(1);
    const input = Array.from({ length: 10_001 }, (_, i) => ({
      kpiCode: kpi.code,
      period: month(i),
      value: i,
    }));
    const result = await t.request(RECORD, { input });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/at most 10000 rows/);
    expect(await t.em().count(KpiMeasurement, { kpi: kpi.id })).toBe(0);
    expect((await t.execute(RECORD, { input: [] })).recordKpiMeasurements).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 0,
    });
  });

  it('issues the same number of SQL statements for 10 rows as for 5,000 and writes them all', async () => {
    const kpis = await seedKpis(250);
    const rows = (count: number, value: number): Row[] =>
      Array.from({ length: count }, (_, i) => ({
        kpiCode: kpis[i % kpis.length].code,
        period: month(Math.floor(i / kpis.length)),
        value: value + i,
        source: 'bench',
      }));
    const small = await t.countSql(() => t.execute(RECORD, { input: rows(10, 0) }));
    let result: unknown;
    const large = await t.countSql(async () => {
      result = (await t.execute(RECORD, { input: rows(5_000, 0.5) })).recordKpiMeasurements;
    });
    expect(result).toEqual({ inserted: 4_990, updated: 10, unchanged: 0 });
    expect(large).toBe(small);
    expect(small).toBe(3); // begin, the upsert that resolves the codes and writes the audit, commit
    expect(await t.em().count(KpiMeasurement, { kpi: { $in: kpis.map((k) => k.id) } })).toBe(5_000);
  });

  describe('setKpiTargets', () => {
    it('upserts targets idempotently and counts inserted, updated and unchanged', async () => {
      const [kpi] = await seedKpis(1);
      const input = [
        { kpiCode: kpi.code, period: '2026-01-01', value: 100 },
        { kpiCode: kpi.code, period: '2026-02-01', value: 110 },
      ];
      expect((await t.execute(SET_TARGETS, { input })).setKpiTargets).toEqual({
        inserted: 2,
        updated: 0,
        unchanged: 0,
      });
      expect((await t.execute(SET_TARGETS, { input })).setKpiTargets).toEqual({
        inserted: 0,
        updated: 0,
        unchanged: 2,
      });
      const changed = [
        { ...input[0], value: 120 },
        input[1],
        { kpiCode: kpi.code, period: '2026-03-01', value: 5 },
      ];
      expect((await t.execute(SET_TARGETS, { input: changed })).setKpiTargets).toEqual({
        inserted: 1,
        updated: 1,
        unchanged: 1,
      });
      const targets = await t.em().find(KpiTarget, { kpi: kpi.id }, { orderBy: { period: 'asc' } });
      expect(targets.map((row) => [row.period, row.value, row.version])).toEqual([
        ['2026-01-01', 120, 2],
        ['2026-02-01', 110, 1],
        ['2026-03-01', 5, 1],
      ]);
    });

    it('applies the feed rules: all or nothing, every bad row reported', async () => {
      const [kpi] = await seedKpis(1);
      const [quarterly] = await seedKpis(1, { frequency: KpiFrequency.QUARTERLY });
      const input = [
        { kpiCode: kpi.code, period: '2026-01-01', value: 1 },
        { kpiCode: 'MISSING', period: '2026-01-01', value: 1 },
        { kpiCode: quarterly.code, period: '2026-05-01', value: 1 },
        { kpiCode: kpi.code, period: '2026-01-01', value: 1 },
      ];
      const result = await t.request(SET_TARGETS, { input });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect((result.errors?.[0].extensions?.rows as { index: number }[]).map((r) => r.index)).toEqual([
        1, 2, 3,
      ]);
      expect(await t.em().count(KpiTarget, { kpi: { $in: [kpi.id, quarterly.id] } })).toBe(0);
    });
  });
});
