import { encodeGlobalId } from '../../src/graphql/global-id';
import { KpiDirection } from '../../src/operations/kpi-direction.enum';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

const KPI_VIEW = `query ($id: ID!, $period: Date!, $asOf: Date, $from: Date, $to: Date) {
  node(id: $id) {
    ... on Kpi {
      code
      latest(asOf: $asOf) { period value target attainment status }
      attainment(period: $period, asOf: $asOf)
      status(period: $period, asOf: $asOf)
      series(from: $from, to: $to, asOf: $asOf) { period value target attainment status }
      trend(asOf: $asOf)
    }
  }
}`;

describe('KPI performance fields', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp();
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit();
    // A: higher is better, target 100 each month, measured 80, 95, 110.
    const a = seed.kpi({ orgUnit: unit, code: 'PERF-A' });
    // B: lower is better: target 0 / actual 0, target 5 / actual 0, target 4 / actual 5, target 0 / actual 2.
    const b = seed.kpi({ orgUnit: unit, code: 'PERF-B', direction: KpiDirection.LOWER_IS_BETTER });
    // C: higher is better with a zero target: actual 3, then -1.
    const c = seed.kpi({ orgUnit: unit, code: 'PERF-C' });
    // D: never measured.
    const d = seed.kpi({ orgUnit: unit, code: 'PERF-D' });
    [80, 95, 110].forEach((value, i) => {
      seed.kpiTarget(a, `2026-0${i + 1}-01`, 100);
      seed.measurement(a, `2026-0${i + 1}-01`, value);
    });
    [
      [0, 0],
      [5, 0],
      [4, 5],
      [0, 2],
    ].forEach(([target, value], i) => {
      seed.kpiTarget(b, `2026-0${i + 1}-01`, target);
      seed.measurement(b, `2026-0${i + 1}-01`, value);
    });
    seed.kpiTarget(c, '2026-01-01', 0);
    seed.measurement(c, '2026-01-01', 3);
    seed.kpiTarget(c, '2026-02-01', 0);
    seed.measurement(c, '2026-02-01', -1);
    seed.kpiTarget(d, '2026-01-01', 10);
    await seed.flush();
    for (const kpi of [a, b, c, d]) ids[kpi.code] = encodeGlobalId('Kpi', kpi.id);
  });
  afterAll(() => t.close());

  const view = async (code: string, vars: Record<string, unknown>) =>
    (await t.execute(KPI_VIEW, { id: ids[code], ...vars })).node;

  it('computes attainment, status, latest and trend for a higher-is-better KPI', async () => {
    const kpi = await view('PERF-A', { period: '2026-02-01', asOf: '2026-03-31' });
    // February: 95 / 100 = 0.95 → below amber 1.0, at or above red 0.9 → AMBER.
    expect(kpi.attainment).toBeCloseTo(0.95, 10);
    expect(kpi.status).toBe('AMBER');
    // Latest on or before 2026-03-31 is March: 110 / 100 = 1.1 → GREEN.
    expect(kpi.latest).toEqual({
      period: '2026-03-01',
      value: 110,
      target: 100,
      attainment: 1.1,
      status: 'GREEN',
    });
    // Last three values 80 → 110: (110 − 80) / 80 = +37.5 % > 2 % → IMPROVING.
    expect(kpi.trend).toBe('IMPROVING');
    // January: 80 / 100 = 0.8 < 0.9 → RED.
    expect((await view('PERF-A', { period: '2026-01-01', asOf: '2026-03-31' })).status).toBe('RED');
  });

  it('uses only data on or before asOf', async () => {
    const feb = await view('PERF-A', {
      period: '2026-03-01',
      asOf: '2026-02-15',
      from: '2026-01-01',
      to: '2026-12-01',
    });
    expect(feb.latest.period).toBe('2026-02-01');
    // March is after asOf: no measurement counts yet.
    expect(feb.attainment).toBeNull();
    expect(feb.status).toBe('NO_DATA');
    expect(feb.series.map((p: { period: string }) => p.period)).toEqual(['2026-01-01', '2026-02-01']);
    // Two points 80 → 95: +18.75 % → IMPROVING.
    expect(feb.trend).toBe('IMPROVING');

    const before = await view('PERF-A', { period: '2026-01-01', asOf: '2025-12-31' });
    expect(before.latest).toBeNull();
    expect(before.status).toBe('NO_DATA');
    expect(before.series).toEqual([]);
    expect(before.trend).toBe('INSUFFICIENT_DATA');
  });

  it('defines zero targets and zero actuals explicitly', async () => {
    // LOWER_IS_BETTER, target 0, actual 0: actual ≤ target → 1 (met).
    expect((await view('PERF-B', { period: '2026-01-01', asOf: '2026-12-31' })).attainment).toBe(1);
    // LOWER_IS_BETTER, target 5, actual 0: zero defects → 1, GREEN (not Infinity).
    const zeroActual = await view('PERF-B', { period: '2026-02-01', asOf: '2026-12-31' });
    expect(zeroActual.attainment).toBe(1);
    expect(zeroActual.status).toBe('GREEN');
    // LOWER_IS_BETTER, target 4, actual 5: 4 / 5 = 0.8 → RED.
    expect((await view('PERF-B', { period: '2026-03-01', asOf: '2026-12-31' })).attainment).toBeCloseTo(
      0.8,
      10,
    );
    // LOWER_IS_BETTER, target 0, actual 2: actual > target → 0.
    expect((await view('PERF-B', { period: '2026-04-01', asOf: '2026-12-31' })).attainment).toBe(0);
    // Trend of B over Feb–Apr (0, 5, 2): lower is better, oldest 0 → 2 is worse → WORSENING.
    expect((await view('PERF-B', { period: '2026-04-01', asOf: '2026-12-31' })).trend).toBe('WORSENING');
    // HIGHER_IS_BETTER, target 0: actual 3 ≥ 0 → 1; actual −1 < 0 → 0.
    expect((await view('PERF-C', { period: '2026-01-01', asOf: '2026-12-31' })).attainment).toBe(1);
    expect((await view('PERF-C', { period: '2026-02-01', asOf: '2026-12-31' })).attainment).toBe(0);
  });

  it('reports NO_DATA for a KPI without measurements', async () => {
    const kpi = await view('PERF-D', { period: '2026-01-01', asOf: '2026-12-31' });
    expect(kpi.latest).toBeNull();
    expect(kpi.attainment).toBeNull();
    expect(kpi.status).toBe('NO_DATA');
    // The period has a target but no value: it still appears in the series, as NO_DATA.
    expect(kpi.series).toEqual([
      { period: '2026-01-01', value: null, target: 10, attainment: null, status: 'NO_DATA' },
    ]);
    expect(kpi.trend).toBe('INSUFFICIENT_DATA');
  });

  it('rejects from after to', async () => {
    const result = await t.request(KPI_VIEW, {
      id: ids['PERF-A'],
      period: '2026-01-01',
      from: '2026-05-01',
      to: '2026-01-01',
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
