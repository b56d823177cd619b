import { encodeGlobalId } from '../../src/graphql/global-id';
import { TechProject } from '../../src/technology/tech-project.entity';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

const PROJECT = `
  query Project($id: ID!) {
    project(id: $id) {
      id code name status health progress plannedStart plannedEnd actualEnd version archivedAt
      orgUnit { code }
      budget { code }
      sponsor { name }
      milestones { title dueDate completedAt }
      contributions { weight goal { code } }
      goals { code }
    }
  }`;

const CREATE = `
  mutation Create($input: CreateProjectInput!) {
    createProject(input: $input) {
      id code name status health progress plannedStart plannedEnd actualEnd version
      orgUnit { code } sponsor { name } budget { code }
    }
  }`;

const UPDATE = `
  mutation Update($id: ID!, $version: Int!, $input: UpdateProjectInput!) {
    updateProject(id: $id, version: $version, input: $input) {
      code name status progress actualEnd version budget { code } sponsor { name }
    }
  }`;

const REPORT = `
  mutation Report($id: ID!, $version: Int!, $progress: Int!, $health: ProjectHealth!, $status: ProjectStatus, $actualEnd: Date) {
    reportProjectProgress(id: $id, version: $version, progress: $progress, health: $health, status: $status, actualEnd: $actualEnd) {
      progress health status actualEnd version
    }
  }`;

const ARCHIVE = `
  mutation Archive($id: ID!, $version: Int!) {
    archiveProject(id: $id, version: $version) { archivedAt version }
  }`;

