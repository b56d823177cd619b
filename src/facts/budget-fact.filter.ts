import type { Knex } from '@mikro-orm/postgresql';
import { Field, ID, InputType, Int } from 'type-graphql';
import { BudgetCategory } from '../finance/budget-category.enum';
import { DateRange, whereIdIn, whereIn, whereOrgUnit, whereRange, whereSearch } from '../graphql/pagination';

@InputType({
  description:
    'Filter of `budgetFacts`; all given conditions must hold. List fields take one value (equality) or a list (any of them).',
})
export class BudgetFactFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these budgets (global IDs).' })
  budgetId?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Budget code equal to this, or any of a list.' })
  budgetCode?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Case-insensitive text contained in the budget code or name.',
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

  @Field(() => DateRange, {
    nullable: true,
    description: 'Month (its first day) within this range (inclusive).',
  })
  month?: DateRange | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only rows missing an exchange rate; false: only complete rows.',
  })
  missingRate?: boolean | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only budgets of this org unit (global ID); with `includeSubunits` of its whole subtree.',
  })
  orgUnitId?: string | null;

  @Field({ defaultValue: false, description: 'With `orgUnitId`: include every unit below it (recursive).' })
  includeSubunits!: boolean;

  @Field({ defaultValue: false, description: 'Include rows of archived budgets too; false by default.' })
  includeArchived!: boolean;
}

/** Adds the filter (except includeArchived, applied inside the fact SQL) to `factRows`. */
export function applyBudgetFactFilter(
  qb: Knex.QueryBuilder,
  filter: BudgetFactFilter | null | undefined,
): void {
  const f = filter ?? ({} as BudgetFactFilter);
  whereIdIn(qb, 'f.budgetId', f.budgetId, 'Budget', 'filter.budgetId');
  whereIn(qb, 'f.budgetCode', f.budgetCode);
  whereSearch(qb, ['f.budgetCode', 'f.budgetName'], f.search);
  whereIn(qb, 'f.category', f.category);
  whereIn(
    qb,
    'f.currency',
    f.currency?.map((c) => c.toUpperCase()),
  );
  whereIn(qb, 'f.fiscalYear', f.fiscalYear);
  whereRange(qb, 'f.month', f.month, 'filter.month');
  if (f.missingRate !== undefined && f.missingRate !== null) qb.where('f.missingRate', f.missingRate);
  whereOrgUnit(qb, 'f."orgUnitId"', f.orgUnitId, f.includeSubunits);
}
