import { encodeGlobalId } from '../../src/graphql/global-id';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

const FY = 2037;

/** Every view and view field, each in the shape a dashboard would ask for. */
const QUERIES: Record<string, string> = {
  goalFields: `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on StrategicGoal {
      health(asOf: "2037-06-30") { score status drivers { kind score weight reason } }
      riskExposure executionItems { kind code depth } } } }`,
  kpiFields: `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Kpi {
      latest(asOf: "2037-06-30") { period value attainment status }
      attainment(period: "2037-03-01", asOf: "2037-06-30") status(period: "2037-03-01", asOf: "2037-06-30")
      series(from: "2037-01-01", to: "2037-12-01", asOf: "2037-06-30") { period value target status }
      trend(asOf: "2037-06-30") } } }`,
  budgetFields: `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Budget {
      actual(asOf: "2037-06-30") variance(asOf: "2037-06-30") variancePct(asOf: "2037-06-30") forecast(asOf: "2037-06-30")
      inReportingCurrency(asOf: "2037-06-30") { planned actual variance forecast } } } }`,
  projectFields: `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on TechProject {
      scheduleSlipDays(asOf: "2037-06-30") budgetBurnPct(asOf: "2037-06-30") } } }`,
  budgetVariance: `{ a: budgetVariance(fiscalYear: ${FY}, groupBy: ORG_UNIT) { key actual }
      b: budgetVariance(fiscalYear: ${FY}, groupBy: CATEGORY) { key actual }
      c: budgetVariance(fiscalYear: ${FY}, groupBy: GOAL) { key actual }
      d: budgetVariance(fiscalYear: ${FY}, groupBy: MONTH) { key actual }
      e: budgetVariance(fiscalYear: ${FY}, groupBy: CURRENCY) { key actual } }`,
  kpiAttainment: `{ a: kpiAttainment(period: "2037-03-01", groupBy: PROCESS_AREA) { key kpis }
      b: kpiAttainment(period: "2037-03-01", groupBy: ORG_UNIT) { key kpis }
      c: kpiAttainment(period: "2037-03-01", groupBy: GOAL) { key kpis } }`,
  executiveSummary: `{ executiveSummary(fiscalYear: ${FY}, asOf: "2037-06-30") {
      strategy { goals averageScore worstGoals { goal { code } score } }
      finance { planned actual byCategory { key actual } }
      technology { projects byHealth { key count } budgetOfRedProjects }
      operations { kpis byProcessArea { key red } worstKpis { kpi { code } attainment } } } }`,
  alignmentGaps: `{ alignmentGaps(fiscalYear: ${FY}, asOf: "2037-06-30") {
      goalsWithoutKeyResults { code } projectsServingNoGoal { code } budgetsFundingNothing { code }
      redKpisWithAllGreenProjects { code } } }`,
};

describe('SQL statements per view do not depend on the number of rows', () => {
  let t: TestApp;
  const ids = {
    goals: [] as string[],
    kpis: [] as string[],
    budgets: [] as string[],
    projects: [] as string[],
    trace: '',
  };
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** `count` corporate goals, each with a child goal, a KPI, a project, a budget and a risk. */
  async function seedCompany(count: number): Promise<void> {
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit();
    const fy = { fiscalYear: FY, startDate: '2037-01-01', endDate: '2037-12-31' };
    const created = [];
    for (let i = 0; i < count; i++) {
      const goal = seed.goal(fy);
      const child = seed.goal({ ...fy, parent: goal });
      const kpi = seed.kpi({ orgUnit: unit });
      for (const [month, value] of [
        ['01', 90],
        ['02', 95],
        ['03', 80 + (i % 30)],
      ] as const) {
        seed.kpiTarget(kpi, `2037-${month}-01`, 100);
        seed.measurement(kpi, `2037-${month}-01`, value);
      }
      seed.keyResult({ goal: child, kpi, weight: 0.5 });
      const budget = seed.budget({
        orgUnit: unit,
        fiscalYear: FY,
        goal: i % 2 ? goal : undefined,
        currency: i % 3 ? 'EUR' : 'USD',
      });
      seed.actual(budget, '2037-01-01', '9000.00');
      seed.actual(budget, '2037-02-01', '11000.00');
      const project = seed.project({
        orgUnit: unit,
        budget,
        plannedStart: '2037-01-01',
        plannedEnd: '2037-05-31',
      });
      if (i % 4) seed.contribution(project, child, 0.5);
      seed.risk({ goal });
      created.push({ goal, kpi, budget, project });
    }
    await seed.flush();
    for (const { goal, kpi, budget, project } of created) {
      ids.goals.push(encodeGlobalId('StrategicGoal', goal.id));
      ids.kpis.push(encodeGlobalId('Kpi', kpi.id));
      ids.budgets.push(encodeGlobalId('Budget', budget.id));
      ids.projects.push(encodeGlobalId('TechProject', project.id));
    }
    ids.trace ||= ids.kpis[0];
  }

  async function countAll(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    const vars: Record<string, unknown> = {
      goalFields: { ids: ids.goals },
      kpiFields: { ids: ids.kpis },
      budgetFields: { ids: ids.budgets },
      projectFields: { ids: ids.projects },
    };
    for (const [name, query] of Object.entries(QUERIES)) {
      counts[name] = await t.countSql(() => t.execute(query, vars[name] as Record<string, unknown>));
    }
    counts.trace = await t.countSql(() =>
      t.execute(`query ($id: ID!) { trace(id: $id) { paths { goals { code } } } }`, { id: ids.trace }),
    );
    return counts;
  }

  it('makes the same number of statements for 5 and for 100 goals, KPIs, budgets and projects', async () => {
    await seedCompany(5);
    // USD budgets need rates: one for every month of the year.
    const em = t.em();
    for (let month = 1; month <= 12; month++) {
      await em
        .getConnection()
        .execute(`insert into exchange_rate (currency, month, rate) values ('USD', ?, 0.9)`, [
          `2037-${String(month).padStart(2, '0')}-01`,
        ]);
    }
    const few = await countAll();
    await seedCompany(95);
    expect(ids.goals).toHaveLength(100);
    const many = await countAll();
    expect(many).toEqual(few);
    // Batched: each field or view is a handful of statements, not one per row.
    for (const [name, count] of Object.entries(few)) {
      expect([name, count <= 8]).toEqual([name, true]);
    }
  });
});
