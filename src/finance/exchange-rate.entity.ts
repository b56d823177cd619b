import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { DateScalar, DecimalScalar } from '../graphql/scalars';

@Entity({ tableName: 'exchange_rate' })
@Unique({ properties: ['currency', 'month'] })
@ObjectType({
  implements: BaseEntity,
  description:
    'Monthly rate converting one currency into the reporting currency (configured by REPORTING_CURRENCY, default EUR).',
})
export class ExchangeRate extends BaseEntity {
  @Property({ columnType: 'char(3)' })
  @Field({ description: 'ISO 4217 currency converted from.' })
  currency!: string;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'The month the rate applies to: its first day.' })
  month!: string;

  @Property({ type: 'decimal', precision: 18, scale: 8 })
  @Field(() => DecimalScalar, {
    description: 'Reporting-currency units for one unit of `currency`: reporting = amount × rate.',
  })
  rate!: string;
}
