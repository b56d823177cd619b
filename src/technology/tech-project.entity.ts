import { Entity, Enum, Index, ManyToOne, type Opt, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { DateScalar, DateTimeScalar } from '../graphql/scalars';
import { RelationField } from '../graphql/relation-field';
import { Budget } from '../finance/budget.entity';
import { OrgUnit } from '../organisation/org-unit.entity';
import { Person } from '../organisation/person.entity';
import { ProjectHealth } from './project-health.enum';
import { ProjectStatus } from './project-status.enum';

@Entity({ tableName: 'tech_project' })
@ObjectType({ implements: BaseEntity, description: 'A project of the technology portfolio (CIO).' })
export class TechProject extends BaseEntity {
  @Property({ unique: true, length: 40 })
  @Field({ description: 'Unique code, e.g. "P-ERP-2026".' })
  code!: string;

  @Property({ length: 200 })
  @Field({ description: 'Display name.' })
  name!: string;

  @Enum({ items: () => ProjectStatus, nativeEnumName: 'project_status' })
  @Index()
  @Field(() => ProjectStatus, { description: 'Lifecycle status.' })
  status!: ProjectStatus;

  @Enum({ items: () => ProjectHealth, nativeEnumName: 'project_health' })
  @Field(() => ProjectHealth, { description: 'Health as reported by the project.' })
  health!: ProjectHealth;

  @Property({ type: 'smallint', default: 0 })
  @Field(() => Int, { description: 'Reported progress, 0–100 %.' })
  progress: number & Opt = 0;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'Planned start date.' })
  plannedStart!: string;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'Planned end date.' })
  plannedEnd!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Actual end date, once delivered.' })
  actualEnd?: string;

  @ManyToOne(() => Person, { nullable: true, deleteRule: 'restrict' })
  @RelationField(() => Person, { nullable: true, description: 'The executive sponsor.' })
  sponsor?: Person;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  @Index()
  @RelationField(() => OrgUnit, { description: 'The org unit that runs the project.' })
  orgUnit!: OrgUnit;

  @ManyToOne(() => Budget, { nullable: true, deleteRule: 'set null' })
  @Index()
  @RelationField(() => Budget, { nullable: true, description: 'The budget that funds the project.' })
  budget?: Budget;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the project was archived.' })
  archivedAt?: Date;
}
