import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { DateScalar } from '../graphql/scalars';
import { RelationField } from '../graphql/relation-field';
import { TechProject } from './tech-project.entity';

@Entity({ tableName: 'milestone' })
@ObjectType({ implements: BaseEntity, description: 'A dated milestone of a technology project.' })
export class Milestone extends BaseEntity {
  @ManyToOne(() => TechProject, { deleteRule: 'cascade' })
  @RelationField(() => TechProject, { description: 'The project.' })
  project!: TechProject;

  @Property({ length: 200 })
  @Field({ description: 'What is delivered.' })
  title!: string;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'When it is due.' })
  dueDate!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'When it was completed; null while open.' })
  completedAt?: string;
}
