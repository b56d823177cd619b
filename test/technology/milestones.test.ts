import { encodeGlobalId } from '../../src/graphql/global-id';
import { Milestone } from '../../src/technology/milestone.entity';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

const MILESTONE = `query($id: ID!) { milestone(id: $id) { id title dueDate completedAt version project { code } } }`;
const CREATE = `
  mutation($input: CreateMilestoneInput!) {
    createMilestone(input: $input) { id title dueDate completedAt version project { code } }
  }`;
const UPDATE = `
  mutation($id: ID!, $version: Int!, $input: UpdateMilestoneInput!) {
    updateMilestone(id: $id, version: $version, input: $input) { title dueDate completedAt version }
  }`;
const COMPLETE = `
  mutation($id: ID!, $version: Int!, $completedAt: Date) {
    completeMilestone(id: $id, version: $version, completedAt: $completedAt) { completedAt version }
  }`;
const DELETE = `mutation($id: ID!, $version: Int!) { deleteMilestone(id: $id, version: $version) }`;

describe('project milestones', () => {
  let t: TestApp;
  let projectId: string;
  let projectCode: string;
  beforeAll(async () => {
    t = await startTestApp();
    const seed = new SeedBuilder(t.em());
    const project = seed.project({ orgUnit: seed.orgUnit() });
    await seed.flush();
    projectId = encodeGlobalId('TechProject', project.id);
    projectCode = project.code;
  });
  afterAll(() => t.close());

  it('reads a milestone by ID; null when absent; BAD_USER_INPUT when malformed', async () => {
    const created = await t.execute(CREATE, {
      input: { projectId, title: 'Go-live', dueDate: '2026-10-01' },
    });
    const data = await t.execute(MILESTONE, { id: created.createMilestone.id });
    expect(data.milestone).toMatchObject({
      title: 'Go-live',
      dueDate: '2026-10-01',
      completedAt: null,
      version: 1,
      project: { code: projectCode },
    });
    expect((await t.execute(MILESTONE, { id: encodeGlobalId('Milestone', 999_999) })).milestone).toBeNull();
    const bad = await t.request(MILESTONE, { id: projectId });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a milestone of an unknown project or with bad fields, writing nothing', async () => {
    const before = await t.em().count(Milestone, {});
    const cases: [Record<string, unknown>, string][] = [
      [{ projectId: encodeGlobalId('TechProject', 999_999) }, 'NOT_FOUND'],
      [{ projectId: 'nope' }, 'BAD_USER_INPUT'],
      [{ title: '' }, 'BAD_USER_INPUT'],
      [{ dueDate: '2026-02-30' }, 'BAD_USER_INPUT'],
    ];
    for (const [overrides, code] of cases) {
      const result = await t.request(CREATE, {
        input: { projectId, title: 'X', dueDate: '2026-05-01', ...overrides },
      });
      expect({ overrides, code: result.errors?.[0].extensions?.code }).toEqual({ overrides, code });
    }
    const unknown = await t.request(CREATE, {
      input: { projectId: encodeGlobalId('TechProject', 999_999), title: 'X', dueDate: '2026-05-01' },
    });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'projectId' });
    expect(await t.em().count(Milestone, {})).toBe(before);
  });

  it('updates, completes, reopens and deletes a milestone with optimistic locking', async () => {
    const { createMilestone: m } = await t.execute(CREATE, {
      input: { projectId, title: 'Design', dueDate: '2026-04-01' },
    });
    const updated = await t.execute(UPDATE, { id: m.id, version: 1, input: { title: 'Design sign-off' } });
    expect(updated.updateMilestone).toEqual({
      title: 'Design sign-off',
      dueDate: '2026-04-01',
      completedAt: null,
      version: 2,
    });
    const nullTitle = await t.request(UPDATE, { id: m.id, version: 2, input: { title: null } });
    expect(nullTitle.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const completed = await t.execute(COMPLETE, { id: m.id, version: 2, completedAt: '2026-04-03' });
    expect(completed.completeMilestone).toEqual({ completedAt: '2026-04-03', version: 3 });
    const reopened = await t.execute(UPDATE, { id: m.id, version: 3, input: { completedAt: null } });
    expect(reopened.updateMilestone.completedAt).toBeNull();
    const today = await t.execute(COMPLETE, { id: m.id, version: 4 });
    expect(today.completeMilestone.completedAt).toBe(new Date().toISOString().slice(0, 10));

    const stale = await t.request(DELETE, { id: m.id, version: 4 });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const staleUpdate = await t.request(UPDATE, { id: m.id, version: 1, input: { title: 'Lost' } });
    expect(staleUpdate.errors?.[0].extensions?.code).toBe('CONFLICT');
    const staleComplete = await t.request(COMPLETE, { id: m.id, version: 1 });
    expect(staleComplete.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await t.execute(MILESTONE, { id: m.id })).milestone).toMatchObject({
      title: 'Design sign-off',
      version: 5,
    });

    const deleted = await t.execute(DELETE, { id: m.id, version: 5 });
    expect(deleted.deleteMilestone).toBe(m.id);
    expect((await t.execute(MILESTONE, { id: m.id })).milestone).toBeNull();
    const gone = await t.request(DELETE, { id: m.id, version: 5 });
    expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
