import { Field, InputType, registerEnumType } from 'type-graphql';
import { type OrderColumn, OrderDirection } from '../graphql/pagination';

/** The fields the `exchangeRates` list can be sorted by. */
export enum ExchangeRateOrderField {
  CURRENCY = 'CURRENCY',
  MONTH = 'MONTH',
  RATE = 'RATE',
}

registerEnumType(ExchangeRateOrderField, {
  name: 'ExchangeRateOrderField',
  description: 'A field the `exchangeRates` list can be sorted by.',
  valuesConfig: {
    CURRENCY: { description: 'The currency code.' },
    MONTH: { description: 'The month.' },
    RATE: { description: 'The rate.' },
  },
});

@InputType({
  description: 'One sort key of the `exchangeRates` list; ties are broken by the next key, then by ID.',
})
export class ExchangeRateOrder {
  @Field(() => ExchangeRateOrderField, { description: 'The field to sort by.' })
  field!: ExchangeRateOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction!: OrderDirection;
}

export const exchangeRateOrderColumns: Record<ExchangeRateOrderField, OrderColumn> = {
  CURRENCY: { column: 'currency', sqlType: 'text', nullable: false },
  MONTH: { column: 'month', sqlType: 'date', nullable: false },
  RATE: { column: 'rate', sqlType: 'numeric', nullable: false },
};
