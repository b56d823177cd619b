import type { Knex } from '@mikro-orm/postgresql';
import { Field, ID, InputType, Int } from 'type-graphql';
import { type OrgScope, whereInOrgScope } from '../auth/org-scope';
import {
  DecimalRange,
  IntRange,
  whereIdIn,
  whereIn,
  whereNotArchived,
  whereOrgUnit,
  whereRange,
  whereSearch,
} from '../graphql/pagination';
import { BudgetCategory } from './budget-category.enum';

@InputType({
  description:
    'Filter of the `budgets` list; all given conditions must hold. List fields take one value (equality) or a list (any of them).',
})
export class BudgetFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these budgets (global IDs).' })
  ids?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Exact code, or any of a list of codes.' })
  code?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Case-insensitive text contained in the code or the name.',
  })
  search?: string | null;

  @Field(() => [BudgetCategory], { nullable: true, description: 'Category equal to this, or any of a list.' })
  category?: BudgetCategory[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'ISO 4217 currency equal to this, or any of a list.',
  })
  currency?: string[] | null;

  @Field(() => [Int], { nullable: true, description: 'Fiscal year equal to this, or any of a list.' })
  fiscalYear?: number[] | null;

  @Field(() => IntRange, { nullable: true, description: 'Fiscal year within this range.' })
  fiscalYearRange?: IntRange | null;

  @Field(() => DecimalRange, {
    nullable: true,
    description: 'Planned amount (in the budget currency) within this range.',
  })
  planned?: DecimalRange | null;

  @Field(() => [ID], { nullable: true, description: 'Funding this goal, or any of a list (global IDs).' })
  goalId?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only budgets that fund a goal; false: only budgets funding no goal (spend without strategy).',
  })
  fundsGoal?: boolean | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only budgets of this org unit (global ID); with `includeSubunits` of its whole subtree.',
  })
  orgUnitId?: string | null;

  @Field({ defaultValue: false, description: 'With `orgUnitId`: include every unit below it (recursive).' })
  includeSubunits!: boolean;

  @Field({ defaultValue: false, description: 'Include archived budgets too; false by default.' })
  includeArchived!: boolean;
}

/** The filtered, scoped budgets as `select t.* from budget t where …`. */
export function budgetRows(knex: Knex, filter: BudgetFilter | null | undefined, scope: OrgScope | null) {
  const qb = knex.select('t.*').from('budget as t');
  const f = filter ?? ({} as BudgetFilter);
  whereNotArchived(qb, 't.archived_at', f.includeArchived);
  whereIdIn(qb, 't.id', f.ids, 'Budget', 'filter.ids');
  whereIn(qb, 't.code', f.code);
  whereSearch(qb, ['t.code', 't.name'], f.search);
  whereIn(qb, 't.category', f.category);
  whereIn(
    qb,
    't.currency',
    f.currency?.map((c) => c.toUpperCase()),
  );
  whereIn(qb, 't.fiscal_year', f.fiscalYear);
  whereRange(qb, 't.fiscal_year', f.fiscalYearRange, 'filter.fiscalYearRange');
  whereRange(qb, 't.planned', f.planned, 'filter.planned');
  whereIdIn(qb, 't.goal_id', f.goalId, 'StrategicGoal', 'filter.goalId');
  if (f.fundsGoal === true) qb.whereNotNull('t.goal_id');
  if (f.fundsGoal === false) qb.whereNull('t.goal_id');
  whereOrgUnit(qb, 't.org_unit_id', f.orgUnitId, f.includeSubunits);
  return whereInOrgScope(qb, 't.org_unit_id', scope);
}