describe('technology projects', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function countProjects(): Promise<number> {
    return t.em().count(TechProject, {});
  }

  async function arrange() {
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit();
    const otherUnit = seed.orgUnit();
    const sponsor = seed.person();
    const budget = seed.budget({ orgUnit: unit });
    await seed.flush();
    return { unit, otherUnit, sponsor, budget };
  }

  function validInput(refs: Awaited<ReturnType<typeof arrange>>, overrides: Record<string, unknown> = {}) {
    return {
      code: `P-${Math.random().toString(36).slice(2, 10)}`,
      name: 'New ERP',
      plannedStart: '2026-01-01',
      plannedEnd: '2026-12-31',
      orgUnitId: encodeGlobalId('OrgUnit', refs.unit.id),
      sponsorId: encodeGlobalId('Person', refs.sponsor.id),
      budgetId: encodeGlobalId('Budget', refs.budget.id),
      ...overrides,
    };
  }

  it('reads a project by ID with its relations; null when absent; BAD_USER_INPUT when malformed', async () => {
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit({ code: 'READ-UNIT' });
    const budget = seed.budget({ orgUnit: unit, code: 'READ-BUDGET' });
    const project = seed.project({ orgUnit: unit, budget, code: 'READ-P' });
    seed.milestone({ project, title: 'late', dueDate: '2026-09-30' });
    seed.milestone({ project, title: 'early', dueDate: '2026-03-31', completedAt: '2026-03-30' });
    const goalB = seed.goal({ code: 'READ-G-B' });
    const goalA = seed.goal({ code: 'READ-G-A' });
    const archivedGoal = seed.goal({ code: 'READ-G-0', archivedAt: new Date() });
    seed.contribution(project, goalB, 0.25);
    seed.contribution(project, goalA, 0.75);
    seed.contribution(project, archivedGoal, 0.5);
    await seed.flush();

    const data = await t.execute(PROJECT, { id: encodeGlobalId('TechProject', project.id) });
    expect(data.project).toMatchObject({
      code: 'READ-P',
      orgUnit: { code: 'READ-UNIT' },
      budget: { code: 'READ-BUDGET' },
      milestones: [
        { title: 'early', dueDate: '2026-03-31', completedAt: '2026-03-30' },
        { title: 'late', dueDate: '2026-09-30', completedAt: null },
      ],
      goals: [{ code: 'READ-G-A' }, { code: 'READ-G-B' }],
    });
    expect(
      data.project.contributions.map((c: { goal: { code: string }; weight: number }) => [
        c.goal.code,
        c.weight,
      ]),
    ).toEqual([
      ['READ-G-B', 0.25],
      ['READ-G-A', 0.75],
      ['READ-G-0', 0.5],
    ]);

    const archivedToo = await t.execute(
      `query($id: ID!) { project(id: $id) { goals(includeArchived: true) { code } } }`,
      { id: encodeGlobalId('TechProject', project.id) },
    );
    expect(archivedToo.project.goals.map((g: { code: string }) => g.code)).toEqual([
      'READ-G-0',
      'READ-G-A',
      'READ-G-B',
    ]);

    const absent = await t.execute(PROJECT, { id: encodeGlobalId('TechProject', 999_999) });
    expect(absent.project).toBeNull();

    for (const id of ['not-an-id', encodeGlobalId('Kpi', project.id)]) {
      const bad = await t.request(PROJECT, { id });
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('lists the projects of an org unit and of a budget, ordered by code, archived only on request', async () => {
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit();
    const other = seed.orgUnit();
    const budget = seed.budget({ orgUnit: unit });
    const unfunded = seed.budget({ orgUnit: unit });
    seed.project({ orgUnit: unit, code: 'OU-P-B', budget });
    seed.project({ orgUnit: unit, code: 'OU-P-A' });
    seed.project({ orgUnit: unit, code: 'OU-P-C', budget, archivedAt: new Date() });
    seed.project({ orgUnit: other, code: 'OU-P-X', budget });
    await seed.flush();

    const data = await t.execute(
      `query($u: ID!, $b: ID!, $n: ID!) {
        unit: node(id: $u) { ... on OrgUnit { projects { code } all: projects(includeArchived: true) { code } } }
        budget: node(id: $b) { ... on Budget { projects { code } all: projects(includeArchived: true) { code } } }
        unfunded: node(id: $n) { ... on Budget { projects { code } } }
      }`,
      {
        u: encodeGlobalId('OrgUnit', unit.id),
        b: encodeGlobalId('Budget', budget.id),
        n: encodeGlobalId('Budget', unfunded.id),
      },
    );
    const codes = (list: { code: string }[]) => list.map((p) => p.code);
    expect(codes(data.unit.projects)).toEqual(['OU-P-A', 'OU-P-B']);
    expect(codes(data.unit.all)).toEqual(['OU-P-A', 'OU-P-B', 'OU-P-C']);
    expect(codes(data.budget.projects)).toEqual(['OU-P-B', 'OU-P-X']);
    expect(codes(data.budget.all)).toEqual(['OU-P-B', 'OU-P-C', 'OU-P-X']);
    expect(data.unfunded.projects).toEqual([]);
  });

  it('makes the same number of SQL statements for org-unit projects with 3 as with 60 units', async () => {
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on OrgUnit { code projects { code budget { code } milestones { title } } } } }`;
    async function seedUnits(count: number): Promise<string[]> {
      const seed = new SeedBuilder(t.em());
      const units = [];
      for (let u = 0; u < count; u++) {
        const unit = seed.orgUnit();
        units.push(unit);
        for (let p = 0; p < 2; p++) {
          const project = seed.project({ orgUnit: unit, budget: seed.budget({ orgUnit: unit }) });
          seed.milestone({ project });
        }
      }
      await seed.flush();
      return units.map((unit) => encodeGlobalId('OrgUnit', unit.id));
    }
    const few = await seedUnits(3);
    const many = await seedUnits(60);
    let fewRows = 0;
    let manyRows = 0;
    const fewCount = await t.countSql(async () => {
      fewRows = (await t.execute(query, { ids: few })).nodes.flatMap(
        (n: { projects: unknown[] }) => n.projects,
      ).length;
    });
    const manyCount = await t.countSql(async () => {
      manyRows = (await t.execute(query, { ids: many })).nodes.flatMap(
        (n: { projects: unknown[] }) => n.projects,
      ).length;
    });
    expect([fewRows, manyRows]).toEqual([6, 120]);
    expect(manyCount).toBe(fewCount);
    expect(fewCount).toBeGreaterThanOrEqual(3);
    expect(fewCount).toBeLessThanOrEqual(4);
  });

  it('creates a project with defaults and its references', async () => {
    const refs = await arrange();
    const input = validInput(refs);
    const data = await t.execute(CREATE, { input });
    expect(data.createProject).toMatchObject({
      code: input.code,
      status: 'PROPOSED',
      health: 'GREEN',
      progress: 0,
      actualEnd: null,
      version: 1,
      orgUnit: { code: refs.unit.code },
      sponsor: { name: refs.sponsor.name },
      budget: { code: refs.budget.code },
    });
    const read = await t.execute(PROJECT, { id: data.createProject.id });
    expect(read.project.code).toBe(input.code);
  });

  it('refuses invalid projects with a stable code and writes nothing', async () => {
    const refs = await arrange();
    const taken = validInput(refs);
    await t.execute(CREATE, { input: taken });
    const before = await countProjects();

    const cases: [Record<string, unknown>, string, string?][] = [
      [{ code: taken.code }, 'CONFLICT'],
      [{ code: 'x' }, 'BAD_USER_INPUT'],
      [{ name: '' }, 'BAD_USER_INPUT'],
      [{ progress: 101 }, 'BAD_USER_INPUT'],
      [{ progress: -1 }, 'BAD_USER_INPUT'],
      [{ plannedStart: '2027-01-01' }, 'BAD_USER_INPUT', 'plannedStart'],
      [{ plannedEnd: '2026-13-01' }, 'BAD_USER_INPUT'],
      [{ actualEnd: '2025-12-31' }, 'BAD_USER_INPUT', 'actualEnd'],
      [{ status: 'DONE' }, 'BAD_USER_INPUT', 'actualEnd'],
      [{ orgUnitId: encodeGlobalId('OrgUnit', 999_999) }, 'NOT_FOUND', 'orgUnitId'],
      [{ sponsorId: encodeGlobalId('Person', 999_999) }, 'NOT_FOUND', 'sponsorId'],
      [{ budgetId: encodeGlobalId('Budget', 999_999) }, 'NOT_FOUND', 'budgetId'],
      [{ budgetId: 'garbage' }, 'BAD_USER_INPUT', 'budgetId'],
    ];
    for (const [overrides, code, field] of cases) {
      const result = await t.request(CREATE, { input: validInput(refs, overrides) });
      expect({ overrides, code: result.errors?.[0].extensions?.code }).toEqual({ overrides, code });
      if (field) {
        const ext = result.errors?.[0].extensions ?? {};
        expect(ext.field ?? ext.argument).toBe(field);
      }
    }
    const done = await t.execute(CREATE, {
      input: validInput(refs, { status: 'DONE', actualEnd: '2026-11-30', progress: 100 }),
    });
    expect(done.createProject).toMatchObject({ status: 'DONE', actualEnd: '2026-11-30', progress: 100 });
    expect(await countProjects()).toBe(before + 1);
  });

  it('updates a project, checks the rules on the result and clears references with null', async () => {
    const refs = await arrange();
    const created = (await t.execute(CREATE, { input: validInput(refs, { code: 'UPD-1' }) })).createProject;
    await t.execute(CREATE, { input: validInput(refs, { code: 'UPD-TAKEN' }) });

    const updated = await t.execute(UPDATE, {
      id: created.id,
      version: 1,
      input: { name: 'Renamed', progress: 40, budgetId: null, sponsorId: null },
    });
    expect(updated.updateProject).toMatchObject({
      code: 'UPD-1',
      name: 'Renamed',
      progress: 40,
      budget: null,
      sponsor: null,
      version: 2,
    });

    const cases: [Record<string, unknown>, string][] = [
      [{ code: 'UPD-TAKEN' }, 'CONFLICT'],
      [{ status: 'DONE' }, 'BAD_USER_INPUT'],
      [{ plannedEnd: '2025-06-30' }, 'BAD_USER_INPUT'],
      [{ actualEnd: '2025-06-30' }, 'BAD_USER_INPUT'],
      [{ progress: 150 }, 'BAD_USER_INPUT'],
      [{ name: null }, 'BAD_USER_INPUT'],
      [{ orgUnitId: encodeGlobalId('OrgUnit', 999_999) }, 'NOT_FOUND'],
    ];
    for (const [input, code] of cases) {
      const result = await t.request(UPDATE, { id: created.id, version: 2, input });
      expect({ input, code: result.errors?.[0].extensions?.code }).toEqual({ input, code });
    }

    const done = await t.execute(UPDATE, {
      id: created.id,
      version: 2,
      input: { status: 'DONE', actualEnd: '2026-12-15', code: 'UPD-2' },
    });
    expect(done.updateProject).toMatchObject({
      status: 'DONE',
      actualEnd: '2026-12-15',
      code: 'UPD-2',
      version: 3,
    });
    const clearing = await t.request(UPDATE, { id: created.id, version: 3, input: { actualEnd: null } });
    expect(clearing.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await t.request(UPDATE, {
      id: encodeGlobalId('TechProject', 999_999),
      version: 1,
      input: {},
    });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('returns CONFLICT for a stale version and writes nothing', async () => {
    const refs = await arrange();
    const created = (await t.execute(CREATE, { input: validInput(refs, { name: 'Original' }) }))
      .createProject;
    await t.execute(UPDATE, { id: created.id, version: 1, input: { name: 'First change' } });

    const stale = await t.request(UPDATE, {
      id: created.id,
      version: 1,
      input: { name: 'Lost', progress: 90 },
    });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const staleReport = await t.request(REPORT, { id: created.id, version: 1, progress: 90, health: 'RED' });
    expect(staleReport.errors?.[0].extensions?.code).toBe('CONFLICT');
    const staleArchive = await t.request(ARCHIVE, { id: created.id, version: 1 });
    expect(staleArchive.errors?.[0].extensions?.code).toBe('CONFLICT');

    const row = await t.em().findOneOrFail(TechProject, { code: created.code });
    expect({
      name: row.name,
      progress: row.progress,
      health: row.health,
      version: row.version,
      archivedAt: row.archivedAt,
    }).toEqual({ name: 'First change', progress: 0, health: 'GREEN', version: 2, archivedAt: undefined });
  });

  it("records a project manager's progress report", async () => {
    const refs = await arrange();
    const created = (await t.execute(CREATE, { input: validInput(refs, { status: 'IN_PROGRESS' }) }))
      .createProject;

    const reported = await t.execute(REPORT, { id: created.id, version: 1, progress: 60, health: 'AMBER' });
    expect(reported.reportProjectProgress).toEqual({
      progress: 60,
      health: 'AMBER',
      status: 'IN_PROGRESS',
      actualEnd: null,
      version: 2,
    });
    const noEnd = await t.request(REPORT, {
      id: created.id,
      version: 2,
      progress: 100,
      health: 'GREEN',
      status: 'DONE',
    });
    expect(noEnd.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actualEnd' });
    for (const progress of [101, -5]) {
      const bad = await t.request(REPORT, { id: created.id, version: 2, progress, health: 'GREEN' });
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    const done = await t.execute(REPORT, {
      id: created.id,
      version: 2,
      progress: 100,
      health: 'GREEN',
      status: 'DONE',
      actualEnd: '2026-12-20',
    });
    expect(done.reportProjectProgress).toEqual({
      progress: 100,
      health: 'GREEN',
      status: 'DONE',
      actualEnd: '2026-12-20',
      version: 3,
    });
  });

  it('archives a project and hides it from relation lists', async () => {
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit();
    const goal = seed.goal();
    const project = seed.project({ orgUnit: unit });
    seed.contribution(project, goal, 0.5);
    await seed.flush();
    const id = encodeGlobalId('TechProject', project.id);

    const archived = await t.execute(ARCHIVE, { id, version: 1 });
    expect(archived.archiveProject.archivedAt).toEqual(expect.any(String));
    expect(archived.archiveProject.version).toBe(2);
    const again = await t.execute(ARCHIVE, { id, version: 2 });
    expect(again.archiveProject.archivedAt).toBe(archived.archiveProject.archivedAt);

    const lists = await t.execute(
      `query($u: ID!, $g: ID!, $p: ID!) {
        unit: node(id: $u) { ... on OrgUnit { projects { code } } }
        goal: node(id: $g) { ... on StrategicGoal { projects { code } all: projects(includeArchived: true) { code } } }
        project(id: $p) { code archivedAt }
      }`,
      { u: encodeGlobalId('OrgUnit', unit.id), g: encodeGlobalId('StrategicGoal', goal.id), p: id },
    );
    expect(lists.unit.projects).toEqual([]);
    expect(lists.goal.projects).toEqual([]);
    expect(lists.goal.all).toEqual([{ code: project.code }]);
    expect(lists.project.archivedAt).toBe(archived.archiveProject.archivedAt);
  });
});
