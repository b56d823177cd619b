import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { DateTimeScalar } from '../graphql/scalars';
import { RelationField } from '../graphql/relation-field';
import { ExecutiveFunction } from './executive-function.enum';

@Entity({ tableName: 'org_unit' })
@ObjectType({ implements: BaseEntity, description: 'A unit of the organisation; units form a tree.' })
export class OrgUnit extends BaseEntity {
  @Property({ unique: true, length: 40 })
  @Field({ description: 'Short unique code, e.g. "OPS-PLANT-N".' })
  code!: string;

  @Property({ length: 200 })
  @Field({ description: 'Display name.' })
  name!: string;

  @Enum({ items: () => ExecutiveFunction, nativeEnumName: 'executive_function' })
  @Field(() => ExecutiveFunction, { description: 'The executive function the unit reports into.' })
  function!: ExecutiveFunction;

  @ManyToOne(() => OrgUnit, { nullable: true, deleteRule: 'restrict' })
  @Index()
  @RelationField(() => OrgUnit, { nullable: true, description: 'The parent unit; null for the root.' })
  parent?: OrgUnit;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the unit was archived; archived units are hidden from lists.',
  })
  archivedAt?: Date;
}
