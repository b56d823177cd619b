import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

const LATEST = `query ($codes: [String!], $last: Int, $from: Date, $to: Date) {
  kpis(filter: { code: $codes }, first: 10) {
    nodes { code measurements(last: $last, from: $from, to: $to) { id period value kpi { code } } }
  }
}`;

const month = (index: number) => {
  const date = new Date(Date.UTC(2024, index, 1));
  return date.toISOString().slice(0, 10);
};

describe('Kpi.measurements(last:)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** KPIs with `months` monthly measurements each (value = month index + KPI number × 100). */
  async function seedKpis(prefix: string, kpis: number, months: number): Promise<string[]> {
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit();
    const codes: string[] = [];
    for (let k = 0; k < kpis; k++) {
      const kpi = seed.kpi({ orgUnit: unit, code: `${prefix}-${k}` });
      codes.push(kpi.code);
      for (let m = 0; m < months; m++) seed.measurement(kpi, month(m), k * 100 + m);
    }
    await seed.flush();
    return codes;
  }

  it('returns the latest `last` periods of each KPI, oldest first, within from..to', async () => {
    const codes = await seedKpis('LAST', 2, 15);
    const data = await t.execute(LATEST, { codes, last: 12 });
    for (const [k, node] of data.kpis.nodes.entries()) {
      const periods = node.measurements.map((m: { period: string }) => m.period);
      expect(periods).toEqual(Array.from({ length: 12 }, (_, i) => month(i + 3)));
      expect(node.measurements.map((m: { value: number }) => m.value)).toEqual(
        Array.from({ length: 12 }, (_, i) => k * 100 + i + 3),
      );
      expect(node.measurements[0].kpi.code).toBe(node.code);
      expect(node.measurements[0].id).toEqual(expect.any(String));
    }
    const ranged = await t.execute(LATEST, { codes: [codes[0]], last: 2, to: month(5) });
    expect(ranged.kpis.nodes[0].measurements.map((m: { period: string }) => m.period)).toEqual([
      month(4),
      month(5),
    ]);
    const all = await t.execute(LATEST, { codes: [codes[0]] });
    expect(all.kpis.nodes[0].measurements).toHaveLength(15);
  });

  it('refuses a `last` below 1 or above 1000, and from after to', async () => {
    const codes = await seedKpis('BAD', 1, 1);
    for (const variables of [{ last: 0 }, { last: 1001 }, { last: 3, from: month(5), to: month(1) }]) {
      const result = await t.request(LATEST, { codes, ...variables });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('costs the same SQL statements for 2 KPIs as for 8', async () => {
    const few = await seedKpis('FEW', 2, 14);
    const many = await seedKpis('MANY', 8, 14);
    const small = await t.countSql(() => t.execute(LATEST, { codes: few, last: 12 }));
    const large = await t.countSql(() => t.execute(LATEST, { codes: many, last: 12 }));
    expect(large).toBe(small);
  });
});
