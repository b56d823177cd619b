import { Entity, Enum, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../auth/role.enum';
import { encodeGlobalId } from '../graphql/global-id';
import { DateTimeScalar } from '../graphql/scalars';
import { AuditOperation } from './audit-operation.enum';

/** `{ field: { old, new } }` for every changed field. */
export type AuditChanges = Record<string, { old: unknown; new: unknown }>;

/**
 * One change to one record, written in the same transaction as the change.
 * Append-only: a trigger makes the database refuse UPDATE and DELETE on the table.
 */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['entityType', 'entityId'] })
@Index({ properties: ['actor', 'at'] })
@ObjectType({ description: 'One change to one record: who, when, what, and each changed field.' })
export class AuditEntry {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ length: 200 })
  @Field({ description: 'Who changed it: the JWT subject, or `api-key:<prefix>` for an API key.' })
  actor!: string;

  @Enum({ items: () => Role, nativeEnumName: 'role' })
  @Field(() => Role, { description: 'The role the actor acted in.' })
  role!: Role;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Index()
  @Field(() => DateTimeScalar, { description: 'When the change was written (transaction time).' })
  at: Date & Opt = new Date();

  @Property({ length: 60 })
  @Field({ description: 'The GraphQL type of the changed record, e.g. "Kpi".' })
  entityType!: string;

  @Property({ length: 200 })
  @Field(() => ID, { description: 'The global ID of the changed record (as in its `id` field).' })
  entityId!: string;

  @Enum({ items: () => AuditOperation, nativeEnumName: 'audit_operation' })
  @Field(() => AuditOperation, { description: 'What the change did.' })
  operation!: AuditOperation;

  @Property({ type: 'jsonb' })
  @Field(() => GraphQLJSONObject, {
    description:
      'Each changed field with its old and new value: `{ "field": { "old": …, "new": … } }` (references as global IDs; `old` is null on CREATE).',
  })
  changes!: AuditChanges;

  @Property({ length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'The request that made the change (`x-request-id`).' })
  requestId?: string;

  @Field(() => ID, { name: 'id', description: 'Opaque ID of the audit entry.' })
  get globalId(): Opt<string> {
    return encodeGlobalId('AuditEntry', Number(this.id));
  }
}
