import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars';

@ObjectType({
  description:
    'Plan versus actual of one budget as of a date, in one currency: actual = sum of monthly actuals on or before asOf; ' +
    'variance = actual − planned (positive is overspend); variancePct = variance / planned × 100; forecast = actual ÷ months with actuals × 12.',
})
export class BudgetFigures {
  @Field({ description: 'ISO 4217 currency of the amounts below.' })
  currency!: string;

  @Field(() => DecimalScalar, { description: 'Planned amount for the fiscal year.' })
  planned!: string;

  @Field(() => DecimalScalar, {
    description: 'Sum of the monthly actuals on or before asOf ("0.00" when none).',
  })
  actual!: string;

  @Field(() => DecimalScalar, { description: 'actual − planned; positive is overspend.' })
  variance!: string;

  @Field(() => Float, { nullable: true, description: 'variance / planned × 100; null when planned is 0.' })
  variancePct!: number | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Run-rate forecast: actual ÷ months with actuals × 12 (rounded to cents); null without actuals.',
  })
  forecast!: string | null;

  @Field(() => Int, { description: 'Number of months with an actual on or before asOf.' })
  monthsWithActuals!: number;
}
