import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { DateScalar, DateTimeScalar } from '../graphql/scalars';
import { RelationField } from '../graphql/relation-field';
import { Person } from '../organisation/person.entity';
import { GoalStatus } from './goal-status.enum';
import { Perspective } from './perspective.enum';

@Entity({ tableName: 'strategic_goal' })
@ObjectType({
  implements: BaseEntity,
  description: 'A strategic goal (CEO). Corporate goals (no parent) cascade into functional goals (a tree).',
})
export class StrategicGoal extends BaseEntity {
  @Property({ unique: true, length: 40 })
  @Field({ description: 'Unique code, e.g. "G-2026-01".' })
  code!: string;

  @Property({ length: 300 })
  @Field({ description: 'Short title.' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  @Field({ nullable: true, description: 'What the goal means and why it matters.' })
  description?: string;

  @Enum({ items: () => Perspective, nativeEnumName: 'perspective' })
  @Field(() => Perspective, { description: 'Balanced-Scorecard perspective.' })
  perspective!: Perspective;

  @Enum({ items: () => GoalStatus, nativeEnumName: 'goal_status' })
  @Field(() => GoalStatus, { description: 'Lifecycle status.' })
  status!: GoalStatus;

  @Property()
  @Index()
  @Field(() => Int, { description: 'The fiscal year the goal belongs to.' })
  fiscalYear!: number;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'First day of the goal horizon.' })
  startDate!: string;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'Last day of the goal horizon.' })
  endDate!: string;

  @ManyToOne(() => Person, { nullable: true, deleteRule: 'restrict' })
  @Index()
  @RelationField(() => Person, { nullable: true, description: 'The accountable owner.' })
  owner?: Person;

  @ManyToOne(() => StrategicGoal, { nullable: true, deleteRule: 'restrict' })
  @Index()
  @RelationField(() => StrategicGoal, {
    nullable: true,
    description: 'The goal this one cascades from; null for a corporate goal.',
  })
  parent?: StrategicGoal;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the goal was archived; archived goals are hidden from lists.',
  })
  archivedAt?: Date;
}
