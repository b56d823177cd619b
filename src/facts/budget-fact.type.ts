import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BudgetCategory } from '../finance/budget-category.enum';
import { DateScalar, DecimalScalar } from '../graphql/scalars';

@ObjectType({
  description:
    'One flat fact row: a budget in one month of its fiscal year (12 rows per budget, months without actuals included), dimensions inlined. Only scalar columns, stable names.',
})
export class BudgetFact {
  @Field(() => ID, { description: 'Global ID of the budget.' })
  budgetId!: string;

  @Field({ description: 'Budget code.' })
  budgetCode!: string;

  @Field({ description: 'Budget name.' })
  budgetName!: string;

  @Field(() => ID, { description: 'Global ID of the org unit that owns the budget.' })
  orgUnitId!: string;

  @Field({ description: 'Code of the org unit that owns the budget.' })
  orgUnitCode!: string;

  @Field({ description: 'Name of the org unit that owns the budget.' })
  orgUnitName!: string;

  @Field(() => BudgetCategory, { description: 'OPEX or CAPEX.' })
  category!: BudgetCategory;

  @Field(() => Int, { description: 'Fiscal year of the budget (fiscal years are calendar years).' })
  fiscalYear!: number;

  @Field(() => DateScalar, { description: 'The month: its first day.' })
  month!: string;

  @Field({ description: 'ISO 4217 currency of planned and actual.' })
  currency!: string;

  @Field(() => DecimalScalar, {
    description:
      'Planned amount for the whole fiscal year, in `currency`, repeated on each month row (do not sum it over months; take it once per budget).',
  })
  planned!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Actual spend booked for this month, in `currency`; null when nothing is booked.',
  })
  actual!: string | null;

  @Field({
    description: 'The reporting currency of the reporting-currency columns (configuration, default EUR).',
  })
  reportingCurrency!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'planned × the rate of January of the fiscal year (as in the views), rounded to cents; 1 for the reporting currency itself; null when that rate is missing (see missingRate).',
  })
  plannedReporting!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "actual × this month's rate, rounded to cents; 1 for the reporting currency itself; null when nothing is booked or the month's rate is missing (see missingRate).",
  })
  actualReporting!: string | null;

  @Field({
    description:
      "True when a rate this row needs is not on file (this month's rate, or January's for planned): the affected reporting-currency column is null instead of a guess.",
  })
  missingRate!: boolean;
}
