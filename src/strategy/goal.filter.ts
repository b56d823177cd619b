import type { Knex } from '@mikro-orm/postgresql';
import { Field, ID, InputType, Int } from 'type-graphql';
import { goalInScope } from '../auth/entity-scope';
import type { OrgScope } from '../auth/org-scope';
import {
  DateRange,
  whereIdIn,
  whereIn,
  whereNotArchived,
  whereRange,
  whereSearch,
} from '../graphql/pagination';
import { GoalStatus } from './goal-status.enum';
import { Perspective } from './perspective.enum';

@InputType({
  description:
    'Filter of the `goals` list; all given conditions must hold. List fields take one value (equality) or a list (any of them).',
})
export class StrategicGoalFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these goals (global IDs).' })
  ids?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Exact code, or any of a list of codes.' })
  code?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Case-insensitive text contained in the code or the title.',
  })
  search?: string | null;

  @Field(() => [GoalStatus], { nullable: true, description: 'Status equal to this, or any of a list.' })
  status?: GoalStatus[] | null;

  @Field(() => [Perspective], { nullable: true, description: 'Perspective equal to this, or any of a list.' })
  perspective?: Perspective[] | null;

  @Field(() => [Int], { nullable: true, description: 'Fiscal year equal to this, or any of a list.' })
  fiscalYear?: number[] | null;

  @Field(() => DateRange, { nullable: true, description: 'Start date within this range.' })
  startDate?: DateRange | null;

  @Field(() => DateRange, { nullable: true, description: 'End date within this range.' })
  endDate?: DateRange | null;

  @Field(() => [ID], { nullable: true, description: 'Owned by this person, or any of a list (global IDs).' })
  ownerId?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Direct children of this goal, or of any of a list (global IDs).',
  })
  parentId?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only corporate goals (no parent); false: only goals with a parent.',
  })
  corporate?: boolean | null;

  @Field({ defaultValue: false, description: 'Include archived goals too; false by default.' })
  includeArchived!: boolean;
}

/**
 * A goal is in a UNIT_LEAD's scope when it or a goal below it is directly in scope: its owner belongs
 * to the scope, or a KPI that measures it, a budget that funds it or a project that serves it is owned
 * inside the scope (src/auth/entity-scope.ts). `ownerColumn` is kept for callers; the rule reads the
 * owners of the goal and of its sub-goals itself.
 */
export function goalScopeCondition(goalIdColumn: string, _ownerColumn: string, scope: OrgScope | null) {
  return goalInScope(goalIdColumn, scope);
}

/** The filtered, scoped goals as `select t.* from strategic_goal t where …`. */
export function goalRows(
  knex: Knex,
  filter: StrategicGoalFilter | null | undefined,
  scope: OrgScope | null,
): Knex.QueryBuilder {
  const qb = knex.select('t.*').from('strategic_goal as t');
  const f = filter ?? ({} as StrategicGoalFilter);
  whereNotArchived(qb, 't.archived_at', f.includeArchived);
  whereIdIn(qb, 't.id', f.ids, 'StrategicGoal', 'filter.ids');
  whereIn(qb, 't.code', f.code);
  whereSearch(qb, ['t.code', 't.title'], f.search);
  whereIn(qb, 't.status', f.status);
  whereIn(qb, 't.perspective', f.perspective);
  whereIn(qb, 't.fiscal_year', f.fiscalYear);
  whereRange(qb, 't.start_date', f.startDate, 'filter.startDate');
  whereRange(qb, 't.end_date', f.endDate, 'filter.endDate');
  whereIdIn(qb, 't.owner_id', f.ownerId, 'Person', 'filter.ownerId');
  whereIdIn(qb, 't.parent_id', f.parentId, 'StrategicGoal', 'filter.parentId');
  if (f.corporate === true) qb.whereNull('t.parent_id');
  if (f.corporate === false) qb.whereNotNull('t.parent_id');
  const scoped = goalScopeCondition('t.id', 't.owner_id', scope);
  if (scope) qb.whereRaw(scoped.sql, scoped.bindings as Knex.RawBinding[]);
  return qb;
}
