import { DecimalType, Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { DateScalar } from '../graphql/scalars';
import { RelationField } from '../graphql/relation-field';
import { Kpi } from '../operations/kpi.entity';
import { StrategicGoal } from './strategic-goal.entity';

@Entity({ tableName: 'key_result' })
@Unique({ properties: ['goal', 'kpi'] })
@ObjectType({
  implements: BaseEntity,
  description: 'Links a goal to a KPI that measures it, with the value to reach by a due date and a weight.',
})
export class KeyResult extends BaseEntity {
  @ManyToOne(() => StrategicGoal, { deleteRule: 'cascade' })
  @RelationField(() => StrategicGoal, { description: 'The goal measured.' })
  goal!: StrategicGoal;

  @ManyToOne(() => Kpi, { deleteRule: 'restrict' })
  @Index()
  @RelationField(() => Kpi, { description: 'The KPI that measures the goal.' })
  kpi!: Kpi;

  @Property({ type: new DecimalType('number'), columnType: 'numeric(20,6)' })
  @Field(() => Float, { description: 'The KPI value the goal needs by the due date.' })
  targetValue!: number;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'When the target value must be reached.' })
  dueDate!: string;

  @Property({ type: new DecimalType('number'), columnType: 'numeric(5,4)' })
  @Field(() => Float, { description: "Weight of this key result in the goal's health, in (0, 1]." })
  weight!: number;
}
