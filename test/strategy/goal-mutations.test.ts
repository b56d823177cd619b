import { encodeGlobalId } from '../../src/graphql/global-id';
import { StrategicGoal } from '../../src/strategy/strategic-goal.entity';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

const GOAL = `
  query Goal($id: ID!, $archived: Boolean! = false) {
    goal(id: $id) {
      id code title version archivedAt
      parent { code }
      owner { name }
      children(includeArchived: $archived) { code }
      keyResults { weight targetValue dueDate kpi { code } goal { code } }
      kpis { code }
    }
  }`;

const NESTED = `
  query Nested($id: ID!) {
    goal(id: $id) {
      code
      children {
        code
        owner { name }
        keyResults { weight kpi { code keyResults { goal { code } } } }
        kpis { code }
        children { code keyResults { weight } }
      }
    }
  }`;

const CREATE = `
  mutation Create($input: CreateGoalInput!) {
    createGoal(input: $input) { code version parent { code } owner { name } }
  }`;

const UPDATE = `
  mutation Update($id: ID!, $version: Int!, $input: UpdateGoalInput!) {
    updateGoal(id: $id, version: $version, input: $input) {
      code title description status perspective fiscalYear startDate endDate version
      owner { name } parent { code }
    }
  }`;

const ARCHIVE = `
  mutation Archive($id: ID!, $version: Int!) {
    archiveGoal(id: $id, version: $version) { archivedAt version }
  }`;

const gid = (goal: StrategicGoal) => encodeGlobalId('StrategicGoal', goal.id);

