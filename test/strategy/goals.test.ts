import { CreateGoalDocument, GoalsWithKpisDocument } from '../../schema/generated/operations';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

describe('goals with their KPIs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function seedGoals(count: number, kpisPerGoal: number): Promise<void> {
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit();
    for (let g = 0; g < count; g++) {
      const goal = seed.goal();
      for (let k = 0; k < kpisPerGoal; k++) seed.keyResult({ goal, kpi: seed.kpi({ orgUnit: unit }) });
    }
    await seed.flush();
  }

  it('lists goals with the KPIs of their key results', async () => {
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit();
    const goal = seed.goal({ code: 'A-GOAL', title: 'Grow margin' });
    seed.keyResult({ goal, kpi: seed.kpi({ orgUnit: unit, code: 'A-KPI-1' }) });
    seed.keyResult({ goal, kpi: seed.kpi({ orgUnit: unit, code: 'A-KPI-2' }) });
    await seed.flush();

    const data = await t.execute(GoalsWithKpisDocument, { first: 1000 });
    const found = data.goals.nodes.find((g) => g.code === 'A-GOAL');
    expect(found?.title).toBe('Grow margin');
    expect(found?.kpis.map((k) => k.code).sort()).toEqual(['A-KPI-1', 'A-KPI-2']);
  });

  it('makes the same number of SQL statements for 5 goals as for 500', async () => {
    await seedGoals(5, 2);
    const few = await t.countSql(() => t.execute(GoalsWithKpisDocument, { first: 1000 }));
    await seedGoals(495, 2);
    let rows = 0;
    const many = await t.countSql(async () => {
      rows = (await t.execute(GoalsWithKpisDocument, { first: 1000 })).goals.nodes.length;
    });
    expect(rows).toBeGreaterThanOrEqual(500);
    expect(many).toBe(few);
    // page + totalCount + key results + KPIs
    expect(few).toBeLessThanOrEqual(4);
  });

  it('creates a goal and rejects invalid input with BAD_USER_INPUT', async () => {
    const created = await t.execute(CreateGoalDocument, {
      input: {
        code: 'NEW-1',
        title: 'Enter a new market',
        perspective: 'CUSTOMER',
        fiscalYear: 2027,
        startDate: '2027-01-01',
        endDate: '2027-12-31',
      },
    });
    expect(created.createGoal).toMatchObject({ code: 'NEW-1', status: 'DRAFT', version: 1 });

    const bad = await t.request(CreateGoalDocument, {
      input: {
        code: 'x',
        title: '',
        perspective: 'CUSTOMER',
        fiscalYear: 1999,
        startDate: '2027-01-01',
        endDate: '2027-12-31',
      },
    });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const duplicate = await t.request(CreateGoalDocument, {
      input: {
        code: 'NEW-1',
        title: 'Again',
        perspective: 'CUSTOMER',
        fiscalYear: 2027,
        startDate: '2027-01-01',
        endDate: '2027-12-31',
      },
    });
    expect(duplicate.errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});
