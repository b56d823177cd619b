import DataLoader from 'dataloader';
import { goalInScope } from '../../auth/entity-scope';
import type { OrgScope } from '../../auth/org-scope';
import type { GraphQLContext } from '../../graphql/context';
import { encodeGlobalId } from '../../graphql/global-id';
import { attainmentSql } from '../shared/kpi-sql';
import { slipDaysSql } from '../shared/project-sql';
import { inScope, intArray, selectRows, Sql, sql } from '../shared/sql';
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

interface DriverRow {
  kind: 'GOAL' | 'KEY_RESULT' | 'PROJECT' | 'BUDGET';
  goal_id: number;
  parent_id: number | null;
  item_id: number;
  code: string;
  name: string;
  weight: number | null;
  value: number | null;
  target: number | null;
  attainment: number | null;
  period: string | null;
  health: string | null;
  slip_days: number | null;
  planned: number | null;
  forecast: number | null;
  months: number | null;
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

  /** Health of every goal in the subtrees of `rootIds` (one SQL statement). */
  async compute(rootIds: readonly number[], asOf: string): Promise<Map<number, GoalHealth>> {
    const rows = await selectRows<DriverRow>(this.ctx, this.query(rootIds, asOf));
    const goals = new Map<number, DriverRow>();
    const leaves = new Map<number, HealthDriver[]>();
    const children = new Map<number, number[]>();
    for (const row of rows) {
      if (row.kind === 'GOAL') {
        goals.set(row.goal_id, row);
        continue;
      }
      const list = leaves.get(row.goal_id) ?? [];
      list.push(this.leafDriver(row));
      leaves.set(row.goal_id, list);
    }
    for (const goal of goals.values()) {
      if (goal.parent_id !== null && goals.has(goal.parent_id)) {
        const list = children.get(goal.parent_id) ?? [];
        list.push(goal.goal_id);
        children.set(goal.parent_id, list);
      }
    }

    const result = new Map<number, GoalHealth>();
    const visiting = new Set<number>();
    const visit = (id: number): GoalHealth => {
      const done = result.get(id);
      if (done) return done;
      visiting.add(id);
      const goal = goals.get(id) as DriverRow;
      const drivers = [...(leaves.get(id) ?? [])];
      for (const childId of (children.get(id) ?? []).sort((a, b) => a - b)) {
        if (visiting.has(childId)) continue; // a cycle in corrupt data: ignore the back edge
        const child = visit(childId);
        drivers.push({
          kind: HealthDriverKind.CHILD_GOAL,
          itemId: encodeGlobalId('StrategicGoal', childId),
          label: `${child.code} ${child.title}`,
          score: child.exactScore,
          weight: CHILD_GOAL_WEIGHT,
          reason:
            child.exactScore === null
              ? `child goal ${child.code} has no data`
              : `child goal ${child.code} scores ${fmt(child.exactScore)} (${child.status})`,
        });
      }
      const exactScore = weightedScore(drivers);
      const health: GoalHealth = {
        goalId: id,
        code: goal.code,
        title: goal.name,
        parentId: goal.parent_id,
        exactScore,
        score: exactScore === null ? null : Number(exactScore.toFixed(1)),
        status: statusOf(exactScore),
        drivers: drivers.map((d) => ({ ...d, score: d.score === null ? null : Number(d.score.toFixed(1)) })),
      };
      visiting.delete(id);
      result.set(id, health);
      return health;
    };
    for (const id of goals.keys()) visit(id);
    return result;
  }

