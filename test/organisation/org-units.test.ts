import { encodeGlobalId } from '../../src/graphql/global-id';
import { OrgUnit } from '../../src/organisation/org-unit.entity';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

const ORG_UNIT = `
  query OrgUnit($id: ID!, $archived: Boolean! = false) {
    orgUnit(id: $id) {
      id code name function version archivedAt
      parent { code }
      children(includeArchived: $archived) { code }
      people(includeArchived: $archived) { name }
    }
  }`;

const TREE = `
  query Tree($id: ID!) {
    orgUnit(id: $id) {
      code
      people { name }
      children {
        code
        people { name orgUnit { code } }
        children { code people { name } }
      }
    }
  }`;

const CREATE = `
  mutation Create($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) { id code name function version parent { code } }
  }`;

const UPDATE = `
  mutation Update($id: ID!, $version: Int!, $input: UpdateOrgUnitInput!) {
    updateOrgUnit(id: $id, version: $version, input: $input) { code name function version parent { code } }
  }`;

const ARCHIVE = `
  mutation Archive($id: ID!, $version: Int!) {
    archiveOrgUnit(id: $id, version: $version) { archivedAt version }
  }`;

const gid = (unit: OrgUnit) => encodeGlobalId('OrgUnit', unit.id);

describe('org units', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function reload(unit: OrgUnit): Promise<OrgUnit> {
    return t.em().findOneOrFail(OrgUnit, unit.id, { populate: ['parent'] });
  }

  it('reads one unit by ID with its parent, children and people; archived ones only on request', async () => {
    const seed = new SeedBuilder(t.em());
    const root = seed.orgUnit({ code: 'READ-ROOT' });
    const unit = seed.orgUnit({ code: 'READ-UNIT', name: 'Plant North', parent: root });
    seed.orgUnit({ code: 'READ-B', parent: unit });
    seed.orgUnit({ code: 'READ-A', parent: unit });
    seed.orgUnit({ code: 'READ-C', parent: unit, archivedAt: new Date() });
    seed.person({ name: 'Zoe Read', orgUnit: unit });
    seed.person({ name: 'Adam Read', orgUnit: unit });
    seed.person({ name: 'Gone Read', orgUnit: unit, archivedAt: new Date() });
    seed.person({ name: 'Elsewhere Read', orgUnit: root });
    await seed.flush();

    const data = await t.execute(ORG_UNIT, { id: gid(unit) });
    expect(data.orgUnit).toMatchObject({
      id: gid(unit),
      code: 'READ-UNIT',
      name: 'Plant North',
      function: 'OPERATIONS',
      version: unit.version,
      archivedAt: null,
      parent: { code: 'READ-ROOT' },
      children: [{ code: 'READ-A' }, { code: 'READ-B' }],
      people: [{ name: 'Adam Read' }, { name: 'Zoe Read' }],
    });
    const all = await t.execute(ORG_UNIT, { id: gid(unit), archived: true });
    expect(all.orgUnit.children.map((c: { code: string }) => c.code)).toEqual(['READ-A', 'READ-B', 'READ-C']);
    expect(all.orgUnit.people.map((p: { name: string }) => p.name)).toEqual([
      'Adam Read',
      'Gone Read',
      'Zoe Read',
    ]);
  });

  it('returns null for an absent unit and BAD_USER_INPUT for a malformed or wrong-type ID', async () => {
    expect((await t.execute(ORG_UNIT, { id: encodeGlobalId('OrgUnit', 987654) })).orgUnit).toBeNull();
    for (const id of ['not-an-id', encodeGlobalId('Person', 1)]) {
      const result = await t.request(ORG_UNIT, { id });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('shows a UNIT_LEAD only units of their own subtree', async () => {
    const seed = new SeedBuilder(t.em());
    const lead = seed.orgUnit({ code: 'SCOPE-LEAD' });
    const below = seed.orgUnit({ code: 'SCOPE-BELOW', parent: lead });
    const other = seed.orgUnit({ code: 'SCOPE-OTHER' });
    await seed.flush();
    const headers = await t.as('UNIT_LEAD', gid(lead));
    expect((await t.execute(ORG_UNIT, { id: gid(below) }, headers)).orgUnit.code).toBe('SCOPE-BELOW');
    expect((await t.execute(ORG_UNIT, { id: gid(other) }, headers)).orgUnit).toBeNull();
  });

  it('makes the same number of SQL statements for a tree of 5 as of 200 sub-units with people', async () => {
    async function tree(children: number): Promise<OrgUnit> {
      const seed = new SeedBuilder(t.em());
      const root = seed.orgUnit();
      seed.person({ orgUnit: root });
      for (let i = 0; i < children; i++) {
        const child = seed.orgUnit({ parent: root });
        seed.person({ orgUnit: child });
        seed.person({ orgUnit: child });
        const grandchild = seed.orgUnit({ parent: child });
        seed.person({ orgUnit: grandchild });
      }
      await seed.flush();
      return root;
    }
    const small = await tree(5);
    const large = await tree(200);
    const few = await t.countSql(() => t.execute(TREE, { id: gid(small) }));
    let data: any;
    const many = await t.countSql(async () => {
      data = await t.execute(TREE, { id: gid(large) });
    });
    expect(data.orgUnit.children).toHaveLength(200);
    expect(data.orgUnit.children[199].people).toHaveLength(2);
    expect(data.orgUnit.children[199].children[0].people).toHaveLength(1);
    expect(many).toBe(few);
    // unit, its people, children, their people, grandchildren, their people (org units come from the identity map)
    expect(few).toBeLessThanOrEqual(6);
  });

  it('creates a unit under a parent and validates the input, writing nothing when refused', async () => {
    const seed = new SeedBuilder(t.em());
    const parent = seed.orgUnit({ code: 'NEW-PARENT' });
    const archived = seed.orgUnit({ code: 'NEW-ARCHIVED', archivedAt: new Date() });
    await seed.flush();

    const created = await t.execute(CREATE, {
      input: { code: 'NEW-UNIT', name: 'New unit', function: 'FINANCE', parentId: gid(parent) },
    });
    expect(created.createOrgUnit).toMatchObject({
      code: 'NEW-UNIT',
      name: 'New unit',
      function: 'FINANCE',
      version: 1,
      parent: { code: 'NEW-PARENT' },
    });

    const base = { name: 'Bad', function: 'FINANCE' };
    const cases: [Record<string, unknown>, string, Record<string, unknown>?][] = [
      [{ ...base, code: 'NEW-UNIT' }, 'CONFLICT'],
      [{ ...base, code: 'x' }, 'BAD_USER_INPUT'],
      [{ ...base, code: 'has space' }, 'BAD_USER_INPUT'],
      [{ ...base, code: 'NEW-BAD-1', name: '' }, 'BAD_USER_INPUT'],
      [
        { ...base, code: 'NEW-BAD-2', parentId: encodeGlobalId('OrgUnit', 987654) },
        'NOT_FOUND',
        { argument: 'parentId' },
      ],
      [
        { ...base, code: 'NEW-BAD-3', parentId: encodeGlobalId('Kpi', 1) },
        'BAD_USER_INPUT',
        { argument: 'parentId' },
      ],
      [{ ...base, code: 'NEW-BAD-4', parentId: gid(archived) }, 'BAD_USER_INPUT'],
    ];
    const before = await t.em().count(OrgUnit, {});
    for (const [input, code, extensions] of cases) {
      const result = await t.request(CREATE, { input });
      expect({ input, code: result.errors?.[0].extensions?.code }).toEqual({ input, code });
      if (extensions) expect(result.errors?.[0].extensions).toMatchObject(extensions);
    }
    expect(await t.em().count(OrgUnit, {})).toBe(before);
  });

  it('updates a unit, refuses a stale version or a taken code and writes nothing then', async () => {
    const seed = new SeedBuilder(t.em());
    const root = seed.orgUnit({ code: 'UPD-ROOT' });
    const unit = seed.orgUnit({ code: 'UPD-UNIT', parent: root });
    seed.orgUnit({ code: 'UPD-TAKEN' });
    await seed.flush();

    const v = unit.version;
    const updated = await t.execute(UPDATE, {
      id: gid(unit),
      version: v,
      input: { name: 'Renamed', function: 'TECHNOLOGY', parentId: null },
    });
    expect(updated.updateOrgUnit).toMatchObject({
      code: 'UPD-UNIT',
      name: 'Renamed',
      function: 'TECHNOLOGY',
      version: v + 1,
      parent: null,
    });

    const stale = await t.request(UPDATE, { id: gid(unit), version: v, input: { name: 'Stale' } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: v + 1 });
    const taken = await t.request(UPDATE, { id: gid(unit), version: v + 1, input: { code: 'UPD-TAKEN' } });
    expect(taken.errors?.[0].extensions?.code).toBe('CONFLICT');
    const nullName = await t.request(UPDATE, { id: gid(unit), version: v + 1, input: { name: null } });
    expect(nullName.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await t.request(UPDATE, { id: encodeGlobalId('OrgUnit', 987654), version: 1, input: {} });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const after = await reload(unit);
    expect({ name: after.name, code: after.code, version: after.version }).toEqual({
      name: 'Renamed',
      code: 'UPD-UNIT',
      version: v + 1,
    });
  });

  it('refuses a re-parenting that would make a cycle and changes nothing', async () => {
    const seed = new SeedBuilder(t.em());
    const a = seed.orgUnit({ code: 'CYC-A' });
    const b = seed.orgUnit({ code: 'CYC-B', parent: a });
    const c = seed.orgUnit({ code: 'CYC-C', parent: b });
    await seed.flush();

    for (const target of [c, b, a]) {
      const result = await t.request(UPDATE, {
        id: gid(a),
        version: a.version,
        input: { parentId: gid(target), name: 'X' },
      });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'parentId' });
      expect(result.errors?.[0].message).toMatch(/cycle/);
    }
    const after = await reload(a);
    expect({ parent: after.parent ?? null, name: after.name, version: after.version }).toEqual({
      parent: null,
      name: 'Unit CYC-A',
      version: a.version,
    });

    // Moving a leaf elsewhere in the same tree is fine.
    const moved = await t.execute(UPDATE, { id: gid(c), version: c.version, input: { parentId: gid(a) } });
    expect(moved.updateOrgUnit.parent).toEqual({ code: 'CYC-A' });
  });

  it('lets exactly one of two concurrent updates at the same version win; the other gets CONFLICT', async () => {
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit({ code: 'RACE-UNIT' });
    await seed.flush();
    const results = await Promise.all(
      ['First', 'Second'].map((name) =>
        t.request(UPDATE, { id: gid(unit), version: unit.version, input: { name } }),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0].errors?.[0].extensions?.code).toBe('CONFLICT');
    const after = await reload(unit);
    expect(after.version).toBe(unit.version + 1);
    expect(after.name).toBe(winners[0].data!.updateOrgUnit.name);
  });

  it('refuses to archive a unit with live sub-units, then archives it once they are archived', async () => {
    const seed = new SeedBuilder(t.em());
    const parent = seed.orgUnit({ code: 'ARC-PARENT' });
    const child = seed.orgUnit({ code: 'ARC-CHILD', parent });
    seed.orgUnit({ code: 'ARC-OLD', parent, archivedAt: new Date() });
    await seed.flush();

    const refused = await t.request(ARCHIVE, { id: gid(parent), version: parent.version });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toMatch(/1 child org unit that is not archived/);
    expect((await reload(parent)).archivedAt ?? null).toBeNull();

    const archivedChild = await t.execute(ARCHIVE, { id: gid(child), version: child.version });
    expect(archivedChild.archiveOrgUnit).toMatchObject({ version: child.version + 1 });
    expect(archivedChild.archiveOrgUnit.archivedAt).not.toBeNull();
    const stale = await t.request(ARCHIVE, { id: gid(parent), version: parent.version + 5 });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const archived = await t.execute(ARCHIVE, { id: gid(parent), version: parent.version });
    expect(archived.archiveOrgUnit.archivedAt).not.toBeNull();

    // An archived unit cannot take new sub-units.
    const under = await t.request(UPDATE, {
      id: gid(child),
      version: child.version + 1,
      input: { parentId: gid(parent) },
    });
    expect(under.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
