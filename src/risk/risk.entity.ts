import { Entity, Enum, Index, ManyToOne, type Opt, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { DateTimeScalar } from '../graphql/scalars';
import { RelationField } from '../graphql/relation-field';
import { Person } from '../organisation/person.entity';
import { Kpi } from '../operations/kpi.entity';
import { StrategicGoal } from '../strategy/strategic-goal.entity';
import { TechProject } from '../technology/tech-project.entity';
import { RiskCategory } from './risk-category.enum';
import { RiskStatus } from './risk-status.enum';

@Entity({ tableName: 'risk' })
@ObjectType({
  implements: BaseEntity,
  description: 'A risk rated likelihood × impact, linked to a goal, a project or a KPI.',
})
export class Risk extends BaseEntity {
  @Property({ length: 300 })
  @Field({ description: 'Short title.' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  @Field({ nullable: true, description: 'What could happen and what it would cause.' })
  description?: string;

  @Enum({ items: () => RiskCategory, nativeEnumName: 'risk_category' })
  @Field(() => RiskCategory, { description: 'The kind of risk.' })
  category!: RiskCategory;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: 'Likelihood from 1 (rare) to 5 (almost certain).' })
  likelihood!: number;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: 'Impact from 1 (minor) to 5 (severe).' })
  impact!: number;

  @Field(() => Int, { description: 'Exposure = likelihood × impact (1–25).' })
  get exposure(): Opt<number> {
    return this.likelihood * this.impact;
  }

  @Enum({ items: () => RiskStatus, nativeEnumName: 'risk_status' })
  @Field(() => RiskStatus, { description: 'Where the risk stands.' })
  status!: RiskStatus;

  @ManyToOne(() => Person, { nullable: true, deleteRule: 'restrict' })
  @RelationField(() => Person, { nullable: true, description: 'The accountable owner.' })
  owner?: Person;

  @ManyToOne(() => StrategicGoal, { nullable: true, deleteRule: 'set null' })
  @Index()
  @RelationField(() => StrategicGoal, { nullable: true, description: 'The goal threatened, if any.' })
  goal?: StrategicGoal;

  @ManyToOne(() => TechProject, { nullable: true, deleteRule: 'set null' })
  @Index()
  @RelationField(() => TechProject, { nullable: true, description: 'The project threatened, if any.' })
  project?: TechProject;

  @ManyToOne(() => Kpi, { nullable: true, deleteRule: 'set null' })
  @Index()
  @RelationField(() => Kpi, { nullable: true, description: 'The KPI threatened, if any.' })
  kpi?: Kpi;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the risk was archived.' })
  archivedAt?: Date;
}
