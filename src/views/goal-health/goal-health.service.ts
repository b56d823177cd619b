import DataLoader from 'dataloader';
import { goalInScope } from '../../auth/entity-scope';
import type { OrgScope } from '../../auth/org-scope';
import type { GraphQLContext } from '../../graphql/context';
import { encodeGlobalId } from '../../graphql/global-id';
import { attainmentSql } from '../shared/kpi-sql';
import { slipDaysSql } from '../shared/project-sql';
import type { RagStatus } from '../shared/rag-status.enum';
import { inScope, intArray, raw, selectRows, Sql, sql } from '../shared/sql';
import {
  budgetScore,
  BUDGET_WEIGHT,
  CHILD_GOAL_WEIGHT,
  keyResultScore,
  projectScore,
  statusOf,
  weightedScore,
} from './health-formula';
import { type Health, type HealthDriver, HealthDriverKind } from './health.type';

/** What every row of the driver query carries: enough to score it. */
interface ScoreRow {
  kind: 'GOAL' | 'KEY_RESULT' | 'PROJECT' | 'BUDGET';
  goal_id: number;
  parent_id: number | null;
  item_id: number;
  weight: number | null;
  attainment: number | null;
  health: string | null;
  slip_days: number | null;
  planned: number | null;
  forecast: number | null;
  months: number | null;
}

/** A row of the detailed driver query: also what the labels and reasons say. */
interface DriverRow extends ScoreRow {
  code: string;
  name: string;
  value: number | null;
  target: number | null;
  period: string | null;
}

/** Health of one goal plus what the roll-up needs. */
export interface GoalHealth extends Health {
  goalId: number;
  code: string;
  title: string;
  parentId: number | null;
  /** Unrounded score, used by parents. */
  exactScore: number | null;
}

/** A goal's score without its drivers: what the executive summary counts and ranks. */
export interface ScoredGoal {
  goalId: number;
  exactScore: number | null;
  score: number | null;
  status: RagStatus;
}

type Scored = { score: number | null; weight: number };

const fmt = (value: number, digits = 1) => Number(value.toFixed(digits)).toString();

/**
 * Goal health roll-up. One SQL statement returns, for every goal in the requested subtrees, the goal
 * itself and one already-aggregated row per key result, project and budget; the roll-up of child goals
 * over those few rows happens here.
 */
export class GoalHealthService {
  constructor(
    private readonly ctx: GraphQLContext,
    private readonly unitScope: OrgScope | null = null,
  ) {}

  /** Batched `StrategicGoal.health(asOf)`. */
  loader(asOf: string): DataLoader<number, Health | null> {
    return this.ctx.loaders.memo(
      `views:goal-health:${asOf}`,
      () =>
        new DataLoader<number, Health | null>(async (ids) => {
          const all = await this.compute(ids, asOf);
          return ids.map((id) => all.get(id) ?? null);
        }),
    );
  }

  /** Health of every goal in the subtrees of `rootIds`, drivers explained (one SQL statement). */
  async compute(rootIds: readonly number[], asOf: string): Promise<Map<number, GoalHealth>> {
    const rows = await selectRows<DriverRow>(this.ctx, this.query(rootIds, asOf, true));
    return rollUp(
      rows,
      (row) => this.leafDriver(row),
      (childId, child: GoalHealth): HealthDriver => ({
        kind: HealthDriverKind.CHILD_GOAL,
        itemId: encodeGlobalId('StrategicGoal', childId),
        label: `${child.code} ${child.title}`,
        score: child.exactScore,
        weight: CHILD_GOAL_WEIGHT,
        reason:
          child.exactScore === null
            ? `child goal ${child.code} has no data`
            : `child goal ${child.code} scores ${fmt(child.exactScore)} (${child.status})`,
      }),
      (goal, drivers, exactScore) => ({
        goalId: goal.goal_id,
        code: goal.code,
        title: goal.name,
        parentId: goal.parent_id,
        exactScore,
        score: exactScore === null ? null : Number(exactScore.toFixed(1)),
        status: statusOf(exactScore),
        drivers: drivers.map((d) => ({ ...d, score: d.score === null ? null : Number(d.score.toFixed(1)) })),
      }),
    );
  }