describe('strategic goals: by ID, relations and mutations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function reload(goal: StrategicGoal): Promise<StrategicGoal> {
    return t.em().findOneOrFail(StrategicGoal, goal.id, { populate: ['parent', 'owner'] });
  }

  it('reads one goal with its parent, children, key results and KPIs', async () => {
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit();
    const owner = seed.person({ name: 'Olga Owner' });
    const parent = seed.goal({ code: 'RD-PARENT' });
    const goal = seed.goal({ code: 'RD-GOAL', title: 'Cut scrap', parent, owner });
    seed.goal({ code: 'RD-C2', parent: goal });
    seed.goal({ code: 'RD-C1', parent: goal });
    seed.goal({ code: 'RD-C3', parent: goal, archivedAt: new Date() });
    seed.keyResult({ goal, kpi: seed.kpi({ orgUnit: unit, code: 'RD-K1' }), weight: 0.25, targetValue: 4.5 });
    seed.keyResult({
      goal,
      kpi: seed.kpi({ orgUnit: unit, code: 'RD-K2' }),
      weight: 0.75,
      dueDate: '2026-06-30',
    });
    await seed.flush();

    const data = await t.execute(GOAL, { id: gid(goal) });
    expect(data.goal).toEqual({
      id: gid(goal),
      code: 'RD-GOAL',
      title: 'Cut scrap',
      version: goal.version,
      archivedAt: null,
      parent: { code: 'RD-PARENT' },
      owner: { name: 'Olga Owner' },
      children: [{ code: 'RD-C1' }, { code: 'RD-C2' }],
      keyResults: [
        {
          weight: 0.25,
          targetValue: 4.5,
          dueDate: '2026-12-31',
          kpi: { code: 'RD-K1' },
          goal: { code: 'RD-GOAL' },
        },
        {
          weight: 0.75,
          targetValue: 100,
          dueDate: '2026-06-30',
          kpi: { code: 'RD-K2' },
          goal: { code: 'RD-GOAL' },
        },
      ],
      kpis: [{ code: 'RD-K1' }, { code: 'RD-K2' }],
    });
    const all = await t.execute(GOAL, { id: gid(goal), archived: true });
    expect(all.goal.children).toEqual([{ code: 'RD-C1' }, { code: 'RD-C2' }, { code: 'RD-C3' }]);

    expect((await t.execute(GOAL, { id: encodeGlobalId('StrategicGoal', 987654) })).goal).toBeNull();
    for (const id of ['%%', encodeGlobalId('Kpi', 1)]) {
      expect((await t.request(GOAL, { id })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('makes the same number of SQL statements for 5 child goals as for 200, with key results, KPIs and children', async () => {
    async function tree(children: number): Promise<StrategicGoal> {
      const seed = new SeedBuilder(t.em());
      const unit = seed.orgUnit();
      const root = seed.goal();
      for (let i = 0; i < children; i++) {
        const child = seed.goal({ parent: root, owner: seed.person() });
        seed.keyResult({ goal: child, kpi: seed.kpi({ orgUnit: unit }), weight: 0.5 });
        seed.keyResult({ goal: child, kpi: seed.kpi({ orgUnit: unit }), weight: 0.5 });
        const grandchild = seed.goal({ parent: child });
        seed.keyResult({ goal: grandchild, kpi: seed.kpi({ orgUnit: unit }) });
      }
      await seed.flush();
      return root;
    }
    const small = await tree(5);
    const large = await tree(200);
    const few = await t.countSql(() => t.execute(NESTED, { id: gid(small) }));
    let data: any;
    const many = await t.countSql(async () => {
      data = await t.execute(NESTED, { id: gid(large) });
    });
    expect(data.goal.children).toHaveLength(200);
    const last = data.goal.children[199];
    expect(last.keyResults).toHaveLength(2);
    expect(last.kpis).toHaveLength(2);
    expect(last.keyResults[0].kpi.keyResults).toEqual([{ goal: { code: last.code } }]);
    expect(last.children[0].keyResults).toHaveLength(1);
    expect(last.owner.name).toMatch(/Person/);
    expect(many).toBe(few);
    // goal, children, owners, key results, KPIs, KPI key results, grandchildren, their key results
    expect(few).toBeLessThanOrEqual(8);
  });

  it('createGoal names the missing reference and refuses an archived parent', async () => {
    const seed = new SeedBuilder(t.em());
    const archived = seed.goal({ code: 'CR-ARCHIVED', archivedAt: new Date() });
    await seed.flush();
    const base = {
      title: 'T',
      perspective: 'CUSTOMER',
      fiscalYear: 2027,
      startDate: '2027-01-01',
      endDate: '2027-12-31',
    };
    const cases: [Record<string, unknown>, string, Record<string, unknown>?][] = [
      [
        { ...base, code: 'CR-1', ownerId: encodeGlobalId('Person', 987654) },
        'NOT_FOUND',
        { argument: 'ownerId' },
      ],
      [
        { ...base, code: 'CR-2', parentId: encodeGlobalId('StrategicGoal', 987654) },
        'NOT_FOUND',
        { argument: 'parentId' },
      ],
      [{ ...base, code: 'CR-3', parentId: gid(archived) }, 'BAD_USER_INPUT'],
      [{ ...base, code: 'CR-4', startDate: '2028-01-01' }, 'BAD_USER_INPUT'],
      [{ ...base, code: 'CR 5' }, 'BAD_USER_INPUT'],
    ];
    const before = await t.em().count(StrategicGoal, {});
    for (const [input, code, extensions] of cases) {
      const result = await t.request(CREATE, { input });
      expect({ input, code: result.errors?.[0].extensions?.code }).toEqual({ input, code });
      if (extensions) expect(result.errors?.[0].extensions).toMatchObject(extensions);
    }
    expect(await t.em().count(StrategicGoal, {})).toBe(before);
  });

  it('updates a goal and validates the result, writing nothing when refused', async () => {
    const seed = new SeedBuilder(t.em());
    const owner = seed.person({ name: 'New Owner' });
    const parent = seed.goal({ code: 'UP-PARENT' });
    const goal = seed.goal({ code: 'UP-GOAL', description: 'Old text', parent });
    seed.goal({ code: 'UP-TAKEN' });
    await seed.flush();
    const v = goal.version;

    const updated = await t.execute(UPDATE, {
      id: gid(goal),
      version: v,
      input: {
        title: 'New title',
        description: null,
        status: 'ACHIEVED',
        perspective: 'LEARNING_AND_GROWTH',
        fiscalYear: 2027,
        startDate: '2027-01-01',
        endDate: '2027-06-30',
        ownerId: encodeGlobalId('Person', owner.id),
        parentId: null,
      },
    });
    expect(updated.updateGoal).toEqual({
      code: 'UP-GOAL',
      title: 'New title',
      description: null,
      status: 'ACHIEVED',
      perspective: 'LEARNING_AND_GROWTH',
      fiscalYear: 2027,
      startDate: '2027-01-01',
      endDate: '2027-06-30',
      version: v + 1,
      owner: { name: 'New Owner' },
      parent: null,
    });

    const refusals: [Record<string, unknown>, number, string][] = [
      [{ title: 'Stale' }, v, 'CONFLICT'],
      [{ code: 'UP-TAKEN' }, v + 1, 'CONFLICT'],
      [{ endDate: '2026-12-31' }, v + 1, 'BAD_USER_INPUT'], // before the stored start date
      [{ fiscalYear: 1900 }, v + 1, 'BAD_USER_INPUT'],
      [{ title: null }, v + 1, 'BAD_USER_INPUT'],
      [{ ownerId: encodeGlobalId('Person', 987654) }, v + 1, 'NOT_FOUND'],
    ];
    for (const [input, version, code] of refusals) {
      const result = await t.request(UPDATE, { id: gid(goal), version, input });
      expect({ input, code: result.errors?.[0].extensions?.code }).toEqual({ input, code });
    }
    const after = await reload(goal);
    expect({ title: after.title, code: after.code, end: after.endDate, version: after.version }).toEqual({
      title: 'New title',
      code: 'UP-GOAL',
      end: '2027-06-30',
      version: v + 1,
    });
  });

  it('refuses a re-parenting that would make a cycle in the goal tree and changes nothing', async () => {
    const seed = new SeedBuilder(t.em());
    const a = seed.goal({ code: 'CY-A' });
    const b = seed.goal({ code: 'CY-B', parent: a });
    const c = seed.goal({ code: 'CY-C', parent: b });
    await seed.flush();

    for (const target of [c, b, a]) {
      const result = await t.request(UPDATE, {
        id: gid(a),
        version: a.version,
        input: { parentId: gid(target), title: 'Moved' },
      });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'parentId' });
      expect(result.errors?.[0].message).toMatch(/cycle/);
    }
    const after = await reload(a);
    expect({ parent: after.parent ?? null, title: after.title, version: after.version }).toEqual({
      parent: null,
      title: 'Goal CY-A',
      version: a.version,
    });
    const moved = await t.execute(UPDATE, { id: gid(c), version: c.version, input: { parentId: gid(a) } });
    expect(moved.updateGoal.parent).toEqual({ code: 'CY-A' });
  });

  it('lets exactly one of two concurrent updates at the same version win; the other gets CONFLICT', async () => {
    const seed = new SeedBuilder(t.em());
    const goal = seed.goal();
    await seed.flush();
    const results = await Promise.all(
      ['One', 'Two'].map((title) =>
        t.request(UPDATE, { id: gid(goal), version: goal.version, input: { title } }),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map((r) => r.errors?.[0].extensions?.code)).toEqual(['CONFLICT']);
    const after = await reload(goal);
    expect(after.version).toBe(goal.version + 1);
    expect(after.title).toBe(winners[0].data!.updateGoal.title);
  });

  it('refuses to archive a goal with live child goals, then archives it once they are archived', async () => {
    const seed = new SeedBuilder(t.em());
    const parent = seed.goal({ code: 'AR-PARENT' });
    const first = seed.goal({ code: 'AR-C1', parent });
    const second = seed.goal({ code: 'AR-C2', parent });
    await seed.flush();

    const refused = await t.request(ARCHIVE, { id: gid(parent), version: parent.version });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', liveChildren: 2 });
    expect(refused.errors?.[0].message).toMatch(/2 child goals that are not archived/);
    expect((await reload(parent)).archivedAt ?? null).toBeNull();

    await t.execute(ARCHIVE, { id: gid(first), version: first.version });
    await t.execute(ARCHIVE, { id: gid(second), version: second.version });
    const stale = await t.request(ARCHIVE, { id: gid(parent), version: parent.version - 1 });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const archived = await t.execute(ARCHIVE, { id: gid(parent), version: parent.version });
    expect(archived.archiveGoal).toMatchObject({ version: parent.version + 1 });
    expect(archived.archiveGoal.archivedAt).not.toBeNull();
    expect((await reload(parent)).archivedAt).toBeInstanceOf(Date);
  });
});
