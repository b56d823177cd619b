import { DecimalType, Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { RelationField } from '../graphql/relation-field';
import { StrategicGoal } from '../strategy/strategic-goal.entity';
import { TechProject } from './tech-project.entity';

@Entity({ tableName: 'project_contribution' })
@Unique({ properties: ['project', 'goal'] })
@ObjectType({
  implements: BaseEntity,
  description: 'Links a technology project to a goal it delivers, with a weight.',
})
export class ProjectContribution extends BaseEntity {
  @ManyToOne(() => TechProject, { deleteRule: 'cascade' })
  @RelationField(() => TechProject, { description: 'The contributing project.' })
  project!: TechProject;

  @ManyToOne(() => StrategicGoal, { deleteRule: 'cascade' })
  @Index()
  @RelationField(() => StrategicGoal, { description: 'The goal served.' })
  goal!: StrategicGoal;

  @Property({ type: new DecimalType('number'), columnType: 'numeric(5,4)' })
  @Field(() => Float, { description: "Weight of the project in the goal's health, in (0, 1]." })
  weight!: number;
}
