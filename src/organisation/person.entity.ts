import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { DateTimeScalar } from '../graphql/scalars';
import { RelationField } from '../graphql/relation-field';
import { ExecutiveRole } from './executive-role.enum';
import { OrgUnit } from './org-unit.entity';

@Entity({ tableName: 'person' })
@ObjectType({ implements: BaseEntity, description: 'A person who owns goals, KPIs, projects or risks.' })
export class Person extends BaseEntity {
  @Property({ length: 200 })
  @Field({ description: 'Full name.' })
  name!: string;

  @Property({ unique: true, length: 320 })
  @Field(() => String, {
    nullable: true,
    description: 'E-mail address; null unless the caller is an executive (CEO, CFO, CIO, COO) or ADMIN.',
  })
  email!: string;

  @Property({ length: 200, nullable: true })
  @Field({ nullable: true, description: 'Job title.' })
  title?: string;

  @Enum({ items: () => ExecutiveRole, nativeEnumName: 'executive_role', nullable: true })
  @Field(() => ExecutiveRole, { nullable: true, description: 'The executive seat held, or null.' })
  executiveRole?: ExecutiveRole;

  @ManyToOne(() => OrgUnit, { nullable: true, deleteRule: 'restrict' })
  @Index()
  @RelationField(() => OrgUnit, { nullable: true, description: 'The org unit the person belongs to.' })
  orgUnit?: OrgUnit;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the person was archived.' })
  archivedAt?: Date;
}
