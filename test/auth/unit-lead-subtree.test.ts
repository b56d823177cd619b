import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { Role } from '../../src/auth/role.enum';
import { encodeGlobalId } from '../../src/graphql/global-id';
import { KpiMeasurement } from '../../src/operations/kpi-measurement.entity';
import { OrgUnit } from '../../src/organisation/org-unit.entity';
import { StrategicGoal } from '../../src/strategy/strategic-goal.entity';
import { ProjectHealth } from '../../src/technology/project-health.enum';
import { TechProject } from '../../src/technology/tech-project.entity';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

/**
 * A company with two sibling subtrees A (A, A1) and B (B, B1) under a root, linked across in every
 * way the model allows (shared goals, a B budget funding an A project, an A budget funding a B
 * project, risks on shared goals). Everything of B carries the marker `B.SIDE` in its code, name or
 * title ('.' never occurs in a global ID), and every B row's global ID is collected: a UNIT_LEAD of
 * A must see none of them anywhere, while ADMIN sees them all (so every check can fail).
 */
const MARK = 'B.SIDE';
const AS_OF = '2026-12-31';

describe('UNIT_LEAD sees its subtree and nothing else', () => {
  let t: TestApp;
  let lead: Record<string, string>;
  let admin: Record<string, string>;
  /** Global IDs of every row of subtree B (and of links that belong to B items). */
  const bIds: string[] = [];
  const id: Record<string, string> = {};
  let pbVersion = 0;
  let pbId = 0;

  beforeAll(async () => {
    t = await startTestApp();
    const seed = new SeedBuilder(t.em());
    const root = seed.orgUnit({ code: 'SUB-ROOT' });
    const a = seed.orgUnit({ code: 'A-UNIT', parent: root });
    const a1 = seed.orgUnit({ code: 'A1-UNIT', parent: a });
    const b = seed.orgUnit({ code: `${MARK}.UNIT`, parent: root });
    const b1 = seed.orgUnit({ code: `${MARK}.UNIT1`, parent: b });
    const personA = seed.person({ name: 'Ann Alpha', orgUnit: a });
    const personB = seed.person({ name: `Bob ${MARK}`, orgUnit: b });
    const ceo = seed.person({ name: `Cleo ${MARK} CEO` });

    const corporate = seed.goal({ code: 'CORP-G', owner: ceo });
    const goalA = seed.goal({ code: 'A-GOAL', parent: corporate });
    const goalB = seed.goal({ code: `${MARK}.GOAL`, parent: corporate, owner: personB });
    const shared = seed.goal({ code: 'SHARED-G', parent: corporate });
    const unrelated = seed.goal({ code: `${MARK}.LONELY` });

    const kpiA = seed.kpi({ orgUnit: a1, code: 'A-KPI', owner: personA });
    const kpiB = seed.kpi({ orgUnit: b1, code: `${MARK}.KPI`, owner: personB });
    const targets = [seed.kpiTarget(kpiA, '2026-01-01', 100), seed.kpiTarget(kpiB, '2026-01-01', 100)];
    const measurements = [seed.measurement(kpiA, '2026-01-01', 80), seed.measurement(kpiB, '2026-01-01', 95)];
    const krA = seed.keyResult({ goal: goalA, kpi: kpiA });
    const krB = seed.keyResult({ goal: goalB, kpi: kpiB });
    const krSharedA = seed.keyResult({ goal: shared, kpi: kpiA, weight: 0.5 });
    const krSharedB = seed.keyResult({ goal: shared, kpi: kpiB, weight: 0.5 });

    const budgetA = seed.budget({ orgUnit: a, code: 'A-BUDGET', goal: goalA, planned: '1000.00' });
    const budgetB = seed.budget({ orgUnit: b, code: `${MARK}.BUDGET`, goal: goalB, planned: '5000.00' });
    const actualA = seed.actual(budgetA, '2026-01-01', '100.00');
    const actualB = seed.actual(budgetB, '2026-01-01', '700.00');

    // Cross-funding: a B budget funds the A project, the A budget funds the B project.
    const projectA = seed.project({
      orgUnit: a1,
      code: 'A-PROJ',
      budget: budgetB,
      health: ProjectHealth.AMBER,
    });
    const projectB = seed.project({ orgUnit: b, code: `${MARK}.PROJ`, budget: budgetA, sponsor: personB });
    const milestoneA = seed.milestone({ project: projectA, title: 'A milestone' });
    const milestoneB = seed.milestone({ project: projectB, title: `${MARK} milestone` });
    const cA = seed.contribution(projectA, goalA);
    const cSharedA = seed.contribution(projectA, shared, 0.5);
    const cB = seed.contribution(projectB, goalB);
    const cSharedB = seed.contribution(projectB, shared, 0.5);

    const riskA = seed.risk({ title: 'A risk', kpi: kpiA });
    const riskShared = seed.risk({
      title: 'Shared goal risk',
      goal: shared,
      project: projectB,
      likelihood: 2,
    });
    const riskB = seed.risk({ title: `${MARK} project risk`, project: projectB });
    const riskGoalB = seed.risk({ title: `${MARK} goal risk`, goal: goalB, owner: personB });
    seed.rate('EUR', '2026-01-01', '1');
    await seed.flush();

    const g = (type: string, row: { id: number }) => encodeGlobalId(type, row.id);
    bIds.push(
      g('OrgUnit', b),
      g('OrgUnit', b1),
      g('OrgUnit', root),
      g('Person', personB),
      g('Person', ceo),
      g('StrategicGoal', goalB),
      g('StrategicGoal', unrelated),
      g('Kpi', kpiB),
      g('KpiTarget', targets[1]),
      g('KpiMeasurement', measurements[1]),
      g('KeyResult', krB),
      g('KeyResult', krSharedB),
      g('Budget', budgetB),
      g('BudgetActual', actualB),
      g('TechProject', projectB),
      g('Milestone', milestoneB),
      g('ProjectContribution', cB),
      g('ProjectContribution', cSharedB),
      g('Risk', riskB),
      g('Risk', riskGoalB),
    );
    Object.assign(id, {
      a: g('OrgUnit', a),
      a1: g('OrgUnit', a1),
      b: g('OrgUnit', b),
      personA: g('Person', personA),
      corporate: g('StrategicGoal', corporate),
      goalA: g('StrategicGoal', goalA),
      shared: g('StrategicGoal', shared),
      kpiA: g('Kpi', kpiA),
      krA: g('KeyResult', krA),
      krSharedA: g('KeyResult', krSharedA),
      budgetA: g('Budget', budgetA),
      projectA: g('TechProject', projectA),
      milestoneA: g('Milestone', milestoneA),
      cA: g('ProjectContribution', cA),
      cSharedA: g('ProjectContribution', cSharedA),
      riskA: g('Risk', riskA),
      riskShared: g('Risk', riskShared),
      actualA: g('BudgetActual', actualA),
    });
    pbId = projectB.id;
    pbVersion = projectB.version;
    lead = await t.as(Role.UNIT_LEAD, id.a);
    admin = await t.as(Role.ADMIN);
  });
  afterAll(() => t?.close());

  /**
   * Whether `text` (JSON or CSV) mentions `marker`: the B text marker anywhere, a global ID only as
   * a whole value (`Kpi:2` must not match inside `Kpi:20`).
   */
  function mentions(text: string, marker: string): boolean {
    if (marker === MARK) return text.includes(MARK);
    return new RegExp(`(^|[^A-Za-z0-9_-])${marker}($|[^A-Za-z0-9_-])`).test(text);
  }

  /** Fails with the leaked markers when `value` mentions anything of subtree B. */
  function expectNothingOfB(value: unknown): void {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    const leaked = [MARK, ...bIds].filter((marker) => mentions(text, marker));
    expect(leaked).toEqual([]);
  }

  /** The other side of every check: ADMIN does see B, so the check above can fail. */
  function expectAllOfB(value: unknown, markers: string[]): void {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    expect(markers.filter((marker) => !mentions(text, marker))).toEqual([]);
  }

  const ids = (connection: { nodes: { id: string }[] }) => connection.nodes.map((node) => node.id).sort();

  const LISTS = `query ($asOf: Date) {
    orgUnits(first: 100) { totalCount nodes { id code parent { id code }
      children { id code } kpis { id code } people { id name } projects { id code } } }
    people(first: 100) { totalCount nodes { id name orgUnit { id code } goals { id code } } }
    kpis(first: 100) { totalCount nodes { id code owner { id name }
      orgUnit { id code parent { id code kpis { id code } children { id code } parent { id code } } }
      keyResults { id goal { id code kpis { id code } } } measurements { id value } targets { id value }
      risks { id title } latest(asOf: $asOf) { value } } }
    budgets(first: 100) { totalCount nodes { id code goal { id code keyResults { id kpi { code } } }
      orgUnit { id code } projects { id code } actual(asOf: $asOf) } }
    projects(first: 100) { totalCount nodes { id code budget { id code } sponsor { id name }
      milestones { id title } contributions { id goal { id code } } goals { id code }
      risks { id title } budgetBurnPct(asOf: $asOf) } }
    goals(first: 100) { totalCount nodes { id code parent { id code } owner { id name }
      children { id code } keyResults { id kpi { code } } kpis { id code } projects { id code }
      contributions { id project { id code budget { id code } } } risks { id title project { id } kpi { id } }
      riskExposure health(asOf: $asOf) { score status drivers { label itemId reason } }
      executionItems { itemId code goalId goalCode } } }
    risks(first: 100) { totalCount nodes { id title goal { id code } project { id code } kpi { id code } owner { id name } } }
  }`;

  it('every top-level list, its totalCount and every nested relation hold only the subtree', async () => {
    const mine = await t.execute(LISTS, { asOf: AS_OF }, lead);
    expectNothingOfB(mine);
    // No field lists budget actuals, so only their IDs are left out of ADMIN's side.
    const listed = bIds.filter(
      (gid) => !Buffer.from(gid, 'base64url').toString().startsWith('BudgetActual:'),
    );
    expectAllOfB(await t.execute(LISTS, { asOf: AS_OF }, admin), [MARK, ...listed]);

    expect(ids(mine.orgUnits)).toEqual([id.a, id.a1].sort());
    expect(ids(mine.people)).toEqual([id.personA]);
    expect(ids(mine.kpis)).toEqual([id.kpiA]);
    expect(ids(mine.budgets)).toEqual([id.budgetA]);
    expect(ids(mine.projects)).toEqual([id.projectA]);
    // The goals its work serves, up to the corporate goal; not the B goal, not the unrelated one.
    expect(ids(mine.goals)).toEqual([id.corporate, id.goalA, id.shared].sort());
    // Its KPI's risk, and the risk on the shared goal it serves (whose B project stays hidden).
    expect(ids(mine.risks)).toEqual([id.riskA, id.riskShared].sort());
    for (const list of ['orgUnits', 'people', 'kpis', 'budgets', 'projects', 'goals', 'risks']) {
      expect({ list, totalCount: mine[list].totalCount }).toEqual({
        list,
        totalCount: mine[list].nodes.length,
      });
    }

    // References leaving the subtree are null, not errors; inverse lists leave B out.
    const unitA = mine.orgUnits.nodes.find((u: { id: string }) => u.id === id.a);
    expect(unitA.parent).toBeNull();
    const project = mine.projects.nodes[0];
    expect(project.budget).toBeNull();
    expect(project.budgetBurnPct).toBeNull();
    expect(mine.budgets.nodes[0].projects).toEqual([]);
    const shared = mine.goals.nodes.find((goal: { id: string }) => goal.id === id.shared);
    expect(shared.kpis).toEqual([{ id: id.kpiA, code: 'A-KPI' }]);
    expect(shared.keyResults.map((kr: { id: string }) => kr.id)).toEqual([id.krSharedA]);
    expect(shared.contributions.map((c: { id: string }) => c.id)).toEqual([id.cSharedA]);
    expect(shared.risks).toEqual([
      { id: id.riskShared, title: 'Shared goal risk', project: null, kpi: null },
    ]);
    const corporate = mine.goals.nodes.find((goal: { id: string }) => goal.id === id.corporate);
    expect(corporate.owner).toBeNull();
    expect(corporate.children.map((c: { code: string }) => c.code).sort()).toEqual(['A-GOAL', 'SHARED-G']);
  });

  it('every by-ID query is null for a row of B, without an error, and works for A', async () => {
    const query = `query ($unit: ID!, $person: ID!, $goal: ID!, $kr: ID!, $kpi: ID!, $project: ID!,
        $milestone: ID!, $risk: ID!, $code: String!) {
      orgUnit(id: $unit) { id } person(id: $person) { id } goal(id: $goal) { id } keyResult(id: $kr) { id }
      kpi(id: $kpi) { id } kpiByCode(code: $code) { id } project(id: $project) { id }
      milestone(id: $milestone) { id } risk(id: $risk) { id } }`;
    const pick = (type: string) =>
      bIds.find((gid) => Buffer.from(gid, 'base64url').toString().startsWith(`${type}:`))!;
    const outside = await t.request(
      query,
      {
        unit: id.b,
        person: pick('Person'),
        goal: pick('StrategicGoal'),
        kr: pick('KeyResult'),
        kpi: pick('Kpi'),
        project: pick('TechProject'),
        milestone: pick('Milestone'),
        risk: pick('Risk'),
        code: `${MARK}.KPI`,
      },
      lead,
    );
    expect(outside.errors).toBeUndefined();
    expect(Object.values(outside.data!).every((value) => value === null)).toBe(true);

    const inside = await t.execute(
      query,
      {
        unit: id.a1,
        person: id.personA,
        goal: id.shared,
        kr: id.krA,
        kpi: id.kpiA,
        project: id.projectA,
        milestone: id.milestoneA,
        risk: id.riskShared,
        code: 'A-KPI',
      },
      lead,
    );
    expect(Object.values(inside).every((value) => value !== null)).toBe(true);
  });

  it('views and aggregates equal what ADMIN sees when filtering to A, and show nothing of B', async () => {
    const views = `query ($unit: ID, $asOf: Date) {
      executiveSummary(fiscalYear: 2026, orgUnitId: $unit, asOf: $asOf) {
        strategy { goals averageScore byStatus { key count } worstGoals { goal { id code } score status } }
        finance { planned actual variance variancePct byCategory { key planned actual } }
        technology { projects byStatus { key count } byHealth { key count } redProjects budgetOfRedProjects }
        operations { kpis byProcessArea { key kpis green amber red noData averageAttainment } worstKpis { kpi { id code } } } }
      byUnit: budgetVariance(fiscalYear: 2026, groupBy: ORG_UNIT, orgUnitId: $unit, asOf: $asOf) { key label planned actual variance }
      byGoal: budgetVariance(fiscalYear: 2026, groupBy: GOAL, orgUnitId: $unit, asOf: $asOf) { key label planned actual }
      byCategory: budgetVariance(fiscalYear: 2026, groupBy: CATEGORY, orgUnitId: $unit, asOf: $asOf) { key planned actual }
      kpiByUnit: kpiAttainment(period: "2026-01-01", groupBy: ORG_UNIT, orgUnitId: $unit, asOf: $asOf) { key label kpis green amber red noData averageAttainment }
      kpiByGoal: kpiAttainment(period: "2026-01-01", groupBy: GOAL, orgUnitId: $unit, asOf: $asOf) { key label kpis averageAttainment }
    }`;
    const mine = await t.execute(views, { asOf: AS_OF }, lead);
    expectNothingOfB(mine);
    const adminOfA = await t.execute(views, { unit: id.a, asOf: AS_OF }, admin);
    expect(mine).toEqual(adminOfA);
    // The lead cannot widen its view with orgUnitId either: B within A's scope is empty.
    const widened = await t.execute(views, { unit: id.b, asOf: AS_OF }, lead);
    expectNothingOfB(widened);
    expect(widened.executiveSummary.finance.planned).toBe('0.00');
    expect(widened.executiveSummary.operations.kpis).toBe(0);
    // ADMIN without a filter sees B's money and KPIs.
    const all = await t.execute(views, { asOf: AS_OF }, admin);
    expect(Number(all.executiveSummary.finance.planned)).toBeGreaterThan(
      Number(mine.executiveSummary.finance.planned),
    );
    expect(all.executiveSummary.operations.kpis).toBeGreaterThan(mine.executiveSummary.operations.kpis);

    const gaps = `{ alignmentGaps(fiscalYear: 2026, asOf: "${AS_OF}") {
      goalsWithoutKeyResults { id code } projectsServingNoGoal { id code }
      budgetsFundingNothing { id code } redKpisWithAllGreenProjects { id code } } }`;
    expectNothingOfB(await t.execute(gaps, {}, lead));
    expectAllOfB(await t.execute(gaps, {}, admin), [`${MARK}.LONELY`]);
  });

  it('trace reaches the goals served up to the corporate goal, and a B item is NOT_FOUND like an unknown one', async () => {
    const trace = `query ($id: ID!) { trace(id: $id) { code paths { link goals { id code } } } }`;
    const mine = await t.execute(trace, { id: id.kpiA }, lead);
    expectNothingOfB(mine);
    expect(mine.trace.paths.map((p: { goals: { code: string }[] }) => p.goals.map((g) => g.code))).toEqual(
      expect.arrayContaining([
        ['A-GOAL', 'CORP-G'],
        ['SHARED-G', 'CORP-G'],
      ]),
    );
    const kpiB = bIds.find((gid) => Buffer.from(gid, 'base64url').toString().startsWith('Kpi:'))!;
    const refused = await t.request(trace, { id: kpiB }, lead);
    const unknown = await t.request(trace, { id: encodeGlobalId('Kpi', 999999) }, lead);
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(refused.errors![0].message.replace(kpiB, '<id>')).toBe(
      unknown.errors![0].message.replace(encodeGlobalId('Kpi', 999999), '<id>'),
    );
    expect((await t.execute(trace, { id: kpiB }, admin)).trace.code).toBe(`${MARK}.KPI`);
  });

  it('facts and their totalCount hold only the subtree; a B budget funding an A project is not shown', async () => {
    const facts = `{
      kpiFacts(first: 100) { totalCount rows { kpiCode orgUnitId orgUnitCode value } }
      budgetFacts(first: 100) { totalCount rows { budgetCode orgUnitId actual planned } }
      projectFacts(first: 100) { totalCount rows { projectCode orgUnitId fundingBudgetCode plannedSpend actualSpend } }
    }`;
    const mine = await t.execute(facts, {}, lead);
    expectNothingOfB(mine);
    const all = await t.execute(facts, {}, admin);
    expectAllOfB(all, [`${MARK}.KPI`, `${MARK}.BUDGET`, `${MARK}.PROJ`]);
    const inA = new Set([id.a, id.a1]);
    for (const name of ['kpiFacts', 'budgetFacts', 'projectFacts']) {
      const adminRowsOfA = all[name].rows.filter((row: { orgUnitId: string }) => inA.has(row.orgUnitId));
      expect({ name, count: mine[name].totalCount }).toEqual({ name, count: adminRowsOfA.length });
      expect(mine[name].rows.length).toBe(adminRowsOfA.length);
    }
    expect(mine.projectFacts.rows).toEqual([
      expect.objectContaining({
        projectCode: 'A-PROJ',
        fundingBudgetCode: null,
        plannedSpend: null,
        actualSpend: null,
      }),
    ]);
  });

  it.each(['kpi-facts', 'budget-facts', 'project-facts'])(
    'the %s CSV export holds only the subtree',
    async (name) => {
      const url = `${t.url.replace(/\/graphql$/, '')}/export/${name}.csv`;
      const mine = await fetch(url, { headers: lead });
      const theirs = await fetch(url, { headers: admin });
      expect(mine.status).toBe(200);
      expect(theirs.status).toBe(200);
      const [mineText, adminText] = [await mine.text(), await theirs.text()];
      expectNothingOfB(mineText);
      expect(adminText).toContain(MARK);
      expect(mineText).toMatch(/A-(KPI|BUDGET|PROJ)/);
    },
  );

  it('reportProjectProgress on a B project is NOT_FOUND like an unknown one and writes nothing', async () => {
    const report = `mutation ($id: ID!, $version: Int!) {
      reportProjectProgress(id: $id, version: $version, progress: 99, health: RED) { id progress } }`;
    const projectB = encodeGlobalId('TechProject', pbId);
    const auditBefore = await t.em().count(AuditEntry, {});
    for (const version of [pbVersion, pbVersion + 7]) {
      const refused = await t.request(report, { id: projectB, version }, lead);
      expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(JSON.stringify(refused)).not.toContain('version');
    }
    const unchanged = await t.em().findOneOrFail(TechProject, pbId);
    expect([unchanged.progress, unchanged.health, unchanged.version]).toEqual([
      50,
      ProjectHealth.GREEN,
      pbVersion,
    ]);
    expect(await t.em().count(AuditEntry, {})).toBe(auditBefore);

    const project = await t.em().findOneOrFail(TechProject, { code: 'A-PROJ' });
    const ok = await t.execute(report, { id: id.projectA, version: project.version }, lead);
    expect(ok.reportProjectProgress.progress).toBe(99);
  });

  it('recordKpiMeasurements for a B KPI is refused and writes nothing', async () => {
    const record = `mutation ($input: [KpiMeasurementInput!]!) { recordKpiMeasurements(input: $input) { inserted } }`;
    const before = await t.em().count(KpiMeasurement, {});
    const refused = await t.request(
      record,
      { input: [{ kpiCode: `${MARK}.KPI`, period: '2026-03-01', value: 1 }] },
      lead,
    );
    expect(refused.errors?.[0].extensions?.code).toMatch(/^(FORBIDDEN|BAD_USER_INPUT)$/);
    expect(await t.em().count(KpiMeasurement, {})).toBe(before);
  });

  it('the scoped nested query costs the same number of SQL statements at two data sizes', async () => {
    const run = () => t.execute(LISTS, { asOf: AS_OF }, lead);
    const [a1] = await t.em().find(OrgUnit, { code: 'A1-UNIT' });
    const [b] = await t.em().find(OrgUnit, { code: `${MARK}.UNIT` });
    const [goalA] = await t.em().find(StrategicGoal, { code: 'A-GOAL' });
    /** `n` more KPIs and projects in A (with everything that hangs off them) and in B. */
    const grow = async (n: number) => {
      const seed = new SeedBuilder(t.em());
      for (let i = 0; i < n; i += 1) {
        const kpi = seed.kpi({ orgUnit: a1 });
        seed.measurement(kpi, '2026-01-01', 70 + i);
        seed.keyResult({ goal: goalA, kpi });
        const project = seed.project({ orgUnit: a1 });
        seed.milestone({ project });
        seed.contribution(project, goalA);
        seed.risk({ kpi, goal: goalA, project });
        seed.kpi({ orgUnit: b, code: `${MARK}.MORE${n}.${i}` });
      }
      await seed.flush();
    };
    // Every relation of the query shape has at least one non-null reference from here on.
    await grow(2);
    const small = await t.countSql(run);
    await grow(10);
    const mine = await run();
    expectNothingOfB(mine);
    expect(mine.kpis.totalCount).toBe(13);
    expect(await t.countSql(run)).toBe(small);
  });
});
