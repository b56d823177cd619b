import type { Knex } from '@mikro-orm/postgresql';
import { Field, ID, InputType } from 'type-graphql';
import { riskInScope } from '../auth/entity-scope';
import type { OrgScope } from '../auth/org-scope';
import {
  IntRange,
  whereIdIn,
  whereIn,
  whereNotArchived,
  whereRange,
  whereSearch,
} from '../graphql/pagination';
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

  @Field(() => IntRange, {
    nullable: true,
    description: 'Exposure = likelihood × impact (1–25) within this range.',
  })
  exposure?: IntRange | null;

  @Field(() => [ID], { nullable: true, description: 'Threatening this goal, or any of a list (global IDs).' })
  goalId?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Threatening this project, or any of a list (global IDs).',
  })
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
 * UNIT_LEAD's scope when its owner, its KPI, its project or its goal is (src/auth/entity-scope.ts).
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
    const scoped = riskInScope('t', scope);
    qb.whereRaw(scoped.sql, scoped.bindings as Knex.RawBinding[]);
  }
  return qb;
}
