import type { Knex } from '@mikro-orm/postgresql';
import { Field, ID, InputType } from 'type-graphql';
import { type OrgScope, orgScopeCondition } from '../auth/org-scope';
import { IntRange, whereIdIn, whereIn, whereNotArchived, whereRange, whereSearch } from '../graphql/pagination';
import { goalScopeCondition } from '../strategy/goal.filter';
import { RiskCategory } from './risk-category.enum';
import { RiskStatus } from './risk-status.enum';

@InputType({
  description:
    'Filter of the `risks` list; all given conditions must hold. List fields take one value (equality) or a list (any of them).',
})
export class RiskFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these risks (global IDs).' })
  ids?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive text contained in the title.' })
  search?: string | null;

  @Field(() => [RiskCategory], { nullable: true, description: 'Category equal to this, or any of a list.' })
  category?: RiskCategory[] | null;

  @Field(() => [RiskStatus], { nullable: true, description: 'Status equal to this, or any of a list.' })
  status?: RiskStatus[] | null;

  @Field(() => IntRange, { nullable: true, description: 'Likelihood (1–5) within this range.' })
  likelihood?: IntRange | null;

  @Field(() => IntRange, { nullable: true, description: 'Impact (1–5) within this range.' })
  impact?: IntRange | null;

  @Field(() => IntRange, { nullable: true, description: 'Exposure = likelihood × impact (1–25) within this range.' })
  exposure?: IntRange | null;

  @Field(() => [ID], { nullable: true, description: 'Threatening this goal, or any of a list (global IDs).' })
  goalId?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Threatening this project, or any of a list (global IDs).' })
  projectId?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Threatening this KPI, or any of a list (global IDs).' })
  kpiId?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Owned by this person, or any of a list (global IDs).' })
  ownerId?: string[] | null;

  @Field({ defaultValue: false, description: 'Include archived risks too; false by default.' })
  includeArchived!: boolean;
}

/**
 * The filtered, scoped risks as `select t.*, exposure from risk t where …`. A risk is in a
 * UNIT_LEAD's scope when its owner, its KPI, its project or its goal (see goals) is.
 */
export function riskRows(knex: Knex, filter: RiskFilter | null | undefined, scope: OrgScope | null) {
  const qb = knex.select('t.*', knex.raw('t.likelihood * t.impact as __exposure')).from('risk as t');
  const f = filter ?? ({} as RiskFilter);
  whereNotArchived(qb, 't.archived_at', f.includeArchived);
  whereIdIn(qb, 't.id', f.ids, 'Risk', 'filter.ids');
  whereSearch(qb, ['t.title'], f.search);
  whereIn(qb, 't.category', f.category);
  whereIn(qb, 't.status', f.status);
  whereRange(qb, 't.likelihood', f.likelihood, 'filter.likelihood');
  whereRange(qb, 't.impact', f.impact, 'filter.impact');
  whereRange(qb, knex.raw('(t.likelihood * t.impact)') as never, f.exposure, 'filter.exposure');
  whereIdIn(qb, 't.goal_id', f.goalId, 'StrategicGoal', 'filter.goalId');
  whereIdIn(qb, 't.project_id', f.projectId, 'TechProject', 'filter.projectId');
  whereIdIn(qb, 't.kpi_id', f.kpiId, 'Kpi', 'filter.kpiId');
  whereIdIn(qb, 't.owner_id', f.ownerId, 'Person', 'filter.ownerId');
  if (scope) {
    const owner = orgScopeCondition('p.org_unit_id', scope);
    const kpi = orgScopeCondition('k.org_unit_id', scope);
    const project = orgScopeCondition('tp.org_unit_id', scope);
    const goal = goalScopeCondition('g.id', 'g.owner_id', scope);
    qb.whereRaw(
      `(exists (select 1 from person p where p.id = t.owner_id and ${owner.sql})
        or exists (select 1 from kpi k where k.id = t.kpi_id and ${kpi.sql})
        or exists (select 1 from tech_project tp where tp.id = t.project_id and ${project.sql})
        or exists (select 1 from strategic_goal g where g.id = t.goal_id and ${goal.sql}))`,
      [...owner.bindings, ...kpi.bindings, ...project.bindings, ...goal.bindings] as Knex.RawBinding[],
    );
  }
  return qb;
}
