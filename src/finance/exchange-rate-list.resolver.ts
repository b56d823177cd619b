import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { ConnectionArgs, connectionTypes, pageOfEntities, resolveOrder } from '../graphql/pagination';
import { ExchangeRate } from './exchange-rate.entity';
import { ExchangeRateFilter, exchangeRateRows } from './exchange-rate.filter';
import { ExchangeRateOrder, ExchangeRateOrderField, exchangeRateOrderColumns } from './exchange-rate.order';

export const { Connection: ExchangeRateConnection } = connectionTypes(
  'ExchangeRate',
  () => ExchangeRate,
  'exchange rate',
);

@Resolver()
export class ExchangeRateListResolver {
  @Query(() => ExchangeRateConnection, {
    description:
      'Monthly exchange rates into the reporting currency as a cursor connection (keyset paging, at most 1,000 a page), sorted by `orderBy` (default currency, then month).',
  })
  async exchangeRates(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => ExchangeRateFilter, { nullable: true, description: 'Which rates to list.' })
    filter: ExchangeRateFilter | null,
    @Arg('orderBy', () => [ExchangeRateOrder], {
      nullable: true,
      description:
        'Sort keys, most significant first (default: currency, then month, ascending); ID is always the last tie-break.',
    })
    orderBy: ExchangeRateOrder[] | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const keys = resolveOrder(orderBy, exchangeRateOrderColumns, [
      { field: ExchangeRateOrderField.CURRENCY },
      { field: ExchangeRateOrderField.MONTH },
    ]);
    return ExchangeRateConnection.from(
      await pageOfEntities(ctx, ExchangeRate, {
        list: 'exchangeRates',
        base: exchangeRateRows(ctx.em.getKnex(), filter),
        keys,
        filter,
        orderBy,
        args,
      }),
    );
  }
}
