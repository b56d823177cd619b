import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { ConnectionArgs, connectionTypes, pageOfEntities, resolveOrder } from '../graphql/pagination';
import { Kpi } from './kpi.entity';
import { KpiFilter, kpiRows } from './kpi.filter';
import { KpiOrder, KpiOrderField, kpiOrderColumns } from './kpi.order';

export const { Connection: KpiConnection } = connectionTypes('Kpi', () => Kpi, 'KPI');

@Resolver()
export class KpiListResolver {
  @Query(() => KpiConnection, {
    description:
      'KPIs as a cursor connection (keyset paging, at most 1,000 a page): filtered, sorted by `orderBy` (default code), archived ones hidden unless `filter.includeArchived`. A UNIT_LEAD sees the KPIs of their subtree.',
  })
  async kpis(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => KpiFilter, { nullable: true, description: 'Which KPIs to list.' })
    filter: KpiFilter | null,
    @Arg('orderBy', () => [KpiOrder], {
      nullable: true,
      description:
        'Sort keys, most significant first (default: code ascending); ID is always the last tie-break.',
    })
    orderBy: KpiOrder[] | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const keys = resolveOrder(orderBy, kpiOrderColumns, [{ field: KpiOrderField.CODE }]);
    return KpiConnection.from(
      await pageOfEntities(ctx, Kpi, {
        list: 'kpis',
        base: kpiRows(ctx.em.getKnex(), filter, ctx.scope),
        keys,
        filter,
        orderBy,
        args,
      }),
    );
  }
}