  /**
   * The same scores as `compute` (same statement, same roll-up order, so the same floating-point
   * sums) without labels, reasons or driver lists: a few numbers per goal instead of thousands of
   * driver objects and strings, for callers that only count and rank goals (one SQL statement).
   */
  async scores(rootIds: readonly number[], asOf: string): Promise<Map<number, ScoredGoal>> {
    const rows = await selectRows<ScoreRow>(this.ctx, this.query(rootIds, asOf, false));
    return rollUp(
      rows,
      (row): Scored => ({ score: leafScore(row), weight: leafWeight(row) }),
      (_childId, child: ScoredGoal): Scored => ({ score: child.exactScore, weight: CHILD_GOAL_WEIGHT }),
      (goal, _drivers, exactScore) => ({
        goalId: goal.goal_id,
        exactScore,
        score: exactScore === null ? null : Number(exactScore.toFixed(1)),
        status: statusOf(exactScore),
      }),
    );
  }

  private leafDriver(row: DriverRow): HealthDriver {
    const label = `${row.code} ${row.name}`;
    const weight = leafWeight(row);
    const score = leafScore(row);
    if (row.kind === 'KEY_RESULT') {
      const itemId = encodeGlobalId('Kpi', row.item_id);
      if (row.attainment === null) {
        return {
          kind: HealthDriverKind.KEY_RESULT,
          itemId,
          label,
          weight,
          score,
          reason: `KPI ${row.code} has no measurement on or before asOf`,
        };
      }
      return {
        kind: HealthDriverKind.KEY_RESULT,
        itemId,
        label,
        weight,
        score,
        reason: `KPI ${row.code} measured ${row.value} in ${row.period} against a key-result target of ${row.target}: attainment ${fmt(row.attainment * 100)} %`,
      };
    }
    if (row.kind === 'PROJECT') {
      const slip = row.slip_days ?? 0;
      const { schedule } = projectScore(row.health ?? '', slip);
      const timing = slip > 0 ? `${slip} days late` : slip < 0 ? `${-slip} days early` : 'on schedule';
      return {
        kind: HealthDriverKind.PROJECT,
        itemId: encodeGlobalId('TechProject', row.item_id),
        label,
        weight,
        score,
        reason: `project ${row.code} reports ${row.health} and is ${timing} (schedule score ${fmt(schedule)})`,
      };
    }
    const itemId = encodeGlobalId('Budget', row.item_id);
    if (score === null || row.forecast === null || row.planned === null) {
      return {
        kind: HealthDriverKind.BUDGET,
        itemId,
        label,
        weight,
        score: null,
        reason: `budget ${row.code} has no actuals on or before asOf`,
      };
    }
    const { overspendPct } = budgetScore(row.planned, row.forecast);
    return {
      kind: HealthDriverKind.BUDGET,
      itemId,
      label,
      weight,
      score,
      reason:
        overspendPct === null
          ? `budget ${row.code} has a planned amount of 0 and a forecast of ${fmt(row.forecast, 2)}`
          : `budget ${row.code} forecasts ${fmt(row.forecast, 2)} against ${fmt(row.planned, 2)} planned: ${fmt(overspendPct)} % overspend`,
    };
  }

