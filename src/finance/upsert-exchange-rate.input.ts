import { IsIn, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../graphql/scalars';
import { RATE_MESSAGE, RATE_PATTERN } from './finance-rules';
import { ISO_4217_CODES, ISO_CURRENCY_MESSAGE } from './iso-4217';

@InputType({
  description:
    'The rate of one currency in one month; (currency, month) is the natural key, so sending it again replaces the rate.',
})
export class UpsertExchangeRateInput {
  @Field({ description: 'Active ISO 4217 currency code in upper case, converted from, e.g. "USD".' })
  @IsIn(ISO_4217_CODES, { message: ISO_CURRENCY_MESSAGE })
  currency!: string;

  @Field(() => DateScalar, {
    description: 'The month the rate applies to: its first day, e.g. "2026-03-01".',
  })
  @Matches(/^\d{4}-\d{2}-01$/, { message: 'month must be the first day of a month, e.g. "2026-03-01"' })
  month!: string;

  @Field(() => DecimalScalar, {
    description:
      'Reporting-currency units for one unit of `currency` (reporting = amount × rate): > 0, at most 8 decimals.',
  })
  @Matches(RATE_PATTERN, { message: RATE_MESSAGE })
  rate!: string;
}
