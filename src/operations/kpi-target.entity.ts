import { DecimalType, Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { DateScalar } from '../graphql/scalars';
import { RelationField } from '../graphql/relation-field';
import { Kpi } from './kpi.entity';

@Entity({ tableName: 'kpi_target' })
@Unique({ properties: ['kpi', 'period'] })
// Keyset paging of kpiFacts in (period, kpi) order reads this index from the cursor on.
@Index({ properties: ['period', 'kpi'] })
@ObjectType({ implements: BaseEntity, description: 'The target value of a KPI for one period.' })
export class KpiTarget extends BaseEntity {
  @ManyToOne(() => Kpi, { deleteRule: 'cascade' })
  @RelationField(() => Kpi, { description: 'The KPI.' })
  kpi!: Kpi;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'The period: first day of its month or quarter.' })
  period!: string;

  @Property({ type: new DecimalType('number'), columnType: 'numeric(20,6)' })
  @Field(() => Float, { description: 'The target value for the period.' })
  value!: number;
}
