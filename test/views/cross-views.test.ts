import { encodeGlobalId } from '../../src/graphql/global-id';
import { ProcessArea } from '../../src/operations/process-area.enum';
import { ProjectHealth } from '../../src/technology/project-health.enum';
import { ProjectStatus } from '../../src/technology/project-status.enum';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

/**
 * One small company in fiscal year 2035 (no other test data uses that year):
 * corporate goal X-ROOT ← X-CHILD ← X-LEAF; X-ALONE has no key result.
 * KPI X-OEE (production) measures X-LEAF: 80 vs target 100 in 2035-03 → 0.8, RED.
 * KPI X-SALES (sales) measures X-ROOT: 105 vs 100 → GREEN. KPI X-NEW (sales) has no data.
 * Project X-GREEN contributes to X-LEAF and reports GREEN; it is funded by budget X-B1.
 * Project X-ORPHAN serves no goal; budget X-B2 funds nothing; budget X-B3 funds X-CHILD.
 */
describe('attainment, traceability, alignment gaps and executive summary', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp();
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit({ code: 'X-UNIT', name: 'X Unit' });
    const fy = { fiscalYear: 2035, startDate: '2035-01-01', endDate: '2035-12-31' };
    const root = seed.goal({ code: 'X-ROOT', ...fy });
    const child = seed.goal({ code: 'X-CHILD', parent: root, ...fy });
    const leaf = seed.goal({ code: 'X-LEAF', parent: child, ...fy });
    const alone = seed.goal({ code: 'X-ALONE', ...fy });
    const oee = seed.kpi({ orgUnit: unit, code: 'X-OEE', processArea: ProcessArea.PRODUCTION });
    const sales = seed.kpi({ orgUnit: unit, code: 'X-SALES', processArea: ProcessArea.SALES });
    const fresh = seed.kpi({ orgUnit: unit, code: 'X-NEW', processArea: ProcessArea.SALES });
    seed.kpiTarget(oee, '2035-03-01', 100);
    seed.measurement(oee, '2035-03-01', 80);
    seed.kpiTarget(sales, '2035-03-01', 100);
    seed.measurement(sales, '2035-03-01', 105);
    seed.keyResult({ goal: leaf, kpi: oee, weight: 0.5 });
    seed.keyResult({ goal: root, kpi: sales });
    seed.keyResult({ goal: root, kpi: fresh });
    const planDates = { plannedStart: '2035-01-01', plannedEnd: '2035-12-31' };
    const b1 = seed.budget({ orgUnit: unit, code: 'X-B1', fiscalYear: 2035, planned: '1000.00' });
    const b2 = seed.budget({
      orgUnit: unit,
      code: 'X-B2',
      fiscalYear: 2035,
      planned: '500.00',
      category: 'CAPEX' as never,
    });
    seed.budget({ orgUnit: unit, code: 'X-B3', fiscalYear: 2035, planned: '300.00', goal: child });
    seed.actual(b1, '2035-01-01', '100.00');
    const green = seed.project({ orgUnit: unit, code: 'X-GREEN', budget: b1, ...planDates });
    seed.contribution(green, leaf, 0.8);
    seed.project({ orgUnit: unit, code: 'X-ORPHAN', health: ProjectHealth.RED, budget: b2, ...planDates });
    seed.project({ orgUnit: unit, code: 'X-CANCELLED', status: ProjectStatus.CANCELLED, ...planDates });
    await seed.flush();
    Object.assign(ids, {
      unit: encodeGlobalId('OrgUnit', unit.id),
      root: encodeGlobalId('StrategicGoal', root.id),
      child: encodeGlobalId('StrategicGoal', child.id),
      leaf: encodeGlobalId('StrategicGoal', leaf.id),
      alone: encodeGlobalId('StrategicGoal', alone.id),
      oee: encodeGlobalId('Kpi', oee.id),
      b1: encodeGlobalId('Budget', b1.id),
      b2: encodeGlobalId('Budget', b2.id),
      green: encodeGlobalId('TechProject', green.id),
    });
  });
  afterAll(() => t.close());

  it('groups KPI attainment by process area, org unit and goal', async () => {
    const query = `query ($g: KpiGrouping!, $unit: ID) { kpiAttainment(period: "2035-03-01", groupBy: $g, asOf: "2035-12-31", orgUnitId: $unit) {
      key label kpis green amber red noData averageAttainment } }`;
    const byArea = (await t.execute(query, { g: 'PROCESS_AREA', unit: ids.unit })).kpiAttainment;
    // PRODUCTION: X-OEE 0.8 → RED. SALES: X-SALES 1.05 → GREEN, X-NEW no data; mean over those with data = 1.05.
    expect(byArea).toEqual([
      {
        key: 'PRODUCTION',
        label: 'PRODUCTION',
        kpis: 1,
        green: 0,
        amber: 0,
        red: 1,
        noData: 0,
        averageAttainment: 0.8,
      },
      {
        key: 'SALES',
        label: 'SALES',
        kpis: 2,
        green: 1,
        amber: 0,
        red: 0,
        noData: 1,
        averageAttainment: 1.05,
      },
    ]);
    const byUnit = (await t.execute(query, { g: 'ORG_UNIT', unit: ids.unit })).kpiAttainment;
    // All three: mean of 0.8 and 1.05 = 0.925.
    expect(byUnit).toEqual([
      expect.objectContaining({ key: ids.unit, kpis: 3, red: 1, green: 1, noData: 1 }),
    ]);
    expect(byUnit[0].averageAttainment).toBeCloseTo(0.925, 10);
    const byGoal = (await t.execute(query, { g: 'GOAL', unit: ids.unit })).kpiAttainment;
    expect(byGoal.map((r: { key: string; kpis: number }) => [r.key, r.kpis]).sort()).toEqual(
      [
        [ids.leaf, 1],
        [ids.root, 2],
      ].sort(),
    );
    // asOf before the measurement: everything NO_DATA.
    const early = (
      await t.execute(
        `{ kpiAttainment(period: "2035-03-01", groupBy: ORG_UNIT, asOf: "2035-02-28", orgUnitId: "${ids.unit}") { noData averageAttainment } }`,
      )
    ).kpiAttainment;
    expect(early).toEqual([{ noData: 3, averageAttainment: null }]);
  });

  it('traces items up to the corporate goal and lists execution items down the tree', async () => {
    const trace = `query ($id: ID!) { trace(id: $id) { kind code paths { link weight goals { code } } } }`;
    expect((await t.execute(trace, { id: ids.oee })).trace).toEqual({
      kind: 'KPI',
      code: 'X-OEE',
      paths: [
        {
          link: 'KEY_RESULT',
          weight: 0.5,
          goals: [{ code: 'X-LEAF' }, { code: 'X-CHILD' }, { code: 'X-ROOT' }],
        },
      ],
    });
    // X-B1 funds project X-GREEN, which serves X-LEAF.
    expect((await t.execute(trace, { id: ids.b1 })).trace.paths).toEqual([
      {
        link: 'FUNDS_PROJECT',
        weight: 0.8,
        goals: [{ code: 'X-LEAF' }, { code: 'X-CHILD' }, { code: 'X-ROOT' }],
      },
    ]);
    expect((await t.execute(trace, { id: ids.b2 })).trace.paths).toEqual([]);
    // X-GREEN contributes to X-LEAF with weight 0.8.
    expect((await t.execute(trace, { id: ids.green })).trace).toEqual({
      kind: 'PROJECT',
      code: 'X-GREEN',
      paths: [
        {
          link: 'CONTRIBUTION',
          weight: 0.8,
          goals: [{ code: 'X-LEAF' }, { code: 'X-CHILD' }, { code: 'X-ROOT' }],
        },
      ],
    });
    expect((await t.request(trace, { id: ids.root })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.request(trace, { id: encodeGlobalId('Kpi', 999999) })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );

    const items = (
      await t.execute(
        `query ($id: ID!) { node(id: $id) { ... on StrategicGoal { executionItems { kind code link goalCode depth } } } }`,
        { id: ids.root },
      )
    ).node.executionItems;
    expect(items).toEqual([
      { kind: 'KPI', code: 'X-NEW', link: 'KEY_RESULT', goalCode: 'X-ROOT', depth: 0 },
      { kind: 'KPI', code: 'X-SALES', link: 'KEY_RESULT', goalCode: 'X-ROOT', depth: 0 },
      { kind: 'BUDGET', code: 'X-B3', link: 'FUNDS_GOAL', goalCode: 'X-CHILD', depth: 1 },
      { kind: 'BUDGET', code: 'X-B1', link: 'FUNDS_PROJECT', goalCode: 'X-LEAF', depth: 2 },
      { kind: 'KPI', code: 'X-OEE', link: 'KEY_RESULT', goalCode: 'X-LEAF', depth: 2 },
      { kind: 'PROJECT', code: 'X-GREEN', link: 'CONTRIBUTION', goalCode: 'X-LEAF', depth: 2 },
    ]);
  });

  it('finds alignment gaps', async () => {
    const gaps = (
      await t.execute(`{ alignmentGaps(fiscalYear: 2035, asOf: "2035-12-31") {
      goalsWithoutKeyResults { code } projectsServingNoGoal { code } budgetsFundingNothing { code } redKpisWithAllGreenProjects { code } } }`)
    ).alignmentGaps;
    expect(gaps).toEqual({
      goalsWithoutKeyResults: [{ code: 'X-ALONE' }, { code: 'X-CHILD' }],
      projectsServingNoGoal: [{ code: 'X-ORPHAN' }],
      // X-B2 funds X-ORPHAN, a project: only budgets funding neither goal nor project count.
      budgetsFundingNothing: [],
      // X-OEE is RED (0.8) and X-GREEN, the only project of X-LEAF, reports GREEN.
      redKpisWithAllGreenProjects: [{ code: 'X-OEE' }],
    });
    const early = (
      await t.execute(
        `{ alignmentGaps(fiscalYear: 2035, asOf: "2035-01-31") { redKpisWithAllGreenProjects { code } } }`,
      )
    ).alignmentGaps;
    expect(early.redKpisWithAllGreenProjects).toEqual([]);
  });

  it('summarises the year per executive', async () => {
    const summary = (
      await t.execute(
        `query ($unit: ID) { executiveSummary(fiscalYear: 2035, asOf: "2035-12-31", orgUnitId: $unit) {
      fiscalYear
      strategy { goals byStatus { key count } averageScore worstGoals { goal { code } score status } }
      finance { currency planned actual variance byCategory { key planned actual } }
      technology { projects byStatus { key count } byHealth { key count } redProjects budgetOfRedProjects }
      operations { kpis byProcessArea { key kpis red green noData } worstKpis { kpi { code } attainment status } } } }`,
        { unit: null },
      )
    ).executiveSummary;
    // Health (asOf 2035-12-31): X-LEAF: KR 0.8 → 80 (w 0.5); X-GREEN GREEN, on schedule → 100 (w 0.8) → (40 + 80) / 1.3 = 92.3.
    // X-CHILD: budget X-B3 has no actuals → child X-LEAF only → 92.3. X-ROOT: X-SALES 1.05 → 100 (w 1), X-NEW no data, child 92.3 (w 1) → 96.15.
    // X-ALONE: NO_DATA. Mean of 96.15, 92.31, 92.31 = 93.6.
    expect(summary.strategy.goals).toBe(4);
    expect(summary.strategy.byStatus).toEqual([
      { key: 'GREEN', count: 3 },
      { key: 'AMBER', count: 0 },
      { key: 'RED', count: 0 },
      { key: 'NO_DATA', count: 1 },
    ]);
    expect(summary.strategy.averageScore).toBe(93.6);
    expect(summary.strategy.worstGoals[0]).toEqual({
      goal: { code: 'X-CHILD' },
      score: 92.3,
      status: 'GREEN',
    });
    // Finance: OPEX 1 000 + 300 planned, 100 spent; CAPEX 500 planned.
    expect(summary.finance).toMatchObject({
      currency: 'EUR',
      planned: '1800.00',
      actual: '100.00',
      variance: '-1700.00',
    });
    expect(summary.finance.byCategory).toEqual([
      { key: 'CAPEX', planned: '500.00', actual: '0.00' },
      { key: 'OPEX', planned: '1300.00', actual: '100.00' },
    ]);
    // Technology: three projects; X-ORPHAN is RED and funded by X-B2 (500).
    expect(summary.technology).toMatchObject({ projects: 3, redProjects: 1, budgetOfRedProjects: '500.00' });
    expect(summary.technology.byHealth).toEqual([
      { key: 'GREEN', count: 2 },
      { key: 'RED', count: 1 },
    ]);
    expect(summary.operations.kpis).toBe(3);
    expect(summary.operations.worstKpis).toEqual([
      { kpi: { code: 'X-OEE' }, attainment: 0.8, status: 'RED' },
      { kpi: { code: 'X-SALES' }, attainment: 1.05, status: 'GREEN' },
    ]);
  });
});
