import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_COMPANY } from '../../src/demo/demo-company';
import { seedDemoCompany } from '../../src/demo/seed-demo';
import { startTestApp, type TestApp } from '../helpers/test-app';

/** Fingerprints of whole tables, by natural keys only, so that two databases can be compared. */
const FINGERPRINTS = {
  orgUnits: `select string_agg(c.code || ':' || c.name || ':' || c.function || ':' || coalesce(p.code, '-'), ',' order by c.code)
             from org_unit c left join org_unit p on p.id = c.parent_id`,
  goals: `select string_agg(g.code || ':' || g.perspective || ':' || coalesce(p.code, '-') || ':' || coalesce(o.email, '-'), ',' order by g.code)
          from strategic_goal g left join strategic_goal p on p.id = g.parent_id left join person o on o.id = g.owner_id`,
  measurements: `select md5(string_agg(k.code || ':' || m.period || ':' || m.value || ':' || m.recorded_at, ',' order by k.code, m.period))
                 from kpi_measurement m join kpi k on k.id = m.kpi_id`,
  targets: `select md5(string_agg(k.code || ':' || t.period || ':' || t.value, ',' order by k.code, t.period))
            from kpi_target t join kpi k on k.id = t.kpi_id`,
  actuals: `select md5(string_agg(b.code || ':' || a.month || ':' || a.amount, ',' order by b.code, a.month))
            from budget_actual a join budget b on b.id = a.budget_id`,
  rates: `select md5(string_agg(currency || ':' || month || ':' || rate, ',' order by currency, month)) from exchange_rate`,
  projects: `select md5(string_agg(p.code || ':' || p.status || ':' || p.health || ':' || coalesce(b.code, '-') || ':' || m.title || ':' || m.due_date || ':' || coalesce(m.completed_at::text, '-'), ',' order by p.code, m.due_date))
             from tech_project p left join budget b on b.id = p.budget_id join milestone m on m.project_id = p.id`,
  risks: `select md5(string_agg(r.title || ':' || coalesce(g.code, '-') || ':' || coalesce(p.code, '-') || ':' || coalesce(k.code, '-'), ',' order by r.title))
          from risk r left join strategic_goal g on g.id = r.goal_id left join tech_project p on p.id = r.project_id left join kpi k on k.id = r.kpi_id`,
};

async function fingerprint(em: EntityManager): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const [name, sql] of Object.entries(FINGERPRINTS)) {
    const [row] = await em.execute<{ v: string }[]>(`select (${sql}) as v`);
    result[name] = row.v;
  }
  return result;
}

async function one<T = number>(em: EntityManager, sql: string): Promise<T> {
  const [row] = await em.execute<{ v: T }[]>(sql);
  return row.v;
}

/** Latest measurement's attainment per KPI, as the KPI's thresholds classify it. */
const KPI_STATUS = `
  with latest as (
    select distinct on (kpi_id) kpi_id, period, value from kpi_measurement order by kpi_id, period desc
  ), attainment as (
    select k.id, k.code, k.amber_threshold, k.red_threshold,
           case when k.direction = 'HIGHER_IS_BETTER' then l.value / t.value else t.value / l.value end as ratio
    from kpi k join latest l on l.kpi_id = k.id join kpi_target t on t.kpi_id = k.id and t.period = l.period
  )
  select id, code, case when ratio >= amber_threshold then 'GREEN' when ratio >= red_threshold then 'AMBER' else 'RED' end as status
  from attainment`;

