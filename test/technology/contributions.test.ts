import { encodeGlobalId } from '../../src/graphql/global-id';
import { ProjectContribution } from '../../src/technology/project-contribution.entity';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

const SET = `
  mutation($projectId: ID!, $goalId: ID!, $weight: Float!) {
    setProjectContribution(projectId: $projectId, goalId: $goalId, weight: $weight) {
      id weight version project { code } goal { code }
    }
  }`;
const REMOVE = `mutation($projectId: ID!, $goalId: ID!) { removeProjectContribution(projectId: $projectId, goalId: $goalId) }`;
const GOAL_TREE = `
  query($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on StrategicGoal {
        code
        contributions { weight project { code } }
        projects { code milestones { title dueDate } }
      }
    }
  }`;

describe('project contributions to goals', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function arrange() {
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit();
    const project = seed.project({ orgUnit: unit });
    const goal = seed.goal();
    await seed.flush();
    return {
      project,
      goal,
      projectId: encodeGlobalId('TechProject', project.id),
      goalId: encodeGlobalId('StrategicGoal', goal.id),
    };
  }

  it('upserts the link by project and goal, then removes it', async () => {
    const { project, goal, projectId, goalId } = await arrange();
    const first = (await t.execute(SET, { projectId, goalId, weight: 0.4 })).setProjectContribution;
    expect(first).toMatchObject({
      weight: 0.4,
      version: 1,
      project: { code: project.code },
      goal: { code: goal.code },
    });
    const second = (await t.execute(SET, { projectId, goalId, weight: 1 })).setProjectContribution;
    expect(second).toMatchObject({ id: first.id, weight: 1, version: 2 });
    expect(await t.em().count(ProjectContribution, { project: project.id })).toBe(1);

    const read = await t.execute(
      `query($p: ID!) { project(id: $p) { goals { code } contributions { weight goal { code } } } }`,
      { p: projectId },
    );
    expect(read.project).toEqual({
      goals: [{ code: goal.code }],
      contributions: [{ weight: 1, goal: { code: goal.code } }],
    });

    expect((await t.execute(REMOVE, { projectId, goalId })).removeProjectContribution).toBe(true);
    expect((await t.execute(REMOVE, { projectId, goalId })).removeProjectContribution).toBe(false);
    expect(await t.em().count(ProjectContribution, { project: project.id })).toBe(0);
  });

  it('refuses weights outside (0, 1] and unknown references, writing nothing', async () => {
    const { project, projectId, goalId } = await arrange();
    for (const weight of [0, -0.5, 1.01]) {
      const result = await t.request(SET, { projectId, goalId, weight });
      expect({ weight, code: result.errors?.[0].extensions?.code }).toEqual({
        weight,
        code: 'BAD_USER_INPUT',
      });
    }
    const unknownGoal = await t.request(SET, {
      projectId,
      goalId: encodeGlobalId('StrategicGoal', 999_999),
      weight: 0.5,
    });
    expect(unknownGoal.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'goalId' });
    const unknownProject = await t.request(SET, {
      projectId: encodeGlobalId('TechProject', 999_999),
      goalId,
      weight: 0.5,
    });
    expect(unknownProject.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'projectId' });
    const wrongType = await t.request(REMOVE, { projectId: goalId, goalId });
    expect(wrongType.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'projectId' });
    const removeUnknown = await t.request(REMOVE, {
      projectId,
      goalId: encodeGlobalId('StrategicGoal', 999_999),
    });
    expect(removeUnknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'goalId' });
    expect(await t.em().count(ProjectContribution, { project: project.id })).toBe(0);
  });

  it('lists the projects and contributions of a goal by project code, with milestones by due date', async () => {
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit();
    const goal = seed.goal();
    const lonely = seed.goal();
    const b = seed.project({ orgUnit: unit, code: 'GP-B' });
    const a = seed.project({ orgUnit: unit, code: 'GP-A' });
    seed.milestone({ project: a, title: 'a2', dueDate: '2026-08-01' });
    seed.milestone({ project: a, title: 'a1', dueDate: '2026-02-01' });
    seed.contribution(b, goal, 0.3);
    seed.contribution(a, goal, 0.7);
    await seed.flush();

    const data = await t.execute(GOAL_TREE, {
      ids: [encodeGlobalId('StrategicGoal', goal.id), encodeGlobalId('StrategicGoal', lonely.id)],
    });
    expect(data.nodes[0]).toEqual({
      code: goal.code,
      contributions: [
        { weight: 0.7, project: { code: 'GP-A' } },
        { weight: 0.3, project: { code: 'GP-B' } },
      ],
      projects: [
        {
          code: 'GP-A',
          milestones: [
            { title: 'a1', dueDate: '2026-02-01' },
            { title: 'a2', dueDate: '2026-08-01' },
          ],
        },
        { code: 'GP-B', milestones: [] },
      ],
    });
    expect(data.nodes[1]).toEqual({ code: lonely.code, contributions: [], projects: [] });
  });

  it('makes the same number of SQL statements for goals → projects → milestones with 5 and 200 goals', async () => {
    async function seedGoals(count: number): Promise<string[]> {
      const seed = new SeedBuilder(t.em());
      const unit = seed.orgUnit();
      const goals = [];
      for (let g = 0; g < count; g++) {
        const goal = seed.goal();
        goals.push(goal);
        for (let p = 0; p < 2; p++) {
          const project = seed.project({ orgUnit: unit });
          seed.contribution(project, goal, 0.5);
          seed.milestone({ project });
          seed.milestone({ project });
        }
      }
      await seed.flush();
      return goals.map((goal) => encodeGlobalId('StrategicGoal', goal.id));
    }
    const fewIds = await seedGoals(5);
    const manyIds = await seedGoals(200);
    const milestonesOf = (data: { nodes: { projects: { milestones: unknown[] }[] }[] }) =>
      data.nodes.flatMap((goal) => goal.projects.flatMap((project) => project.milestones)).length;

    let fewMilestones = 0;
    let manyMilestones = 0;
    const few = await t.countSql(async () => {
      fewMilestones = milestonesOf(await t.execute(GOAL_TREE, { ids: fewIds }));
    });
    const many = await t.countSql(async () => {
      manyMilestones = milestonesOf(await t.execute(GOAL_TREE, { ids: manyIds }));
    });
    expect([fewMilestones, manyMilestones]).toEqual([20, 800]);
    expect(many).toBe(few);
    // goals by id, contributions (+ projects via join), projects by id, milestones
    expect(few).toBeGreaterThanOrEqual(3);
    expect(few).toBeLessThanOrEqual(4);
  });
});
