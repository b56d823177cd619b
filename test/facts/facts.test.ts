import { BudgetActual } from '../../src/finance/budget-actual.entity';
import { KpiDirection } from '../../src/operations/kpi-direction.enum';
import { ProcessArea } from '../../src/operations/process-area.enum';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

const KPI_FACTS = `
  query KpiFacts($first: Int, $after: String, $filter: KpiFactFilter, $orderBy: [KpiFactOrder!]) {
    kpiFacts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      rows { kpiId kpiCode kpiName unit direction processArea orgUnitId orgUnitCode orgUnitName period value target attainment status source }
    }
  }`;

const KPIS_NESTED = `
  query Kpis($filter: KpiFilter) {
    kpis(first: 1000, filter: $filter) {
      nodes {
        id code name unit direction processArea amberThreshold redThreshold
        orgUnit { id code name }
        measurements(from: "2025-01-01", to: "2025-12-01") { period value source }
        targets(from: "2025-01-01", to: "2025-12-01") { period value }
      }
    }
  }`;

const BUDGET_FACTS = `
  query BudgetFacts($first: Int, $after: String, $filter: BudgetFactFilter) {
    budgetFacts(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      rows { budgetId budgetCode orgUnitCode category fiscalYear month currency planned actual reportingCurrency plannedReporting actualReporting missingRate }
    }
  }`;

const BUDGETS_NESTED = `
  query Budgets($filter: BudgetFilter) {
    budgets(first: 1000, filter: $filter) {
      nodes { id code fiscalYear currency planned orgUnit { code } }
    }
  }`;

type KpiFactRow = Record<string, any>;

async function allRows(
  t: TestApp,
  query: string,
  field: string,
  variables: Record<string, unknown>,
  first = 7,
) {
  const rows: KpiFactRow[] = [];
  let after: string | null = null;
  for (;;) {
    const data: any = await t.execute(query, { ...variables, first, after });
    rows.push(...data[field].rows);
    if (!data[field].pageInfo.hasNextPage) return rows;
    after = data[field].pageInfo.endCursor;
  }
}

/** Attainment and status per the documented rule, computed here independently of the SQL. */
function expectedStatus(
  direction: string,
  value: number | null,
  target: number | null,
  amber: number,
  red: number,
) {
  if (value === null || target === null) return { attainment: null, status: 'NO_DATA' };
  let attainment: number;
  if (direction === 'HIGHER_IS_BETTER') attainment = target > 0 ? value / target : value >= target ? 1 : 0;
  else attainment = value > 0 && target > 0 ? target / value : value <= target ? 1 : 0;
  const status = attainment >= amber ? 'GREEN' : attainment >= red ? 'AMBER' : 'RED';
  return { attainment, status };
}

