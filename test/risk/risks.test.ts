import { encodeGlobalId } from '../../src/graphql/global-id';
import { Risk } from '../../src/risk/risk.entity';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

const RISK = `
  query($id: ID!) {
    risk(id: $id) {
      id title description category likelihood impact exposure status version archivedAt
      owner { name } goal { code } project { code } kpi { code }
    }
  }`;
const CREATE = `
  mutation($input: CreateRiskInput!) {
    createRisk(input: $input) {
      id title category likelihood impact exposure status version
      owner { name } goal { code } project { code } kpi { code }
    }
  }`;
const UPDATE = `
  mutation($id: ID!, $version: Int!, $input: UpdateRiskInput!) {
    updateRisk(id: $id, version: $version, input: $input) {
      title description likelihood impact exposure status version goal { code } project { code } kpi { code }
    }
  }`;
const ARCHIVE = `mutation($id: ID!, $version: Int!) { archiveRisk(id: $id, version: $version) { archivedAt version } }`;

describe('risks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function arrange() {
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit();
    const owner = seed.person();
    const goal = seed.goal();
    const project = seed.project({ orgUnit: unit });
    const kpi = seed.kpi({ orgUnit: unit });
    await seed.flush();
    return {
      owner,
      goal,
      project,
      kpi,
      ids: {
        ownerId: encodeGlobalId('Person', owner.id),
        goalId: encodeGlobalId('StrategicGoal', goal.id),
        projectId: encodeGlobalId('TechProject', project.id),
        kpiId: encodeGlobalId('Kpi', kpi.id),
      },
    };
  }

  it('creates a linked risk and reads it by ID; null when absent; BAD_USER_INPUT when malformed', async () => {
    const refs = await arrange();
    const created = await t.execute(CREATE, {
      input: {
        title: 'Supplier insolvency',
        category: 'SUPPLY_CHAIN',
        likelihood: 2,
        impact: 5,
        ...refs.ids,
      },
    });
    expect(created.createRisk).toMatchObject({
      title: 'Supplier insolvency',
      category: 'SUPPLY_CHAIN',
      exposure: 10,
      status: 'OPEN',
      version: 1,
      owner: { name: refs.owner.name },
      goal: { code: refs.goal.code },
      project: { code: refs.project.code },
      kpi: { code: refs.kpi.code },
    });
    const read = await t.execute(RISK, { id: created.createRisk.id });
    expect(read.risk).toMatchObject({
      title: 'Supplier insolvency',
      likelihood: 2,
      impact: 5,
      archivedAt: null,
    });

    expect((await t.execute(RISK, { id: encodeGlobalId('Risk', 999_999) })).risk).toBeNull();
    const bad = await t.request(RISK, { id: refs.ids.goalId });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses invalid risks with a stable code and writes nothing', async () => {
    const refs = await arrange();
    const before = await t.em().count(Risk, {});
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ likelihood: 0 }, 'BAD_USER_INPUT'],
      [{ likelihood: 6 }, 'BAD_USER_INPUT'],
      [{ impact: 0 }, 'BAD_USER_INPUT'],
      [{ impact: 6 }, 'BAD_USER_INPUT'],
      [{ title: '' }, 'BAD_USER_INPUT'],
      [{ category: 'WEATHER' }, 'BAD_USER_INPUT'],
      [{ ownerId: encodeGlobalId('Person', 999_999) }, 'NOT_FOUND', 'ownerId'],
      [{ goalId: encodeGlobalId('StrategicGoal', 999_999) }, 'NOT_FOUND', 'goalId'],
      [{ projectId: encodeGlobalId('TechProject', 999_999) }, 'NOT_FOUND', 'projectId'],
      [{ kpiId: encodeGlobalId('Kpi', 999_999) }, 'NOT_FOUND', 'kpiId'],
      [{ kpiId: refs.ids.goalId }, 'BAD_USER_INPUT', 'kpiId'],
    ];
    for (const [overrides, code, argument] of cases) {
      const result = await t.request(CREATE, {
        input: {
          title: 'R',
          category: 'CYBER_SECURITY',
          likelihood: 3,
          impact: 3,
          ...refs.ids,
          ...overrides,
        },
      });
      expect({ overrides, code: result.errors?.[0].extensions?.code }).toEqual({ overrides, code });
      if (argument) expect(result.errors?.[0].extensions?.argument).toBe(argument);
    }
    expect(await t.em().count(Risk, {})).toBe(before);
  });

  it('updates a risk, clears links with null, and refuses a stale version without writing', async () => {
    const refs = await arrange();
    const { createRisk: risk } = await t.execute(CREATE, {
      input: { title: 'Ransomware', category: 'CYBER_SECURITY', likelihood: 3, impact: 4, ...refs.ids },
    });
    const updated = await t.execute(UPDATE, {
      id: risk.id,
      version: 1,
      input: { likelihood: 4, status: 'MITIGATING', description: 'Phishing wave', goalId: null, kpiId: null },
    });
    expect(updated.updateRisk).toEqual({
      title: 'Ransomware',
      description: 'Phishing wave',
      likelihood: 4,
      impact: 4,
      exposure: 16,
      status: 'MITIGATING',
      version: 2,
      goal: null,
      project: { code: refs.project.code },
      kpi: null,
    });

    const stale = await t.request(UPDATE, { id: risk.id, version: 1, input: { title: 'Lost', impact: 1 } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const staleArchive = await t.request(ARCHIVE, { id: risk.id, version: 1 });
    expect(staleArchive.errors?.[0].extensions?.code).toBe('CONFLICT');
    for (const [input, code] of [
      [{ impact: 9 }, 'BAD_USER_INPUT'],
      [{ title: null }, 'BAD_USER_INPUT'],
      [{ projectId: encodeGlobalId('TechProject', 999_999) }, 'NOT_FOUND'],
    ] as const) {
      const result = await t.request(UPDATE, { id: risk.id, version: 2, input });
      expect({ input, code: result.errors?.[0].extensions?.code }).toEqual({ input, code });
    }
    const row = await t.em().findOneOrFail(Risk, { title: 'Ransomware' });
    expect({
      impact: row.impact,
      version: row.version,
      archivedAt: row.archivedAt,
      project: row.project?.id,
    }).toEqual({
      impact: 4,
      version: 2,
      archivedAt: undefined,
      project: refs.project.id,
    });
    const missing = await t.request(UPDATE, { id: encodeGlobalId('Risk', 999_999), version: 1, input: {} });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lists the risks of a project, a goal and a KPI by exposure, archived only on request', async () => {
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit();
    const goal = seed.goal();
    const project = seed.project({ orgUnit: unit });
    const kpi = seed.kpi({ orgUnit: unit });
    seed.risk({ title: 'low', likelihood: 1, impact: 2, project, goal, kpi });
    seed.risk({ title: 'high', likelihood: 5, impact: 4, project, goal });
    seed.risk({ title: 'mid', likelihood: 3, impact: 3, project, kpi });
    const archived = seed.risk({ title: 'gone', likelihood: 5, impact: 5, project, goal, kpi });
    await seed.flush();
    const archive = await t.execute(ARCHIVE, { id: encodeGlobalId('Risk', archived.id), version: 1 });
    expect(archive.archiveRisk).toMatchObject({ archivedAt: expect.any(String), version: 2 });

    const data = await t.execute(
      `query($p: ID!, $g: ID!, $k: ID!) {
        project(id: $p) { risks { title } all: risks(includeArchived: true) { title } }
        goal: node(id: $g) { ... on StrategicGoal { risks { title } } }
        kpi: node(id: $k) { ... on Kpi { risks { title } } }
      }`,
      {
        p: encodeGlobalId('TechProject', project.id),
        g: encodeGlobalId('StrategicGoal', goal.id),
        k: encodeGlobalId('Kpi', kpi.id),
      },
    );
    const titles = (list: { title: string }[]) => list.map((r) => r.title);
    expect(titles(data.project.risks)).toEqual(['high', 'mid', 'low']);
    expect(titles(data.project.all)).toEqual(['gone', 'high', 'mid', 'low']);
    expect(titles(data.goal.risks)).toEqual(['high', 'low']);
    expect(titles(data.kpi.risks)).toEqual(['mid', 'low']);
  });

  it('makes the same number of SQL statements for project, goal and KPI risks with 3 and 80 parents', async () => {
    const query = `query($ids: [ID!]!) {
      nodes(ids: $ids) {
        ... on TechProject { risks { title owner { name } } }
        ... on StrategicGoal { risks { title } }
        ... on Kpi { risks { title } }
      }
    }`;
    async function seedParents(count: number): Promise<string[]> {
      const seed = new SeedBuilder(t.em());
      const unit = seed.orgUnit();
      const ids = [];
      for (let i = 0; i < count; i++) {
        const project = seed.project({ orgUnit: unit });
        const goal = seed.goal();
        const kpi = seed.kpi({ orgUnit: unit });
        seed.risk({ project, goal, kpi, owner: seed.person() });
        seed.risk({ project });
        ids.push(project, goal, kpi);
      }
      await seed.flush();
      return ids.map((e) => encodeGlobalId(e.constructor.name, e.id));
    }
    const fewIds = await seedParents(3);
    const manyIds = await seedParents(80);
    const risksOf = (data: { nodes: { risks: unknown[] }[] }) => data.nodes.flatMap((n) => n.risks).length;
    let fewRisks = 0;
    let manyRisks = 0;
    const few = await t.countSql(async () => {
      fewRisks = risksOf(await t.execute(query, { ids: fewIds }));
    });
    const many = await t.countSql(async () => {
      manyRisks = risksOf(await t.execute(query, { ids: manyIds }));
    });
    expect([fewRisks, manyRisks]).toEqual([3 * 4, 80 * 4]);
    expect(many).toBe(few);
    // 3 node loads + 3 risk lists + 1 owner load
    expect(few).toBeLessThanOrEqual(7);
  });
});
