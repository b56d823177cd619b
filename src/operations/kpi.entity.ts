import { DecimalType, Entity, Enum, Index, ManyToOne, type Opt, Property } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { DateTimeScalar } from '../graphql/scalars';
import { RelationField } from '../graphql/relation-field';
import { OrgUnit } from '../organisation/org-unit.entity';
import { Person } from '../organisation/person.entity';
import { KpiDirection } from './kpi-direction.enum';
import { KpiFrequency } from './kpi-frequency.enum';
import { ProcessArea } from './process-area.enum';

/** Attainment at or above this is GREEN unless the KPI says otherwise. */
export const DEFAULT_AMBER_THRESHOLD = 1.0;
/** Attainment at or above this (and below amber) is AMBER; below it RED. */
export const DEFAULT_RED_THRESHOLD = 0.9;

@Entity({ tableName: 'kpi' })
@ObjectType({
  implements: BaseEntity,
  description: 'An operational KPI (COO) with targets and a measured time series.',
})
export class Kpi extends BaseEntity {
  @Property({ unique: true, length: 40 })
  @Field({ description: 'Unique code, e.g. "OEE-PLANT-N"; the natural key of measurement feeds.' })
  code!: string;

  @Property({ length: 200 })
  @Field({ description: 'Display name.' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  @Field({ nullable: true, description: 'What is measured and how.' })
  description?: string;

  @Property({ length: 40 })
  @Field({ description: 'Unit of the values, e.g. "%", "EUR", "days", "count".' })
  unit!: string;

  @Enum({ items: () => KpiDirection, nativeEnumName: 'kpi_direction' })
  @Field(() => KpiDirection, { description: 'Whether higher or lower values are better.' })
  direction!: KpiDirection;

  @Enum({ items: () => KpiFrequency, nativeEnumName: 'kpi_frequency' })
  @Field(() => KpiFrequency, { description: 'How often the KPI is measured.' })
  frequency!: KpiFrequency;

  @Enum({ items: () => ProcessArea, nativeEnumName: 'process_area' })
  @Index()
  @Field(() => ProcessArea, { description: 'The process area measured.' })
  processArea!: ProcessArea;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  @Index()
  @RelationField(() => OrgUnit, { description: 'The org unit responsible for the KPI.' })
  orgUnit!: OrgUnit;

  @ManyToOne(() => Person, { nullable: true, deleteRule: 'restrict' })
  @RelationField(() => Person, { nullable: true, description: 'The accountable owner.' })
  owner?: Person;

  @Property({ type: new DecimalType('number'), columnType: 'numeric(6,4)', default: DEFAULT_AMBER_THRESHOLD })
  @Field(() => Float, {
    description: `Attainment at or above this ratio is GREEN (default ${DEFAULT_AMBER_THRESHOLD}).`,
  })
  amberThreshold: number & Opt = DEFAULT_AMBER_THRESHOLD;

  @Property({ type: new DecimalType('number'), columnType: 'numeric(6,4)', default: DEFAULT_RED_THRESHOLD })
  @Field(() => Float, {
    description: `Attainment at or above this ratio (and below amberThreshold) is AMBER, below it RED (default ${DEFAULT_RED_THRESHOLD}).`,
  })
  redThreshold: number & Opt = DEFAULT_RED_THRESHOLD;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the KPI was archived; archived KPIs are hidden from lists.',
  })
  archivedAt?: Date;
}