describe('flat fact tables', () => {
  let t: TestApp;
  let unitId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const seed = new SeedBuilder(t.em());
    const parent = seed.orgUnit({ code: 'FACT-P' });
    const child = seed.orgUnit({ code: 'FACT-C', parent });
    const other = seed.orgUnit({ code: 'FACT-O' });
    for (let k = 0; k < 12; k++) {
      const kpi = seed.kpi({
        code: `FK-${String(k).padStart(2, '0')}`,
        orgUnit: [parent, child, other][k % 3],
        direction: k % 2 ? KpiDirection.LOWER_IS_BETTER : KpiDirection.HIGHER_IS_BETTER,
        processArea: k % 4 ? ProcessArea.PRODUCTION : ProcessArea.QUALITY,
      });
      for (let month = 1; month <= 12; month++) {
        const period = `2025-${String(month).padStart(2, '0')}-01`;
        // Gaps on purpose: some periods have only a value, some only a target, some a zero.
        if ((k + month) % 5 !== 0) seed.measurement(kpi, period, ((k * 7 + month * 3) % 11) * 9);
        if ((k + month) % 4 !== 0) seed.kpiTarget(kpi, period, [0, 90, 50][(k + month) % 3]);
      }
    }
    // USD rates for January to November only: December is missing on purpose.
    for (let month = 1; month <= 11; month++) {
      seed.rate('USD', `2025-${String(month).padStart(2, '0')}-01`, (0.9 + month / 100).toFixed(8));
    }
    for (let b = 0; b < 5; b++) {
      const budget = seed.budget({
        code: `FB-${b}`,
        orgUnit: [parent, child, other][b % 3],
        fiscalYear: 2025,
        currency: b % 2 ? 'USD' : 'EUR',
        planned: `${(b + 1) * 1000}.50`,
      });
      for (let month = 1; month <= 12; month += 1 + (b % 2)) {
        seed.actual(budget, `2025-${String(month).padStart(2, '0')}-01`, `${b * 100 + month}.25`);
      }
    }
    const funded = seed.budget({ code: 'FB-PROJ', orgUnit: child, fiscalYear: 2025, planned: '5000.00' });
    seed.actual(funded, '2025-01-01', '100.10');
    seed.actual(funded, '2025-02-01', '200.20');
    seed.project({ code: 'FP-LATE', orgUnit: child, budget: funded, plannedEnd: '2025-06-30' });
    seed.project({ code: 'FP-EARLY', orgUnit: other, plannedEnd: '2025-06-30', actualEnd: '2025-06-20' });
    await seed.flush();
    unitId = (await t.execute('{ orgUnits(filter: { code: "FACT-P" }) { nodes { id } } }')).orgUnits.nodes[0]
      .id;
  });
  afterAll(() => t.close());

  it('kpiFacts match the nested KPIs, measurements and targets for the same filter', async () => {
    const kpiFilter = { orgUnitId: unitId, includeSubunits: true, processArea: 'PRODUCTION' };
    const facts = await allRows(t, KPI_FACTS, 'kpiFacts', {
      filter: { ...kpiFilter, period: { gte: '2025-01-01', lte: '2025-12-01' } },
    });
    const nested = (await t.execute(KPIS_NESTED, { filter: kpiFilter })).kpis.nodes as any[];
    const expected: KpiFactRow[] = [];
    for (const kpi of nested) {
      const periods = new Set<string>([
        ...kpi.measurements.map((m: any) => m.period),
        ...kpi.targets.map((x: any) => x.period),
      ]);
      for (const period of periods) {
        const m = kpi.measurements.find((x: any) => x.period === period);
        const target = kpi.targets.find((x: any) => x.period === period);
        const value = m ? m.value : null;
        const rule = expectedStatus(
          kpi.direction,
          value,
          target?.value ?? null,
          kpi.amberThreshold,
          kpi.redThreshold,
        );
        expected.push({
          kpiId: kpi.id,
          kpiCode: kpi.code,
          kpiName: kpi.name,
          unit: kpi.unit,
          direction: kpi.direction,
          processArea: kpi.processArea,
          orgUnitId: kpi.orgUnit.id,
          orgUnitCode: kpi.orgUnit.code,
          orgUnitName: kpi.orgUnit.name,
          period,
          value,
          target: target?.value ?? null,
          attainment: rule.attainment,
          status: rule.status,
          source: m ? m.source : null,
        });
      }
    }
    // Default order: period, then KPI (by id, which follows creation order = code order here).
    expected.sort((a, b) =>
      a.period < b.period ? -1 : a.period > b.period ? 1 : a.kpiCode < b.kpiCode ? -1 : 1,
    );
    expect(nested.length).toBeGreaterThan(3);
    expect(facts.length).toBe(expected.length);
    expect(facts.map(({ attainment: _a, ...rest }) => rest)).toEqual(
      expected.map(({ attainment: _e, ...rest }) => rest),
    );
    facts.forEach((row, i) => {
      if (expected[i].attainment === null) expect(row.attainment).toBeNull();
      else expect(row.attainment).toBeCloseTo(expected[i].attainment, 6);
    });
    expect(new Set(facts.map((f) => f.status))).toEqual(new Set(['GREEN', 'AMBER', 'RED', 'NO_DATA']));
  });

  it('budgetFacts have 12 months per budget that match the nested budgets and actuals', async () => {
    const facts = await allRows(t, BUDGET_FACTS, 'budgetFacts', { filter: { fiscalYear: 2025 } }, 9);
    const nested = (await t.execute(BUDGETS_NESTED, { filter: { fiscalYear: 2025 } })).budgets.nodes as any[];
    // Budget.actuals is not in the schema yet: the actuals come from the table.
    const actuals = await t.em().find(BudgetActual, {}, { populate: ['budget'] });
    for (const budget of nested) {
      budget.actuals = actuals
        .filter((a) => a.budget.code === budget.code)
        .map((a) => ({ month: a.month, amount: a.amount }));
    }
    expect(facts.length).toBe(nested.length * 12);
    for (const budget of nested) {
      const rows = facts.filter((f) => f.budgetId === budget.id);
      expect(rows.map((r) => r.month)).toEqual(
        Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}-01`),
      );
      for (const row of rows) {
        const actual = budget.actuals.find((a: any) => a.month === row.month);
        expect(row).toMatchObject({
          budgetCode: budget.code,
          orgUnitCode: budget.orgUnit.code,
          planned: budget.planned,
          currency: budget.currency,
          actual: actual ? actual.amount : null,
          reportingCurrency: 'EUR',
        });
        if (budget.currency === 'EUR') {
          expect(row.missingRate).toBe(false);
          expect(row.actualReporting).toBe(actual ? actual.amount : null);
        } else if (row.month === '2025-12-01') {
          // No December rate on file: null and flagged, never a guess.
          expect(row.missingRate).toBe(true);
          expect(row.actualReporting).toBeNull();
        } else {
          const rate = 0.9 + Number(row.month.slice(5, 7)) / 100;
          expect(row.missingRate).toBe(false);
          if (actual) expect(Number(row.actualReporting)).toBeCloseTo(Number(actual.amount) * rate, 1);
          expect(Number(row.plannedReporting)).toBeCloseTo(Number(budget.planned) * 0.91, 1);
        }
      }
    }
    const december = await allRows(t, BUDGET_FACTS, 'budgetFacts', {
      filter: { fiscalYear: 2025, missingRate: true },
    });
    expect(december.length).toBe(nested.filter((b) => b.currency === 'USD').length);
  });

  it('projectFacts is one row per project with its funding, spend and slip', async () => {
    const data = await t.execute(`{ projectFacts(first: 10, filter: { search: "FP-" }) {
      totalCount
      rows { projectCode orgUnitCode fundingBudgetCode currency plannedSpend actualSpend scheduleSlipDays actualEnd }
    } }`);
    const today = new Date().toISOString().slice(0, 10);
    const lateDays = Math.round((Date.parse(today) - Date.parse('2025-06-30')) / 86_400_000);
    expect(data.projectFacts.totalCount).toBe(2);
    expect(data.projectFacts.rows).toEqual([
      {
        projectCode: 'FP-EARLY',
        orgUnitCode: 'FACT-O',
        fundingBudgetCode: null,
        currency: null,
        plannedSpend: null,
        actualSpend: null,
        scheduleSlipDays: -10,
        actualEnd: '2025-06-20',
      },
      {
        projectCode: 'FP-LATE',
        orgUnitCode: 'FACT-C',
        fundingBudgetCode: 'FB-PROJ',
        currency: 'EUR',
        plannedSpend: '5000.00',
        actualSpend: '300.30',
        scheduleSlipDays: lateDays,
        actualEnd: null,
      },
    ]);
  });

  it('costs the same SQL statements on page 50 as on page 1, and rejects bad paging', async () => {
    const page1 = await t.countSql(() => t.execute(KPI_FACTS, { first: 2 }));
    let after: string | null = null;
    for (let page = 1; page < 50; page++) {
      after = (await t.execute(KPI_FACTS, { first: 2, after })).kpiFacts.pageInfo.endCursor;
    }
    let rows = 0;
    const page50 = await t.countSql(async () => {
      rows = (await t.execute(KPI_FACTS, { first: 2, after })).kpiFacts.rows.length;
    });
    expect(rows).toBe(2);
    expect(page50).toBe(page1);
    expect(page1).toBe(2);

    const foreign = await t.request(KPI_FACTS, { first: 2, after, filter: { processArea: 'QUALITY' } });
    expect(foreign.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const big = await t.request(KPI_FACTS, { first: 1001 });
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const inverted = await t.request(KPI_FACTS, {
      filter: { period: { gte: '2025-06-01', lte: '2025-01-01' } },
    });
    expect(inverted.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
