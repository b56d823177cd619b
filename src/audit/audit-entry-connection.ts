import { Field, ObjectType } from 'type-graphql';
import { AuditEntry } from './audit-entry.entity';

@ObjectType({ description: 'One audit entry with its cursor.' })
export class AuditEntryEdge {
  @Field({ description: 'Pass as `after` to continue after this entry.' })
  cursor!: string;

  @Field(() => AuditEntry, { description: 'The audit entry.' })
  node!: AuditEntry;
}

@ObjectType({ description: 'Where a page of the audit log ends.' })
export class AuditLogPageInfo {
  @Field({ description: 'True when older entries follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last entry of the page; null when empty.',
  })
  endCursor!: string | null;
}

@ObjectType({ description: 'A page of the audit log, newest first.' })
export class AuditEntryConnection {
  @Field(() => [AuditEntryEdge], { description: 'The entries of this page, newest first.' })
  edges!: AuditEntryEdge[];

  @Field(() => AuditLogPageInfo, { description: 'Whether more entries follow.' })
  pageInfo!: AuditLogPageInfo;
}
