import { IsEnum, IsIn, IsInt, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../graphql/scalars';
import { WhenSent } from '../technology/when-sent';
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
  description:
    'Changes to a budget: omitted fields stay as they are; goalId can be cleared with null, other fields cannot be null.',
})
export class UpdateBudgetInput {
  @Field({ nullable: true, description: 'New unique code: letters, digits, "-" and "_", 2–40 characters.' })
  @WhenSent()
  @Matches(BUDGET_CODE_PATTERN, { message: BUDGET_CODE_MESSAGE })
  code?: string;

  @Field({ nullable: true, description: 'New display name, 1–200 characters.' })
  @WhenSent()
  @Length(1, 200)
  name?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'ID of the new owning OrgUnit; must exist and not be archived.',
  })
  @WhenSent()
  @Length(1, 200)
  orgUnitId?: string;

  @Field(() => Int, {
    nullable: true,
    description: `New fiscal year, ${MIN_FISCAL_YEAR}–${MAX_FISCAL_YEAR}; refused while the budget has actuals outside it.`,
  })
  @WhenSent()
  @IsInt()
  @Min(MIN_FISCAL_YEAR)
  @Max(MAX_FISCAL_YEAR)
  fiscalYear?: number;

  @Field(() => BudgetCategory, { nullable: true, description: 'New category.' })
  @WhenSent()
  @IsEnum(BudgetCategory)
  category?: BudgetCategory;

  @Field({
    nullable: true,
    description:
      'New active ISO 4217 currency code in upper case. Existing actuals are not converted: they are then read in the new currency.',
  })
  @WhenSent()
  @IsIn(ISO_4217_CODES, { message: ISO_CURRENCY_MESSAGE })
  currency?: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'New planned amount: ≥ 0, at most 2 decimals.',
  })
  @WhenSent()
  @Matches(PLANNED_PATTERN, { message: PLANNED_MESSAGE })
  planned?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'ID of the StrategicGoal funded from now on; null: funds no goal.',
  })
  @IsOptional()
  goalId?: string | null;
}
