import { encodeGlobalId } from '../../src/graphql/global-id';
import { OrgUnit } from '../../src/organisation/org-unit.entity';
import { Person } from '../../src/organisation/person.entity';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

const PERSON = `
  query Person($id: ID!, $archived: Boolean! = false) {
    person(id: $id) {
      id name email title executiveRole version archivedAt
      orgUnit { code }
      goals(includeArchived: $archived) { code }
    }
  }`;

const CREATE = `
  mutation Create($input: CreatePersonInput!) {
    createPerson(input: $input) { id name email title executiveRole version orgUnit { code } }
  }`;

const UPDATE = `
  mutation Update($id: ID!, $version: Int!, $input: UpdatePersonInput!) {
    updatePerson(id: $id, version: $version, input: $input) {
      name email title executiveRole version orgUnit { code }
    }
  }`;

const ARCHIVE = `
  mutation Archive($id: ID!, $version: Int!) {
    archivePerson(id: $id, version: $version) { archivedAt version }
  }`;

const gid = (person: Person) => encodeGlobalId('Person', person.id);

describe('people', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reads one person by ID with their unit and the goals they own; archived goals only on request', async () => {
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit({ code: 'PPL-UNIT' });
    const ceo = seed.person({
      name: 'Carla Chief',
      email: 'carla@example.com',
      title: 'Chief Executive',
      executiveRole: 'CEO' as Person['executiveRole'],
      orgUnit: unit,
    });
    seed.goal({ code: 'PPL-G2', owner: ceo });
    seed.goal({ code: 'PPL-G1', owner: ceo });
    seed.goal({ code: 'PPL-G3', owner: ceo, archivedAt: new Date() });
    seed.goal({ code: 'PPL-OTHER' });
    await seed.flush();

    const data = await t.execute(PERSON, { id: gid(ceo) });
    expect(data.person).toEqual({
      id: gid(ceo),
      name: 'Carla Chief',
      email: 'carla@example.com',
      title: 'Chief Executive',
      executiveRole: 'CEO',
      version: ceo.version,
      archivedAt: null,
      orgUnit: { code: 'PPL-UNIT' },
      goals: [{ code: 'PPL-G1' }, { code: 'PPL-G2' }],
    });
    const all = await t.execute(PERSON, { id: gid(ceo), archived: true });
    expect(all.person.goals).toEqual([{ code: 'PPL-G1' }, { code: 'PPL-G2' }, { code: 'PPL-G3' }]);

    expect((await t.execute(PERSON, { id: encodeGlobalId('Person', 987654) })).person).toBeNull();
    for (const id of ['???', encodeGlobalId('OrgUnit', unit.id)]) {
      expect((await t.request(PERSON, { id })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    // A UNIT_LEAD of another unit does not see the person.
    const other = new SeedBuilder(t.em());
    const otherUnit = other.orgUnit();
    await other.flush();
    const headers = await t.as('UNIT_LEAD', encodeGlobalId('OrgUnit', otherUnit.id));
    expect((await t.execute(PERSON, { id: gid(ceo) }, headers)).person).toBeNull();
  });

  it('creates a person and validates the input, writing nothing when refused', async () => {
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit({ code: 'PPL-NEW-UNIT' });
    const archivedUnit = seed.orgUnit({ archivedAt: new Date() });
    await seed.flush();

    const created = await t.execute(CREATE, {
      input: {
        name: 'Frank Finance',
        email: 'Frank.Finance@example.com',
        title: 'CFO',
        executiveRole: 'CFO',
        orgUnitId: encodeGlobalId('OrgUnit', unit.id),
      },
    });
    expect(created.createPerson).toMatchObject({
      name: 'Frank Finance',
      email: 'Frank.Finance@example.com',
      executiveRole: 'CFO',
      version: 1,
      orgUnit: { code: 'PPL-NEW-UNIT' },
    });

    const cases: [Record<string, unknown>, string, Record<string, unknown>?][] = [
      [{ name: 'Dup', email: 'frank.finance@EXAMPLE.com' }, 'CONFLICT', { field: 'email' }],
      [{ name: 'Bad', email: 'not-an-email' }, 'BAD_USER_INPUT'],
      [{ name: '', email: 'empty@example.com' }, 'BAD_USER_INPUT'],
      [
        { name: 'Lost', email: 'lost@example.com', orgUnitId: encodeGlobalId('OrgUnit', 987654) },
        'NOT_FOUND',
        { argument: 'orgUnitId' },
      ],
      [
        { name: 'Old', email: 'old@example.com', orgUnitId: encodeGlobalId('OrgUnit', archivedUnit.id) },
        'BAD_USER_INPUT',
      ],
    ];
    const before = await t.em().count(Person, {});
    for (const [input, code, extensions] of cases) {
      const result = await t.request(CREATE, { input });
      expect({ input, code: result.errors?.[0].extensions?.code }).toEqual({ input, code });
      if (extensions) expect(result.errors?.[0].extensions).toMatchObject(extensions);
    }
    expect(await t.em().count(Person, {})).toBe(before);
  });

  it('updates a person, clears optional fields with null, refuses stale versions and taken e-mails', async () => {
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit({ code: 'PPL-UPD-UNIT' });
    const person = seed.person({ name: 'Uma Update', title: 'Analyst', orgUnit: unit });
    seed.person({ name: 'Taken', email: 'taken@example.com' });
    await seed.flush();
    const v = person.version;

    const updated = await t.execute(UPDATE, {
      id: gid(person),
      version: v,
      input: { email: 'uma@example.com', title: null, orgUnitId: null, executiveRole: 'COO' },
    });
    expect(updated.updatePerson).toEqual({
      name: 'Uma Update',
      email: 'uma@example.com',
      title: null,
      executiveRole: 'COO',
      version: v + 1,
      orgUnit: null,
    });
    // Changing only the case of one's own address is fine.
    const recased = await t.execute(UPDATE, {
      id: gid(person),
      version: v + 1,
      input: { email: 'UMA@example.com' },
    });
    expect(recased.updatePerson.email).toBe('UMA@example.com');

    const stale = await t.request(UPDATE, { id: gid(person), version: v, input: { name: 'Stale' } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const taken = await t.request(UPDATE, {
      id: gid(person),
      version: v + 2,
      input: { email: 'TAKEN@example.com' },
    });
    expect(taken.errors?.[0].extensions?.code).toBe('CONFLICT');
    const lost = await t.request(UPDATE, {
      id: gid(person),
      version: v + 2,
      input: { orgUnitId: encodeGlobalId('OrgUnit', 987654) },
    });
    expect(lost.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'orgUnitId' });

    const after = await t.em().findOneOrFail(Person, person.id);
    expect({ name: after.name, email: after.email, version: after.version }).toEqual({
      name: 'Uma Update',
      email: 'UMA@example.com',
      version: v + 2,
    });
  });

  it('lets exactly one of two concurrent updates at the same version win', async () => {
    const seed = new SeedBuilder(t.em());
    const person = seed.person();
    await seed.flush();
    const results = await Promise.all(
      ['A', 'B'].map((name) =>
        t.request(UPDATE, { id: gid(person), version: person.version, input: { name } }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(1);
    expect((await t.em().findOneOrFail(Person, person.id)).version).toBe(person.version + 1);
  });

  it('archives a person, who then leaves the people of their unit', async () => {
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit();
    const person = seed.person({ orgUnit: unit });
    await seed.flush();
    const unitPeople = `query { orgUnit(id: "${encodeGlobalId('OrgUnit', unit.id)}") { people { name } } }`;
    expect((await t.execute(unitPeople)).orgUnit.people).toHaveLength(1);

    const stale = await t.request(ARCHIVE, { id: gid(person), version: person.version + 1 });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const archived = await t.execute(ARCHIVE, { id: gid(person), version: person.version });
    expect(archived.archivePerson.archivedAt).not.toBeNull();
    expect((await t.execute(unitPeople)).orgUnit.people).toHaveLength(0);
    expect(await t.em().count(OrgUnit, { id: unit.id, archivedAt: null })).toBe(1);
  });
});
