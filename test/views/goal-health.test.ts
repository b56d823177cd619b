import fc from 'fast-check';
import { encodeGlobalId } from '../../src/graphql/global-id';
import { KpiMeasurement } from '../../src/operations/kpi-measurement.entity';
import { KpiDirection } from '../../src/operations/kpi-direction.enum';
import { RiskStatus } from '../../src/risk/risk-status.enum';
import { ProjectHealth } from '../../src/technology/project-health.enum';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

const HEALTH = `query ($id: ID!, $asOf: Date) {
  node(id: $id) {
    ... on StrategicGoal {
      code
      health(asOf: $asOf) { score status drivers { kind itemId label score weight reason } }
      riskExposure
    }
  }
}`;

describe('goal health roll-up', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp();
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit();
    const root = seed.goal({ code: 'H-ROOT' });
    const c1 = seed.goal({ code: 'H-C1', parent: root });
    const c2 = seed.goal({ code: 'H-C2', parent: root });
    const c2a = seed.goal({ code: 'H-C2A', parent: c2 });
    const empty = seed.goal({ code: 'H-EMPTY' });

    // KR1: higher is better, 90 against a key-result target of 100, weight 0.6.
    const k1 = seed.kpi({ orgUnit: unit, code: 'H-K1' });
    seed.measurement(k1, '2026-04-01', 50);
    seed.measurement(k1, '2026-05-01', 90);
    seed.keyResult({ goal: c1, kpi: k1, targetValue: 100, weight: 0.6 });
    // KR2: lower is better, zero actual against a target of 5, weight 0.4.
    const k2 = seed.kpi({ orgUnit: unit, code: 'H-K2', direction: KpiDirection.LOWER_IS_BETTER });
    seed.measurement(k2, '2026-05-01', 0);
    seed.keyResult({ goal: c1, kpi: k2, targetValue: 5, weight: 0.4 });
    // Project: AMBER, due 2026-06-10 and still open, contribution weight 0.5.
    const p1 = seed.project({
      orgUnit: unit,
      code: 'H-P1',
      health: ProjectHealth.AMBER,
      plannedEnd: '2026-06-10',
    });
    seed.contribution(p1, c1, 0.5);
    // Budget funding C1: 120 000 planned, 11 000 a month for three months.
    const b1 = seed.budget({ orgUnit: unit, code: 'H-B1', planned: '120000.00', goal: c1 });
    for (const month of ['2026-01-01', '2026-02-01', '2026-03-01']) seed.actual(b1, month, '11000.00');
    // C2A: a key result whose KPI was never measured.
    seed.keyResult({ goal: c2a, kpi: seed.kpi({ orgUnit: unit, code: 'H-K3' }) });
    // Risks: open 3×4 and mitigating 2×2 count; closed 5×5 does not.
    seed.risk({ goal: c1, likelihood: 3, impact: 4 });
    seed.risk({ goal: c1, likelihood: 2, impact: 2, status: RiskStatus.MITIGATING });
    seed.risk({ goal: c1, likelihood: 5, impact: 5, status: RiskStatus.CLOSED });
    await seed.flush();
    for (const goal of [root, c1, c2, c2a, empty]) ids[goal.code] = encodeGlobalId('StrategicGoal', goal.id);
  });
  afterAll(() => t.close());

  const health = async (code: string, asOf = '2026-06-30') =>
    (await t.execute(HEALTH, { id: ids[code], asOf })).node;

  it('scores a goal from its key results, projects and budgets (worked by hand)', async () => {
    const goal = await health('H-C1');
    const byKind = Object.fromEntries(goal.health.drivers.map((d: { kind: string }) => [d.kind, d]));
    // KR1: 90 / 100 = 0.9 → 90. KR2: zero defects against 5 → attainment 1 → 100.
    const krs = goal.health.drivers.filter((d: { kind: string }) => d.kind === 'KEY_RESULT');
    expect(krs.map((d: { score: number; weight: number }) => [d.score, d.weight])).toEqual([
      [90, 0.6],
      [100, 0.4],
    ]);
    // Project: AMBER 60; 20 days late on 2026-06-30 → schedule 100 − 20 × 100/90 = 77.78; (60 + 77.78) / 2 = 68.9.
    expect(byKind.PROJECT.score).toBe(68.9);
    expect(byKind.PROJECT.reason).toContain('20 days late');
    // Budget: 33 000 in 3 months → forecast 132 000, 10 % over 120 000 → 100 − 4 × 10 = 60.
    expect(byKind.BUDGET.score).toBe(60);
    // (0.6×90 + 0.4×100 + 0.5×68.889 + 1×60) / (0.6 + 0.4 + 0.5 + 1) = 188.444 / 2.5 = 75.38 → AMBER.
    expect(goal.health.score).toBe(75.4);
    expect(goal.health.status).toBe('AMBER');
    // Open 3×4 + mitigating 2×2 = 16; the closed risk is left out.
    expect(goal.riskExposure).toBe(16);
  });

  it('rolls children up and ignores children without data', async () => {
    // C2A's only KPI was never measured; C2 only has C2A → both NO_DATA.
    expect((await health('H-C2A')).health).toMatchObject({ score: null, status: 'NO_DATA' });
    const c2 = await health('H-C2');
    expect(c2.health).toMatchObject({ score: null, status: 'NO_DATA' });
    expect(c2.health.drivers).toEqual([expect.objectContaining({ kind: 'CHILD_GOAL', score: null })]);
    // Root: C1 (75.38, weight 1) and C2 (no data, left out) → 75.4.
    const root = await health('H-ROOT');
    expect(root.health.score).toBe(75.4);
    expect(
      root.health.drivers.map((d: { label: string; score: number | null }) => [
        d.label.split(' ')[0],
        d.score,
      ]),
    ).toEqual([
      ['H-C1', 75.4],
      ['H-C2', null],
    ]);
  });

  it('is NO_DATA before any data and for a goal without drivers', async () => {
    // Before 2026: no measurement, the project has not started, the 2026 budget does not count yet.
    const early = await health('H-ROOT', '2025-12-31');
    expect(early.health.status).toBe('NO_DATA');
    expect(
      (await health('H-C1', '2025-12-31')).health.drivers.every(
        (d: { score: number | null }) => d.score === null,
      ),
    ).toBe(true);
    expect((await health('H-EMPTY')).health).toEqual({ score: null, status: 'NO_DATA', drivers: [] });
  });

  it('never lowers a goal score when a measurement gets better (property)', async () => {
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit();
    const parent = seed.goal({ code: 'PROP-PARENT' });
    const goal = seed.goal({ code: 'PROP-GOAL', parent });
    const higher = seed.kpi({ orgUnit: unit, code: 'PROP-HI' });
    const lower = seed.kpi({ orgUnit: unit, code: 'PROP-LO', direction: KpiDirection.LOWER_IS_BETTER });
    const kr1 = seed.keyResult({ goal, kpi: higher, targetValue: 100, weight: 0.7 });
    const kr2 = seed.keyResult({ goal, kpi: lower, targetValue: 10, weight: 0.3 });
    const hi = seed.measurement(higher, '2026-03-01', 0);
    const lo = seed.measurement(lower, '2026-03-01', 0);
    seed.contribution(seed.project({ orgUnit: unit, health: ProjectHealth.RED }), goal, 0.4);
    await seed.flush();
    const goalId = encodeGlobalId('StrategicGoal', goal.id);
    const parentId = encodeGlobalId('StrategicGoal', parent.id);
    const scores = async (hiValue: number, loValue: number, hiTarget: number, loTarget: number) => {
      const em = t.em();
      await em.nativeUpdate(KpiMeasurement, { id: hi.id }, { value: hiValue });
      await em.nativeUpdate(KpiMeasurement, { id: lo.id }, { value: loValue });
      await em
        .getConnection()
        .execute('update key_result set target_value = ? where id = ?', [hiTarget, kr1.id]);
      await em
        .getConnection()
        .execute('update key_result set target_value = ? where id = ?', [loTarget, kr2.id]);
      const data = await t.execute(
        `query ($g: ID!, $p: ID!) { g: node(id: $g) { ... on StrategicGoal { health(asOf: "2026-06-30") { score } } }
                                    p: node(id: $p) { ... on StrategicGoal { health(asOf: "2026-06-30") { score } } } }`,
        { g: goalId, p: parentId },
      );
      return [data.g.health.score as number, data.p.health.score as number];
    };
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: -50, max: 300 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: -20, max: 60 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 20 }),
        async (hiValue, hiRaise, loValue, loDrop, hiTarget, loTarget) => {
          const [goalBefore, parentBefore] = await scores(hiValue, loValue, hiTarget, loTarget);
          // Better: the higher-is-better KPI goes up, the lower-is-better KPI goes down.
          const [goalAfter, parentAfter] = await scores(
            hiValue + hiRaise,
            loValue - loDrop,
            hiTarget,
            loTarget,
          );
          expect(goalAfter).toBeGreaterThanOrEqual(goalBefore);
          expect(parentAfter).toBeGreaterThanOrEqual(parentBefore);
        },
      ),
      { numRuns: 25 },
    );
  });
});
