import type { OrgScope } from '../../auth/org-scope';
import type { GraphQLContext } from '../../graphql/context';
import { Kpi } from '../../operations/kpi.entity';
import { StrategicGoal } from '../../strategy/strategic-goal.entity';
import { BudgetVarianceService } from '../budget-variance/budget-variance.service';
import { BudgetGrouping } from '../budget-variance/budget-variance.types';
import { GoalHealthService, type ScoredGoal } from '../goal-health/goal-health.service';
import { fiscalYearBounds } from '../shared/as-of';
import { assertNoMissingRate, rateSql } from '../shared/currency';
import { attainmentSql, statusSql } from '../shared/kpi-sql';
import { RagStatus } from '../shared/rag-status.enum';
import { inScope, selectRows, sql } from '../shared/sql';
import type {
  ExecutiveSummary,
  FinanceSummary,
  OperationsSummary,
  StrategySummary,
  TechnologySummary,
} from './executive-summary.types';

const WORST = 5;
const STATUSES = [RagStatus.GREEN, RagStatus.AMBER, RagStatus.RED, RagStatus.NO_DATA];

export class ExecutiveSummaryService {
  private readonly unit: OrgScope | null;

  constructor(
    private readonly ctx: GraphQLContext,
    private readonly summary: ExecutiveSummary,
  ) {
    this.unit = summary.unitId ? { rootOrgUnitId: summary.unitId } : null;
  }

  /** Three statements: the year's goal ids, the scores of their subtrees, the worst goals' rows. */
  async strategy(): Promise<StrategySummary> {
    const { worst, ...summary } = await this.rankGoals();
    const entities = await this.ctx.loaders.byId(StrategicGoal).loadMany(worst.map((g) => g.goalId));
    return {
      ...summary,
      worstGoals: worst.map((g, index) => ({
        goal: entities[index] as StrategicGoal,
        score: g.score,
        status: g.status,
      })),
    };
  }

  /**
   * The year's goals counted by status, their mean score and the worst ones (two statements).
   * Only scores are computed, not the explained health (thousands of driver labels and reasons per
   * request that the summary never shows), and only these few numbers outlive the call: a request
   * then waiting for a pooled connection for the worst goals' rows holds no roll-up.
   */
  private async rankGoals(): Promise<Omit<StrategySummary, 'worstGoals'> & { worst: ScoredGoal[] }> {
    const ids = await selectRows<{ id: number }>(
      this.ctx,
      sql`select id from strategic_goal where fiscal_year = ${this.summary.fiscalYear} and archived_at is null`,
    );
    const wanted = new Set(ids.map((row) => row.id));
    const scores: Map<number, ScoredGoal> = wanted.size
      ? await new GoalHealthService(this.ctx, this.unit).scores([...wanted], this.summary.asOf)
      : new Map();
    const goals = [...scores.values()].filter(
      (g) => wanted.has(g.goalId) && ((!this.unit && !this.ctx.scope) || g.exactScore !== null),
    );
    const scored = goals.filter((g): g is ScoredGoal & { exactScore: number } => g.exactScore !== null);
    return {
      goals: goals.length,
      byStatus: STATUSES.map((status) => ({
        key: status,
        count: goals.filter((g) => g.status === status).length,
      })),
      averageScore: scored.length
        ? Number((scored.reduce((sum, g) => sum + g.exactScore, 0) / scored.length).toFixed(1))
        : null,
      worst: [...scored].sort((a, b) => a.exactScore - b.exactScore || a.goalId - b.goalId).slice(0, WORST),
    };
  }

  /** One statement (grouping sets: per category and the total). */
  async finance(): Promise<FinanceSummary> {
    const rows = await new BudgetVarianceService(this.ctx).rows(
      this.summary.fiscalYear,
      BudgetGrouping.CATEGORY,
      this.summary.asOf,
      this.unit,
      true,
    );
    const total = rows.find((row) => row.key === 'TOTAL');
    return {
      currency: this.ctx.config.reportingCurrency,
      planned: total?.planned ?? '0.00',
      actual: total?.actual ?? '0.00',
      variance: total?.variance ?? '0.00',
      variancePct: total?.variancePct ?? null,
      byCategory: rows.filter((row) => row.key !== 'TOTAL'),
    };
  }