describe('the demo company', () => {
  let t: TestApp;
  let other: TestApp;
  let em: EntityManager;
  let summary: Record<string, number>;

  beforeAll(async () => {
    // The first database is seeded by the app itself at start (SEED_DEMO=true), the second by a direct call.
    [t, other] = await Promise.all([startTestApp({ SEED_DEMO: 'true' }), startTestApp()]);
    summary = { ...(await seedDemoCompany(other.em())) };
    em = t.em();
  });
  afterAll(async () => {
    await Promise.all([t?.close(), other?.close()]);
  });

  it('is identical in two fresh databases', async () => {
    const first = await fingerprint(t.em());
    const second = await fingerprint(other.em());
    expect(Object.values(first).every((v) => typeof v === 'string' && v.length > 0)).toBe(true);
    expect(second).toEqual(first);
    const counts = await t.em().execute<Record<string, number>[]>(
      `select (select count(*)::int from kpi_measurement) as "kpiMeasurements",
              (select count(*)::int from budget_actual) as "budgetActuals"`,
    );
    expect(counts[0]).toEqual({
      kpiMeasurements: summary.kpiMeasurements,
      budgetActuals: summary.budgetActuals,
    });
    // Seeded noise, not a constant series.
    expect(await one(em, `select count(distinct value)::int as v from kpi_measurement`)).toBeGreaterThan(500);
  });

  it('has the brief’s shape: 4 executives, an org tree, two goal levels, KPIs, budgets, projects, risks', async () => {
    expect(summary).toMatchObject({
      orgUnits: DEMO_COMPANY.orgUnits.length,
      goals: DEMO_COMPANY.goals.length,
      kpis: DEMO_COMPANY.kpis.length,
      budgets: DEMO_COMPANY.budgets.length,
      projects: DEMO_COMPANY.projects.length,
      risks: DEMO_COMPANY.risks.length,
    });
    expect(summary.orgUnits).toBeGreaterThanOrEqual(10);
    expect(summary.goals).toBeGreaterThanOrEqual(12);
    expect(summary.kpis).toBeGreaterThanOrEqual(55);
    expect(summary.budgets).toBeGreaterThanOrEqual(35);
    expect(summary.projects).toBeGreaterThanOrEqual(20);
    expect(summary.risks).toBeGreaterThanOrEqual(18);

    expect(
      await one<string>(
        em,
        `select string_agg(executive_role::text, ',' order by executive_role) as v from person where executive_role is not null`,
      ),
    ).toBe('CEO,CFO,CIO,COO');
    expect(await one(em, `select count(*)::int as v from org_unit where parent_id is null`)).toBe(1);
    expect(await one(em, `select count(distinct "function")::int as v from org_unit`)).toBe(4);
    // Two levels: every goal is a root or the child of a root; both levels exist; all four perspectives.
    expect(
      await one(
        em,
        `select count(*)::int as v from strategic_goal c join strategic_goal p on p.id = c.parent_id where p.parent_id is not null`,
      ),
    ).toBe(0);
    expect(
      await one(em, `select count(*)::int as v from strategic_goal where parent_id is null`),
    ).toBeGreaterThan(1);
    expect(
      await one(em, `select count(*)::int as v from strategic_goal where parent_id is not null`),
    ).toBeGreaterThan(5);
    expect(await one(em, `select count(distinct perspective)::int as v from strategic_goal`)).toBe(4);

    expect(await one(em, `select count(distinct process_area)::int as v from kpi`)).toBe(10);
    expect(
      await one(em, `select count(*)::int as v from kpi where direction = 'LOWER_IS_BETTER'`),
    ).toBeGreaterThan(10);
    expect(await one(em, `select count(*)::int as v from kpi where frequency = 'QUARTERLY'`)).toBeGreaterThan(
      3,
    );
    // 24 monthly measurements per monthly KPI, 8 quarters per quarterly KPI, a target for every measured period.
    expect(
      await one(
        em,
        `select count(*)::int as v from (select k.id from kpi k left join kpi_measurement m on m.kpi_id = k.id
                     group by k.id, k.frequency having count(m.id) <> case when k.frequency = 'MONTHLY' then 24 else 8 end) x`,
      ),
    ).toBe(0);
    expect(
      await one(
        em,
        `select count(*)::int as v from kpi_measurement m left join kpi_target t on t.kpi_id = m.kpi_id and t.period = m.period where t.id is null`,
      ),
    ).toBe(0);
    // LOWER_IS_BETTER attainment divides by the value: never zero.
    expect(await one(em, `select count(*)::int as v from kpi_measurement where value <= 0`)).toBe(0);

    const statuses = await em.execute<{ status: string; n: number }[]>(
      `select status, count(*)::int as n from (${KPI_STATUS}) s group by status`,
    );
    const byStatus = Object.fromEntries(statuses.map((s) => [s.status, s.n]));
    expect(byStatus.RED).toBeGreaterThanOrEqual(3);
    expect(byStatus.AMBER).toBeGreaterThanOrEqual(3);
    expect(byStatus.GREEN).toBeGreaterThanOrEqual(3);
    // Some KPIs trend the wrong way: the last value is worse than the first.
    expect(
      await one(
        em,
        `select count(*)::int as v from kpi k
                     join lateral (select value from kpi_measurement where kpi_id = k.id order by period limit 1) f on true
                     join lateral (select value from kpi_measurement where kpi_id = k.id order by period desc limit 1) l on true
                     where (k.direction = 'HIGHER_IS_BETTER' and l.value < f.value * 0.95)
                        or (k.direction = 'LOWER_IS_BETTER' and l.value > f.value * 1.05)`,
      ),
    ).toBeGreaterThanOrEqual(3);

    expect(await one(em, `select count(distinct category)::int as v from budget`)).toBe(2);
    expect(
      await one(
        em,
        `select count(*)::int as v from budget b where not exists (select 1 from budget_actual a where a.budget_id = b.id)`,
      ),
    ).toBe(0);
    expect(
      await one(
        em,
        `select count(*)::int as v from tech_project p where not exists (select 1 from milestone m where m.project_id = p.id)`,
      ),
    ).toBe(0);
    expect(await one(em, `select count(distinct status)::int as v from tech_project`)).toBe(6);
    expect(await one(em, `select count(distinct health)::int as v from tech_project`)).toBe(3);
    // Late: still open after the planned end (the demo's today is 2026-11-15), or finished after it.
    expect(
      await one(
        em,
        `select count(*)::int as v from tech_project where (actual_end is null and status not in ('DONE', 'CANCELLED') and planned_end < date '2026-11-15') or actual_end > planned_end`,
      ),
    ).toBeGreaterThanOrEqual(3);
    expect(await one(em, `select count(distinct category)::int as v from risk`)).toBe(6);
    expect(await one(em, `select count(*)::int as v from risk where goal_id is not null`)).toBeGreaterThan(5);
    expect(await one(em, `select count(*)::int as v from risk where project_id is not null`)).toBeGreaterThan(
      5,
    );
    expect(await one(em, `select count(*)::int as v from risk where kpi_id is not null`)).toBeGreaterThan(5);
  });

  it('has budgets in at least three currencies and a rate for every month with actuals in each', async () => {
    expect(await one(em, `select count(distinct currency)::int as v from budget`)).toBeGreaterThanOrEqual(3);
    expect(
      await one(
        em,
        `select count(*)::int as v from (select distinct b.currency, a.month from budget_actual a join budget b on b.id = a.budget_id) u
                     where not exists (select 1 from exchange_rate r where r.currency = u.currency and r.month = u.month)`,
      ),
    ).toBe(0);
    expect(
      await one(em, `select count(*)::int as v from exchange_rate where currency = 'EUR' and rate <> 1`),
    ).toBe(0);
    expect(
      await one(em, `select count(distinct rate)::int as v from exchange_rate where currency = 'USD'`),
    ).toBeGreaterThan(12);
  });

  it('has the deliberate alignment gaps', async () => {
    expect(
      await one(
        em,
        `select count(*)::int as v from strategic_goal g where not exists (select 1 from key_result kr where kr.goal_id = g.id)`,
      ),
    ).toBeGreaterThanOrEqual(1);
    expect(
      await one(
        em,
        `select count(*)::int as v from tech_project p where not exists (select 1 from project_contribution c where c.project_id = p.id)`,
      ),
    ).toBeGreaterThanOrEqual(1);
    expect(
      await one(
        em,
        `select count(*)::int as v from budget b where b.goal_id is null and not exists (select 1 from tech_project p where p.budget_id = b.id)`,
      ),
    ).toBeGreaterThanOrEqual(1);
    // A RED KPI whose linked projects (through its key results' goals) all report GREEN, and there are some.
    expect(
      await one(
        em,
        `with s as (${KPI_STATUS})
                     select count(*)::int as v from s where s.status = 'RED' and exists (
                       select 1 from key_result kr join project_contribution c on c.goal_id = kr.goal_id where kr.kpi_id = s.id
                     ) and not exists (
                       select 1 from key_result kr join project_contribution c on c.goal_id = kr.goal_id
                       join tech_project p on p.id = c.project_id where kr.kpi_id = s.id and p.health <> 'GREEN'
                     )`,
      ),
    ).toBeGreaterThanOrEqual(1);
  });

  it('is reachable through GraphQL: goals with the KPIs of their key results', async () => {
    const data = await t.execute<{
      goals: { totalCount: number; nodes: { code: string; kpis: { code: string }[] }[] };
    }>(`{ goals(first: 100) { totalCount nodes { code kpis { code } } } }`);
    expect(data.goals.totalCount).toBe(DEMO_COMPANY.goals.length);
    const viaApi = data.goals.nodes.flatMap((g) => g.kpis.map((k) => `${g.code}>${k.code}`)).sort();
    const links = await em.execute<{ link: string }[]>(
      `select g.code || '>' || k.code as link from key_result kr join strategic_goal g on g.id = kr.goal_id join kpi k on k.id = kr.kpi_id`,
    );
    expect(viaApi).toEqual(links.map((l) => l.link).sort());
    expect(viaApi.length).toBe(DEMO_COMPANY.keyResults.length);
  });
});
