import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../graphql/scalars';

// Feed rows are validated all at once by BudgetActualFeedRepository (every bad row reported by
// index), not by class-validator, which would stop at the argument and cost per-row reflection.

@InputType({
  description:
    'One monthly actual of a budget for the `recordBudgetActuals` feed. Name the budget by `budgetCode` (its natural key) or `budgetId`; when both are sent they must name the same budget.',
})
export class BudgetActualInput {
  @Field(() => String, {
    nullable: true,
    description: 'Code of the budget (its natural key); must exist and not be archived.',
  })
  budgetCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'ID of the budget, instead of or besides `budgetCode`.' })
  budgetId?: string | null;

  @Field(() => DateScalar, {
    description: 'The month: its first day, within the budget\'s fiscal year, e.g. "2026-03-01".',
  })
  month!: string;

  @Field(() => DecimalScalar, {
    description:
      "Amount spent in the month, in the budget's currency: at most 2 decimals and 16 integer digits; negative for a net credit (a correction).",
  })
  amount!: string;
}
