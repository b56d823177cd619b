import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { AuditEntryConnection } from './audit-entry-connection';
import { AuditLogFilter } from './audit-log-filter.input';
import { AuditLogService, MAX_AUDIT_PAGE } from './audit-log.service';

@Resolver()
export class AuditLogResolver {
  @Query(() => AuditEntryConnection, {
    description:
      'The audit trail, newest first: every change made through the API, the feeds and the API-key CLI. CEO and ADMIN only.',
  })
  auditLog(
    @Arg('filter', () => AuditLogFilter, { nullable: true, description: 'Which entries; all when omitted.' })
    filter: AuditLogFilter | undefined,
    @Arg('first', () => Int, { defaultValue: 50, description: `Page size, 1 to ${MAX_AUDIT_PAGE}.` })
    first: number,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Continue after this cursor (`pageInfo.endCursor`).',
    })
    after: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AuditEntryConnection> {
    return new AuditLogService(ctx.em).page(filter ?? {}, first, after ?? undefined);
  }
}
