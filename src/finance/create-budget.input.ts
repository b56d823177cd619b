import { IsEnum, IsIn, IsInt, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../graphql/scalars';
import { BudgetCategory } from './budget-category.enum';
import {
  BUDGET_CODE_MESSAGE,
  BUDGET_CODE_PATTERN,
  MAX_FISCAL_YEAR,
  MIN_FISCAL_YEAR,
  PLANNED_MESSAGE,
  PLANNED_PATTERN,
} from './finance-rules';
import { ISO_4217_CODES, ISO_CURRENCY_MESSAGE } from './iso-4217';

@InputType({
  description: 'A new budget: org unit × fiscal year × category × currency, with its planned amount.',
})
export class CreateBudgetInput {
  @Field({
    description:
      'Unique code (the natural key of the actuals feed), e.g. "B-2026-IT-OPEX": letters, digits, "-" and "_", 2–40 characters. A taken code is CONFLICT.',
  })
  @Matches(BUDGET_CODE_PATTERN, { message: BUDGET_CODE_MESSAGE })
  code!: string;

  @Field({ description: 'Display name, 1–200 characters.' })
  @Length(1, 200)
  name!: string;

  @Field(() => ID, { description: 'ID of the OrgUnit that owns the budget; must exist and not be archived.' })
  orgUnitId!: string;

  @Field(() => Int, {
    description: `The fiscal year (the calendar year), ${MIN_FISCAL_YEAR}–${MAX_FISCAL_YEAR}.`,
  })
  @IsInt()
  @Min(MIN_FISCAL_YEAR)
  @Max(MAX_FISCAL_YEAR)
  fiscalYear!: number;

  @Field(() => BudgetCategory, { description: 'OPEX or CAPEX.' })
  @IsEnum(BudgetCategory)
  category!: BudgetCategory;

  @Field({ description: 'Active ISO 4217 currency code in upper case, e.g. "EUR", "USD", "CHF".' })
  @IsIn(ISO_4217_CODES, { message: ISO_CURRENCY_MESSAGE })
  currency!: string;

  @Field(() => DecimalScalar, {
    description:
      'Planned amount for the fiscal year in `currency`: ≥ 0, at most 2 decimals, e.g. "1250000.00".',
  })
  @Matches(PLANNED_PATTERN, { message: PLANNED_MESSAGE })
  planned!: string;

  @Field(() => ID, { nullable: true, description: 'ID of the StrategicGoal this budget funds, if any.' })
  @IsOptional()
  goalId?: string | null;
}