  /** One statement. */
  async technology(): Promise<TechnologySummary> {
    const { start, end } = fiscalYearBounds(this.summary.fiscalYear);
    const reporting = this.ctx.config.reportingCurrency;
    const scope = this.ctx.scope;
    const rows = await selectRows<{
      dim: string;
      key: string | null;
      count: number;
      amount: string | null;
      missing: string | null;
    }>(
      this.ctx,
      sql`with p as (
            select p.id, p.status, p.health, p.budget_id from tech_project p
            where p.archived_at is null and p.planned_start <= ${end}::date and p.planned_end >= ${start}::date
              and ${inScope('p.org_unit_id', scope, this.unit)}),
          rb as (
            select b.id, b.planned, b.currency, b.fiscal_year,
              ${rateSql('b.currency', 'make_date(b.fiscal_year, 1, 1)', reporting)} as rate
            from budget b
            where b.id in (select budget_id from p where health = 'RED') and ${inScope('b.org_unit_id', scope)})
          select 'STATUS' as dim, status::text as key, count(*)::int as count, null::text as amount, null::text as missing
          from p group by status
          union all
          select 'HEALTH', health::text, count(*)::int, null, null from p group by health
          union all
          select 'RED_BUDGET', null, count(*)::int, coalesce(round(sum(rb.planned * rb.rate), 2), 0)::text,
            min(case when rb.rate is null then trim(rb.currency) || '|' || make_date(rb.fiscal_year, 1, 1)::text end)
          from rb
          order by 1, 2`,
    );
    assertNoMissingRate(rows, reporting);
    const counts = (dim: string) =>
      rows.filter((row) => row.dim === dim).map((row) => ({ key: row.key as string, count: row.count }));
    const byHealth = counts('HEALTH');
    return {
      projects: counts('STATUS').reduce((sum, row) => sum + row.count, 0),
      byStatus: counts('STATUS'),
      byHealth,
      redProjects: byHealth.find((row) => row.key === 'RED')?.count ?? 0,
      budgetOfRedProjects: rows.find((row) => row.dim === 'RED_BUDGET')?.amount ?? '0.00',
      currency: reporting,
    };
  }

  /** Two statements (grouped counts; worst KPIs) plus one for the worst KPIs' rows. */
  async operations(): Promise<OperationsSummary> {
    const { start, end } = fiscalYearBounds(this.summary.fiscalYear);
    const upper = this.summary.asOf < end ? this.summary.asOf : end;
    const attainment = attainmentSql('k.direction', 'm.value', 't.value');
    const latest = sql`with x as (
        select k.id, k.process_area, m.period, ${attainment} as attainment,
          ${statusSql(attainment, 'k.amber_threshold', 'k.red_threshold')} as status
        from kpi k
        left join lateral (select lm.period, lm.value from kpi_measurement lm
                           where lm.kpi_id = k.id and lm.period between ${start}::date and ${upper}::date
                           order by lm.period desc limit 1) m on true
        left join kpi_target t on t.kpi_id = k.id and t.period = m.period
        where k.archived_at is null and ${inScope('k.org_unit_id', this.ctx.scope, this.unit)})`;
    const groups = await selectRows<{
      key: string;
      kpis: number;
      green: number;
      amber: number;
      red: number;
      no_data: number;
      average_attainment: number | null;
    }>(
      this.ctx,
      sql`${latest}
          select x.process_area::text as key, count(*)::int as kpis,
            (count(*) filter (where x.status = 'GREEN'))::int as green,
            (count(*) filter (where x.status = 'AMBER'))::int as amber,
            (count(*) filter (where x.status = 'RED'))::int as red,
            (count(*) filter (where x.status = 'NO_DATA'))::int as no_data,
            avg(x.attainment)::float8 as average_attainment
          from x group by 1 order by 1`,
    );
    const worst = await selectRows<{ id: number; period: string; attainment: number; status: RagStatus }>(
      this.ctx,
      sql`${latest}
          select x.id, x.period::text as period, x.attainment::float8 as attainment, x.status from x
          where x.attainment is not null order by x.attainment asc, x.id limit ${WORST}`,
    );
    const kpis = await this.ctx.loaders.byId(Kpi).loadMany(worst.map((row) => row.id));
    return {
      kpis: groups.reduce((sum, row) => sum + row.kpis, 0),
      byProcessArea: groups.map((row) => ({
        key: row.key,
        label: row.key,
        kpis: row.kpis,
        green: row.green,
        amber: row.amber,
        red: row.red,
        noData: row.no_data,
        averageAttainment: row.average_attainment,
      })),
      worstKpis: worst.map((row, index) => ({
        kpi: kpis[index] as Kpi,
        period: row.period,
        attainment: row.attainment,
        status: row.status,
      })),
    };
  }
}
