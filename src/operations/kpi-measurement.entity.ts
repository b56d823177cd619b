import { DecimalType, Entity, Index, ManyToOne, type Opt, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { DateScalar, DateTimeScalar } from '../graphql/scalars';
import { RelationField } from '../graphql/relation-field';
import { Kpi } from './kpi.entity';

@Entity({ tableName: 'kpi_measurement' })
@Unique({ properties: ['kpi', 'period'] })
// Keyset paging of kpiFacts in (period, kpi) order reads this index from the cursor on.
@Index({ properties: ['period', 'kpi'] })
@ObjectType({
  implements: BaseEntity,
  description: 'The measured value of a KPI for one period (one per KPI and period).',
})
export class KpiMeasurement extends BaseEntity {
  @ManyToOne(() => Kpi, { deleteRule: 'cascade' })
  @RelationField(() => Kpi, { description: 'The KPI.' })
  kpi!: Kpi;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'The period: first day of its month or quarter.' })
  period!: string;

  @Property({ type: new DecimalType('number'), columnType: 'numeric(20,6)' })
  @Field(() => Float, { description: 'The measured value, in the KPI unit.' })
  value!: number;

  @Property({ length: 100, nullable: true })
  @Field({ nullable: true, description: 'The system or person that reported the value, e.g. "ERP".' })
  source?: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeScalar, { description: 'When the value was recorded.' })
  recordedAt: Date & Opt = new Date();
}
