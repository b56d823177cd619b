import type { Knex } from '@mikro-orm/postgresql';
import { Field, InputType } from 'type-graphql';
import { DateRange, DecimalRange, whereIn, whereRange } from '../graphql/pagination';

@InputType({
  description:
    'Filter of the `exchangeRates` list; all given conditions must hold. List fields take one value (equality) or a list (any of them).',
})
export class ExchangeRateFilter {
  @Field(() => [String], {
    nullable: true,
    description: 'ISO 4217 currency equal to this, or any of a list.',
  })
  currency?: string[] | null;

  @Field(() => DateRange, { nullable: true, description: 'Month (its first day) within this range.' })
  month?: DateRange | null;

  @Field(() => DecimalRange, { nullable: true, description: 'Rate within this range.' })
  rate?: DecimalRange | null;
}

/** The filtered exchange rates (not org-unit-owned: visible to every role that may read finance). */
export function exchangeRateRows(knex: Knex, filter: ExchangeRateFilter | null | undefined) {
  const qb = knex.select('t.*').from('exchange_rate as t');
  const f = filter ?? ({} as ExchangeRateFilter);
  whereIn(
    qb,
    't.currency',
    f.currency?.map((c) => c.toUpperCase()),
  );
  whereRange(qb, 't.month', f.month, 'filter.month');
  whereRange(qb, 't.rate', f.rate, 'filter.rate');
  return qb;
}
