import type { EntityManager } from '@mikro-orm/postgresql';
import type { CompanyCounts } from '../../src/demo/company-loader';
import { DEMO_COMPANY } from '../../src/demo/demo-company';
import { DIVISIONS_PER_SCALE, generateCompany } from '../../src/demo/generate-company';
import { startTestApp, type TestApp } from '../helpers/test-app';

async function one(em: EntityManager, sql: string): Promise<number> {
  const [row] = await em.execute<{ v: number }[]>(sql);
  return Number(row.v);
}

const spec = DEMO_COMPANY;
/** How often each alignment gap occurs in the demo spec; every division repeats it. */
const specGaps = {
  goalsWithoutKeyResults: spec.goals.filter((g) => !spec.keyResults.some((kr) => kr.goal === g.code)).length,
  projectsWithoutGoals: spec.projects.filter((p) => p.contributions.length === 0).length,
  budgetsFundingNothing: spec.budgets.filter(
    (b) => !b.goal && !spec.projects.some((p) => p.budget === b.code),
  ).length,
};

describe('generateCompany', () => {
  const apps: TestApp[] = [];
  const counts: Record<number, CompanyCounts> = {};
  const ems: Record<number, EntityManager> = {};

  beforeAll(async () => {
    for (const scale of [1, 2]) {
      const t = await startTestApp();
      apps.push(t);
      counts[scale] = await generateCompany(t.em(), { scale, seed: 7 });
      ems[scale] = t.em();
    }
  });
  afterAll(async () => {
    await Promise.all(apps.map((t) => t.close()));
  });

  it('loads scale × 10 copies of the demo shape, so counts grow linearly (rates are per currency and month)', () => {
    const divisions = DIVISIONS_PER_SCALE;
    expect(counts[1]).toMatchObject({
      orgUnits: divisions * spec.orgUnits.length,
      people: divisions * spec.people.length,
      goals: divisions * spec.goals.length,
      keyResults: divisions * spec.keyResults.length,
      kpis: divisions * spec.kpis.length,
      budgets: divisions * spec.budgets.length,
      projects: divisions * spec.projects.length,
      milestones: divisions * spec.milestones.length,
      risks: divisions * spec.risks.length,
    });
    for (const [table, n] of Object.entries(counts[1]) as [keyof CompanyCounts, number][]) {
      expect(n).toBeGreaterThan(0);
      expect([table, counts[2][table]]).toEqual([table, table === 'exchangeRates' ? n : 2 * n]);
    }
  });

  it.each([1, 2])('writes unique codes and e-mails and resolves every link at scale %i', async (scale) => {
    const em = ems[scale];
    const divisions = scale * DIVISIONS_PER_SCALE;
    for (const [table, column] of [
      ['org_unit', 'code'],
      ['strategic_goal', 'code'],
      ['kpi', 'code'],
      ['budget', 'code'],
      ['tech_project', 'code'],
      ['person', 'email'],
    ]) {
      expect([
        table,
        await one(em, `select count(*) - count(distinct ${column}) as v from ${table}`),
      ]).toEqual([table, 0]);
    }
    // One org tree, one CEO/CFO/CIO/COO; every division's root hangs under the group's root.
    expect(await one(em, `select count(*)::int as v from org_unit where parent_id is null`)).toBe(1);
    expect(await one(em, `select count(*)::int as v from person where executive_role is not null`)).toBe(4);
    expect(
      await one(
        em,
        `with recursive tree as (select id from org_unit where parent_id is null
                     union all select c.id from org_unit c join tree t on c.parent_id = t.id) select count(*)::int as v from tree`,
      ),
    ).toBe(divisions * spec.orgUnits.length);
    // Links resolved as in the spec: no reference lost in the code joins.
    const expectNulls = async (sql: string, perDivision: number) =>
      expect([sql, await one(em, `select count(*)::int as v from ${sql}`)]).toEqual([
        sql,
        divisions * perDivision,
      ]);
    await expectNulls(`strategic_goal where parent_id is null`, spec.goals.filter((g) => !g.parent).length);
    await expectNulls(`strategic_goal where owner_id is null`, 0);
    await expectNulls(`kpi where owner_id is null`, 0);
    await expectNulls(`budget where goal_id is null`, spec.budgets.filter((b) => !b.goal).length);
    await expectNulls(`tech_project where budget_id is null`, spec.projects.filter((p) => !p.budget).length);
    await expectNulls(`tech_project where sponsor_id is null`, 0);
    await expectNulls(`risk where goal_id is null`, spec.risks.filter((r) => !r.goal).length);
    await expectNulls(`risk where project_id is null`, spec.risks.filter((r) => !r.project).length);
    await expectNulls(`risk where kpi_id is null`, spec.risks.filter((r) => !r.kpi).length);
    await expectNulls(`risk where owner_id is null`, 0);
    // Links stay inside a division: a KPI's org unit carries the KPI's division suffix.
    expect(
      await one(
        em,
        `select count(*)::int as v from kpi k join org_unit ou on ou.id = k.org_unit_id
                     where substring(k.code from '-D[0-9]+$') is distinct from substring(ou.code from '-D[0-9]+$')`,
      ),
    ).toBe(0);
  });

  it.each([1, 2])(
    'keeps the alignment gaps, series and currencies in every division at scale %i',
    async (scale) => {
      const em = ems[scale];
      const divisions = scale * DIVISIONS_PER_SCALE;
      expect(
        await one(
          em,
          `select count(*)::int as v from strategic_goal g where not exists (select 1 from key_result kr where kr.goal_id = g.id)`,
        ),
      ).toBe(divisions * specGaps.goalsWithoutKeyResults);
      expect(
        await one(
          em,
          `select count(*)::int as v from tech_project p where not exists (select 1 from project_contribution c where c.project_id = p.id)`,
        ),
      ).toBe(divisions * specGaps.projectsWithoutGoals);
      expect(
        await one(
          em,
          `select count(*)::int as v from budget b where b.goal_id is null and not exists (select 1 from tech_project p where p.budget_id = b.id)`,
        ),
      ).toBe(divisions * specGaps.budgetsFundingNothing);
      // Every monthly KPI has 24 measurements, every measured period a target.
      expect(
        await one(
          em,
          `select count(*)::int as v from kpi k where k.frequency = 'MONTHLY'
                     and (select count(*) from kpi_measurement m where m.kpi_id = k.id) <> 24`,
        ),
      ).toBe(0);
      expect(
        await one(
          em,
          `select count(*)::int as v from kpi_measurement m left join kpi_target t on t.kpi_id = m.kpi_id and t.period = m.period where t.id is null`,
        ),
      ).toBe(0);
      expect(
        await one(
          em,
          `select count(*)::int as v from (select distinct b.currency, a.month from budget_actual a join budget b on b.id = a.budget_id) u
                     where not exists (select 1 from exchange_rate r where r.currency = u.currency and r.month = u.month)`,
        ),
      ).toBe(0);
      expect(await one(em, `select count(distinct currency)::int as v from budget`)).toBeGreaterThanOrEqual(
        3,
      );
    },
  );
});
