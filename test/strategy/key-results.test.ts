import { encodeGlobalId } from '../../src/graphql/global-id';
import { Kpi } from '../../src/operations/kpi.entity';
import { KeyResult } from '../../src/strategy/key-result.entity';
import { StrategicGoal } from '../../src/strategy/strategic-goal.entity';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

const KEY_RESULT = `
  query KeyResult($id: ID!) {
    keyResult(id: $id) { id targetValue dueDate weight version goal { code } kpi { code } }
  }`;

const KPI_KEY_RESULTS = `
  query KpiKeyResults($id: ID!) {
    node(id: $id) { ... on Kpi { code keyResults { weight goal { code } } } }
  }`;

const CREATE = `
  mutation Create($input: CreateKeyResultInput!) {
    createKeyResult(input: $input) { id targetValue dueDate weight version goal { code } kpi { code } }
  }`;

const UPDATE = `
  mutation Update($id: ID!, $version: Int!, $input: UpdateKeyResultInput!) {
    updateKeyResult(id: $id, version: $version, input: $input) { targetValue dueDate weight version }
  }`;

const DELETE = `
  mutation Delete($id: ID!, $version: Int!) {
    deleteKeyResult(id: $id, version: $version)
  }`;

describe('key results', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function arrange() {
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit();
    const goal = seed.goal();
    const otherGoal = seed.goal();
    const kpi = seed.kpi({ orgUnit: unit });
    const archivedKpi = seed.kpi({ orgUnit: unit, archivedAt: new Date() });
    const archivedGoal = seed.goal({ archivedAt: new Date() });
    await seed.flush();
    return {
      unit,
      goal,
      otherGoal,
      kpi,
      goalId: encodeGlobalId('StrategicGoal', goal.id),
      otherGoalId: encodeGlobalId('StrategicGoal', otherGoal.id),
      kpiId: encodeGlobalId('Kpi', kpi.id),
      archivedKpiId: encodeGlobalId('Kpi', archivedKpi.id),
      archivedGoalId: encodeGlobalId('StrategicGoal', archivedGoal.id),
    };
  }

  it('creates key results, reads them by ID and from the KPI, one per goal and KPI', async () => {
    const a = await arrange();
    const created = await t.execute(CREATE, {
      input: { goalId: a.goalId, kpiId: a.kpiId, targetValue: 97.5, dueDate: '2026-09-30', weight: 0.4 },
    });
    expect(created.createKeyResult).toMatchObject({
      targetValue: 97.5,
      dueDate: '2026-09-30',
      weight: 0.4,
      version: 1,
      goal: { code: a.goal.code },
      kpi: { code: a.kpi.code },
    });
    await t.execute(CREATE, {
      input: { goalId: a.otherGoalId, kpiId: a.kpiId, targetValue: 90, dueDate: '2026-12-31', weight: 1 },
    });

    const read = await t.execute(KEY_RESULT, { id: created.createKeyResult.id });
    expect(read.keyResult).toEqual(created.createKeyResult);
    const fromKpi = await t.execute(KPI_KEY_RESULTS, { id: a.kpiId });
    expect(fromKpi.node.keyResults).toEqual([
      { weight: 0.4, goal: { code: a.goal.code } },
      { weight: 1, goal: { code: a.otherGoal.code } },
    ]);

    const duplicate = await t.request(CREATE, {
      input: { goalId: a.goalId, kpiId: a.kpiId, targetValue: 1, dueDate: '2026-12-31', weight: 0.5 },
    });
    expect(duplicate.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await t.em().count(KeyResult, { goal: a.goal.id })).toBe(1);

    expect((await t.execute(KEY_RESULT, { id: encodeGlobalId('KeyResult', 987654) })).keyResult).toBeNull();
    for (const id of ['!', a.kpiId]) {
      expect((await t.request(KEY_RESULT, { id })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('validates weights, references and archived ends, writing nothing when refused', async () => {
    const a = await arrange();
    const ok = { goalId: a.goalId, kpiId: a.kpiId, targetValue: 10, dueDate: '2026-12-31', weight: 0.5 };
    const cases: [Record<string, unknown>, string, Record<string, unknown>?][] = [
      [{ ...ok, weight: 0 }, 'BAD_USER_INPUT'],
      [{ ...ok, weight: -0.2 }, 'BAD_USER_INPUT'],
      [{ ...ok, weight: 1.01 }, 'BAD_USER_INPUT'],
      [{ ...ok, dueDate: '2026-02-30' }, 'BAD_USER_INPUT'],
      [{ ...ok, kpiId: encodeGlobalId('Kpi', 987654) }, 'NOT_FOUND', { argument: 'kpiId' }],
      [{ ...ok, goalId: encodeGlobalId('StrategicGoal', 987654) }, 'NOT_FOUND', { argument: 'goalId' }],
      [{ ...ok, goalId: a.kpiId }, 'BAD_USER_INPUT', { argument: 'goalId' }],
      [{ ...ok, kpiId: a.archivedKpiId }, 'BAD_USER_INPUT'],
      [{ ...ok, goalId: a.archivedGoalId }, 'BAD_USER_INPUT'],
    ];
    const before = await t.em().count(KeyResult, {});
    for (const [input, code, extensions] of cases) {
      const result = await t.request(CREATE, { input });
      expect({ input, code: result.errors?.[0].extensions?.code }).toEqual({ input, code });
      if (extensions) expect(result.errors?.[0].extensions).toMatchObject(extensions);
    }
    expect(await t.em().count(KeyResult, {})).toBe(before);
  });

  it('updates a key result with its version; a stale version or bad weight writes nothing', async () => {
    const a = await arrange();
    const seed = new SeedBuilder(t.em());
    const keyResult = seed.keyResult({
      goal: seed.em.getReference(StrategicGoal, a.goal.id),
      kpi: seed.em.getReference(Kpi, a.kpi.id),
      weight: 0.3,
    });
    await seed.flush();
    const id = encodeGlobalId('KeyResult', keyResult.id);

    const updated = await t.execute(UPDATE, {
      id,
      version: keyResult.version,
      input: { weight: 0.6, targetValue: 12 },
    });
    expect(updated.updateKeyResult).toEqual({
      targetValue: 12,
      dueDate: '2026-12-31',
      weight: 0.6,
      version: keyResult.version + 1,
    });
    const stale = await t.request(UPDATE, { id, version: keyResult.version, input: { weight: 0.9 } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const badWeight = await t.request(UPDATE, { id, version: keyResult.version + 1, input: { weight: 2 } });
    expect(badWeight.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const nullWeight = await t.request(UPDATE, {
      id,
      version: keyResult.version + 1,
      input: { weight: null },
    });
    expect(nullWeight.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const after = await t.em().findOneOrFail(KeyResult, keyResult.id);
    expect({ weight: after.weight, version: after.version }).toEqual({
      weight: 0.6,
      version: keyResult.version + 1,
    });
  });

  it('lets exactly one of two concurrent updates at the same version win', async () => {
    const a = await arrange();
    const created = await t.execute(CREATE, {
      input: { goalId: a.goalId, kpiId: a.kpiId, targetValue: 1, dueDate: '2026-12-31', weight: 0.5 },
    });
    const id = created.createKeyResult.id;
    const results = await Promise.all(
      [0.2, 0.8].map((weight) => t.request(UPDATE, { id, version: 1, input: { weight } })),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(1);
    const read = await t.execute(KEY_RESULT, { id });
    expect(read.keyResult).toMatchObject({ version: 2, weight: winners[0].data!.updateKeyResult.weight });
  });

  it('deletes a key result with its version and refuses a stale or unknown one', async () => {
    const a = await arrange();
    const created = await t.execute(CREATE, {
      input: { goalId: a.goalId, kpiId: a.kpiId, targetValue: 1, dueDate: '2026-12-31', weight: 0.5 },
    });
    const id = created.createKeyResult.id;
    const stale = await t.request(DELETE, { id, version: 2 });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await t.execute(KEY_RESULT, { id })).keyResult).not.toBeNull();

    expect((await t.execute(DELETE, { id, version: 1 })).deleteKeyResult).toBe(id);
    expect((await t.execute(KEY_RESULT, { id })).keyResult).toBeNull();
    expect((await t.request(DELETE, { id, version: 1 })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // The goal and KPI can be linked again.
    await t.execute(CREATE, {
      input: { goalId: a.goalId, kpiId: a.kpiId, targetValue: 2, dueDate: '2026-12-31', weight: 1 },
    });
  });
});
