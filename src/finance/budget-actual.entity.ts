import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { DateScalar, DecimalScalar } from '../graphql/scalars';
import { RelationField } from '../graphql/relation-field';
import { Budget } from './budget.entity';

@Entity({ tableName: 'budget_actual' })
@Unique({ properties: ['budget', 'month'] })
@ObjectType({
  implements: BaseEntity,
  description: 'Actual spend booked against a budget in one month (one per budget and month).',
})
export class BudgetActual extends BaseEntity {
  @ManyToOne(() => Budget, { deleteRule: 'cascade' })
  @RelationField(() => Budget, { description: 'The budget.' })
  budget!: Budget;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'The month: its first day.' })
  month!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  @Field(() => DecimalScalar, { description: "Amount spent in the month, in the budget's currency." })
  amount!: string;
}