  private leafDriver(row: DriverRow): HealthDriver {
    const label = `${row.code} ${row.name}`;
    const weight = row.weight ?? 0;
    if (row.kind === 'KEY_RESULT') {
      const itemId = encodeGlobalId('Kpi', row.item_id);
      if (row.attainment === null) {
        return {
          kind: HealthDriverKind.KEY_RESULT,
          itemId,
          label,
          weight,
          score: null,
          reason: `KPI ${row.code} has no measurement on or before asOf`,
        };
      }
      const score = keyResultScore(row.attainment);
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
      const { score, schedule } = projectScore(row.health ?? '', slip);
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
    if (!row.months || row.forecast === null || row.planned === null) {
      return {
        kind: HealthDriverKind.BUDGET,
        itemId,
        label,
        weight: BUDGET_WEIGHT,
        score: null,
        reason: `budget ${row.code} has no actuals on or before asOf`,
      };
    }
    const { score, overspendPct } = budgetScore(row.planned, row.forecast);
    return {
      kind: HealthDriverKind.BUDGET,
      itemId,
      label,
      weight: BUDGET_WEIGHT,
      score,
      reason:
        overspendPct === null
          ? `budget ${row.code} has a planned amount of 0 and a forecast of ${fmt(row.forecast, 2)}`
          : `budget ${row.code} forecasts ${fmt(row.forecast, 2)} against ${fmt(row.planned, 2)} planned: ${fmt(overspendPct)} % overspend`,
    };
  }

  private query(rootIds: readonly number[], asOf: string) {
    const scope = this.ctx.scope;
    const unit = this.unitScope;
    // A UNIT_LEAD's goal rows (and so child-goal drivers) are only the goals it may see.
    const goalRule = goalInScope('g.id', scope);
    const visibleGoal = new Sql(goalRule.sql, goalRule.bindings);
    return sql`with recursive tree as (
        select g.id from strategic_goal g where g.id = any(${intArray(rootIds)}::int[])
        union
        select c.id from strategic_goal c join tree t on c.parent_id = t.id where c.archived_at is null)
      select 'GOAL' as kind, g.id as goal_id, g.parent_id, g.id as item_id, g.code, g.title as name,
        null::float8 as weight, null::float8 as value, null::float8 as target, null::float8 as attainment,
        null::text as period, null::text as health, null::int as slip_days,
        null::float8 as planned, null::float8 as forecast, null::int as months
      from strategic_goal g where g.id in (select id from tree) and ${visibleGoal}
      union all
      select 'KEY_RESULT', kr.goal_id, null, k.id, k.code, k.name, kr.weight::float8, m.value::float8,
        kr.target_value::float8, ${attainmentSql('k.direction', 'm.value', 'kr.target_value')}::float8,
        m.period::text, null, null, null, null, null
      from key_result kr
      join kpi k on k.id = kr.kpi_id and k.archived_at is null
      left join lateral (select lm.value, lm.period from kpi_measurement lm
                         where lm.kpi_id = k.id and lm.period <= ${asOf}::date
                         order by lm.period desc limit 1) m on true
      where kr.goal_id in (select id from tree) and ${inScope('k.org_unit_id', scope, unit)}
      union all
      select 'PROJECT', pc.goal_id, null, p.id, p.code, p.name, pc.weight::float8, null, null, null, null,
        p.health::text, ${slipDaysSql('p', asOf)}::int, null, null, null
      from project_contribution pc
      join tech_project p on p.id = pc.project_id and p.archived_at is null
        and p.status <> 'CANCELLED' and p.planned_start <= ${asOf}::date
      where pc.goal_id in (select id from tree) and ${inScope('p.org_unit_id', scope, unit)}
      union all
      select 'BUDGET', b.goal_id, null, b.id, b.code, b.name, null, null, null, null, null, null, null,
        b.planned::float8, case when a.months > 0 then (a.actual / a.months * 12)::float8 end, a.months
      from budget b
      cross join lateral (select sum(ba.amount) as actual, count(*)::int as months from budget_actual ba
                          where ba.budget_id = b.id and ba.month <= ${asOf}::date) a
      where b.goal_id in (select id from tree) and b.archived_at is null
        and make_date(b.fiscal_year, 1, 1) <= ${asOf}::date and ${inScope('b.org_unit_id', scope, unit)}
      order by kind, goal_id, item_id`;
  }
}
