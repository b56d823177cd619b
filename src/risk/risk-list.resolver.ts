import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import {
  ConnectionArgs,
  connectionTypes,
  OrderDirection,
  pageOfEntities,
  resolveOrder,
} from '../graphql/pagination';
import { Risk } from './risk.entity';
import { RiskFilter, riskRows } from './risk.filter';
import { RiskOrder, RiskOrderField, riskOrderColumns } from './risk.order';

export const { Connection: RiskConnection } = connectionTypes('Risk', () => Risk, 'risk');

@Resolver()
export class RiskListResolver {
  @Query(() => RiskConnection, {
    description:
      'Risks as a cursor connection (keyset paging, at most 1,000 a page): filtered, sorted by `orderBy` (default exposure descending), archived ones hidden unless `filter.includeArchived`. A UNIT_LEAD sees risks whose owner, KPI, project or goal is in their unit.',
  })
  async risks(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => RiskFilter, { nullable: true, description: 'Which risks to list.' })
    filter: RiskFilter | null,
    @Arg('orderBy', () => [RiskOrder], {
      nullable: true,
      description:
        'Sort keys, most significant first (default: exposure descending); ID is always the last tie-break.',
    })
    orderBy: RiskOrder[] | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const keys = resolveOrder(orderBy, riskOrderColumns, [
      { field: RiskOrderField.EXPOSURE, direction: OrderDirection.DESC },
    ]);
    return RiskConnection.from(
      await pageOfEntities(ctx, Risk, {
        list: 'risks',
        base: riskRows(ctx.em.getKnex(), filter, ctx.scope),
        keys,
        filter,
        orderBy,
        args,
      }),
    );
  }
}