  /**
   * Every goal of the subtrees of `rootIds` and one row per key result, project and budget of each,
   * ordered by kind, goal and item (the roll-up's driver order). With `detail`, also the codes,
   * names and values the labels and reasons quote; without, only what the scores need.
   */
  private query(rootIds: readonly number[], asOf: string, detail: boolean): Sql {
    const scope = this.ctx.scope;
    const unit = this.unitScope;
    // A UNIT_LEAD's goal rows (and so child-goal drivers) are only the goals it may see.
    const goalRule = goalInScope('g.id', scope);
    const visibleGoal = new Sql(goalRule.sql, goalRule.bindings);
    const quoted = (columns: string) => raw(detail ? `, ${columns}` : '');
    return sql`with recursive tree as (
        select g.id from strategic_goal g where g.id = any(${intArray(rootIds)}::int[])
        union
        select c.id from strategic_goal c join tree t on c.parent_id = t.id where c.archived_at is null)
      select 'GOAL' as kind, g.id as goal_id, g.parent_id, g.id as item_id,
        null::float8 as weight, null::float8 as attainment, null::text as health, null::int as slip_days,
        null::float8 as planned, null::float8 as forecast, null::int as months
        ${quoted('g.code, g.title as name, null::float8 as value, null::float8 as target, null::text as period')}
      from strategic_goal g where g.id in (select id from tree) and ${visibleGoal}
      union all
      select 'KEY_RESULT', kr.goal_id, null, k.id, kr.weight::float8,
        ${attainmentSql('k.direction', 'm.value', 'kr.target_value')}::float8, null, null, null, null, null
        ${quoted('k.code, k.name, m.value::float8, kr.target_value::float8, m.period::text')}
      from key_result kr
      join kpi k on k.id = kr.kpi_id and k.archived_at is null
      left join lateral (select lm.value, lm.period from kpi_measurement lm
                         where lm.kpi_id = k.id and lm.period <= ${asOf}::date
                         order by lm.period desc limit 1) m on true
      where kr.goal_id in (select id from tree) and ${inScope('k.org_unit_id', scope, unit)}
      union all
      select 'PROJECT', pc.goal_id, null, p.id, pc.weight::float8, null,
        p.health::text, ${slipDaysSql('p', asOf)}::int, null, null, null
        ${quoted('p.code, p.name, null, null, null')}
      from project_contribution pc
      join tech_project p on p.id = pc.project_id and p.archived_at is null
        and p.status <> 'CANCELLED' and p.planned_start <= ${asOf}::date
      where pc.goal_id in (select id from tree) and ${inScope('p.org_unit_id', scope, unit)}
      union all
      select 'BUDGET', b.goal_id, null, b.id, null, null, null, null,
        b.planned::float8, case when a.months > 0 then (a.actual / a.months * 12)::float8 end, a.months
        ${quoted('b.code, b.name, null, null, null')}
      from budget b
      cross join lateral (select sum(ba.amount) as actual, count(*)::int as months from budget_actual ba
                          where ba.budget_id = b.id and ba.month <= ${asOf}::date) a
      where b.goal_id in (select id from tree) and b.archived_at is null
        and make_date(b.fiscal_year, 1, 1) <= ${asOf}::date and ${inScope('b.org_unit_id', scope, unit)}
      order by kind, goal_id, item_id`;
  }
}

/** Weight of a key-result, project or budget driver. */
function leafWeight(row: ScoreRow): number {
  return row.kind === 'BUDGET' ? BUDGET_WEIGHT : (row.weight ?? 0);
}

/** Score of a key-result, project or budget driver; null when it has no data. */
function leafScore(row: ScoreRow): number | null {
  if (row.kind === 'KEY_RESULT') return row.attainment === null ? null : keyResultScore(row.attainment);
  if (row.kind === 'PROJECT') return projectScore(row.health ?? '', row.slip_days ?? 0).score;
  if (!row.months || row.forecast === null || row.planned === null) return null;
  return budgetScore(row.planned, row.forecast).score;
}

/**
 * The roll-up shared by `compute` and `scores`: per goal, its leaf drivers (in row order) and then
 * its child goals (by id), each child scored first; a goal's score is the weighted mean of its
 * drivers. Goals enter the result children first, in the same order whatever the drivers are.
 */
function rollUp<R extends ScoreRow, D extends Scored, G extends { exactScore: number | null }>(
  rows: R[],
  leaf: (row: R) => D,
  child: (childId: number, health: G) => D,
  make: (goal: R, drivers: D[], exactScore: number | null) => G,
): Map<number, G> {
  const goals = new Map<number, R>();
  const leaves = new Map<number, D[]>();
  const children = new Map<number, number[]>();
  for (const row of rows) {
    if (row.kind === 'GOAL') {
      goals.set(row.goal_id, row);
      continue;
    }
    const list = leaves.get(row.goal_id) ?? [];
    list.push(leaf(row));
    leaves.set(row.goal_id, list);
  }
  for (const goal of goals.values()) {
    if (goal.parent_id !== null && goals.has(goal.parent_id)) {
      const list = children.get(goal.parent_id) ?? [];
      list.push(goal.goal_id);
      children.set(goal.parent_id, list);
    }
  }

  const result = new Map<number, G>();
  const visiting = new Set<number>();
  const visit = (id: number): G => {
    const done = result.get(id);
    if (done) return done;
    visiting.add(id);
    const drivers = [...(leaves.get(id) ?? [])];
    for (const childId of (children.get(id) ?? []).sort((a, b) => a - b)) {
      if (visiting.has(childId)) continue; // a cycle in corrupt data: ignore the back edge
      drivers.push(child(childId, visit(childId)));
    }
    const health = make(goals.get(id) as R, drivers, weightedScore(drivers));
    visiting.delete(id);
    result.set(id, health);
    return health;
  };
  for (const id of goals.keys()) visit(id);
  return result;
}
