import { Role } from '../../src/auth/role.enum';
import { generateCompany } from '../../src/demo/generate-company';
import { createContext } from '../../src/graphql/context';
import { GoalHealthService } from '../../src/views/goal-health/goal-health.service';
import { startTestApp, type TestApp } from '../helpers/test-app';

/**
 * `GoalHealthService.scores` (what the executive summary counts and ranks) must give exactly the
 * scores of `compute` (what `StrategicGoal.health` explains): same floats, same statuses, same order.
 */
describe('goal scores without drivers', () => {
  let t: TestApp;
  let goalIds: number[];
  let unitId: number;
  beforeAll(async () => {
    t = await startTestApp();
    await generateCompany(t.em(), { scale: 1 });
    const connection = t.em().getConnection();
    goalIds = (await connection.execute<{ id: number }[]>('select id from strategic_goal order by id')).map(
      (row) => row.id,
    );
    // A division root: its subtree holds some of the goals' drivers, not all.
    unitId = (
      await connection.execute<{ id: number }[]>(
        'select id from org_unit where parent_id = (select id from org_unit where parent_id is null order by id limit 1) order by id limit 1',
      )
    )[0].id;
  }, 60_000);
  afterAll(() => t?.close());

  const service = (unit: boolean) => {
    const { app } = t;
    const ctx = createContext(app.database.orm.em, app.config, app.log, 'goal-scores', {
      subject: 'test-admin',
      role: Role.ADMIN,
      scope: null,
      via: 'jwt',
    });
    return new GoalHealthService(ctx, unit ? { rootOrgUnitId: unitId } : null);
  };

  it.each([
    ['2026-11-15', false],
    ['2026-03-31', false],
    ['2026-11-15', true],
  ])('as of %s (unit subtree: %s)', async (asOf, unit) => {
    const explained = await service(unit).compute(goalIds, asOf);
    const scored = await service(unit).scores(goalIds, asOf);
    expect(explained.size).toBeGreaterThan(100);
    expect([...scored.values()]).toEqual(
      [...explained.values()].map((g) => ({
        goalId: g.goalId,
        exactScore: g.exactScore,
        score: g.score,
        status: g.status,
      })),
    );
    expect([...scored.values()].some((g) => g.exactScore !== null)).toBe(true);
  });
});
