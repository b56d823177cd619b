import { Client } from 'pg';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

const RECORD = `mutation ($input: [KpiMeasurementInput!]!) { recordKpiMeasurements(input: $input) { inserted updated unchanged } }`;

function month(offset: number): string {
  const year = 2000 + Math.floor(offset / 12);
  return `${year}-${String((offset % 12) + 1).padStart(2, '0')}-01`;
}

it('bench', async () => {
  const t: TestApp = await startTestApp();
  const seed = new SeedBuilder(t.em());
  const unit = seed.orgUnit();
  const kpis = Array.from({ length: 500 }, () => seed.kpi({ orgUnit: unit }));
  await seed.flush();
  const dbUrl = (t.app.config as { databaseUrl?: string }).databaseUrl!;
  const client = new Client({ connectionString: dbUrl });
  await client.connect();
  const rows = (base: number, v: number) =>
    Array.from({ length: 10_000 }, (_, i) => ({
      kpiCode: kpis[i % 500].code,
      kpiId: kpis[i % 500].id,
      period: month(base + Math.floor(i / 500)),
      value: v + i,
      source: 'ERP',
    }));
  const bare = async (data: ReturnType<typeof rows>) => {
    const s = performance.now();
    await client.query(
      `insert into kpi_measurement (kpi_id, period, value, source, recorded_at) select k,p,v,s,now() from unnest($1::int[], $2::date[], $3::numeric[], $4::text[]) as r(k,p,v,s)
       on conflict (kpi_id, period) do update set value = excluded.value, source = excluded.source, recorded_at = now(), version = kpi_measurement.version + 1, updated_at = now()
       where kpi_measurement.value is distinct from excluded.value or kpi_measurement.source is distinct from excluded.source returning (xmax = 0) as inserted`,
      [
        data.map((r) => r.kpiId),
        data.map((r) => r.period),
        data.map((r) => r.value),
        data.map((r) => r.source),
      ],
    );
    return performance.now() - s;
  };
  const api = async (data: ReturnType<typeof rows>) => {
    const input = data.map(({ kpiCode, period, value, source }) => ({ kpiCode, period, value, source }));
    const s = performance.now();
    const r = await t.execute(RECORD, { input });
    const ms = performance.now() - s;
    return [ms, r.recordKpiMeasurements] as const;
  };
  const out: string[] = [];
  for (let round = 0; round < 3; round++) {
    const b = round * 200;
    out.push(
      `bare insert ${(await bare(rows(b, 0))).toFixed(0)} ms; repeat ${(await bare(rows(b, 0))).toFixed(0)}; update ${(await bare(rows(b, 1))).toFixed(0)}`,
    );
    const x = await api(rows(b + 100, 0));
    const y = await api(rows(b + 100, 0));
    const z = await api(rows(b + 100, 1));
    out.push(
      `api insert ${x[0].toFixed(0)} ${JSON.stringify(x[1])}; repeat ${y[0].toFixed(0)}; update ${z[0].toFixed(0)}`,
    );
  }
  console.log(out.join('\n'));
  await client.end();
  await t.close();
});
