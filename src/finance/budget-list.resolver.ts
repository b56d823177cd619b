import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { ConnectionArgs, connectionTypes, pageOfEntities, resolveOrder } from '../graphql/pagination';
import { Budget } from './budget.entity';
import { BudgetFilter, budgetRows } from './budget.filter';
import { BudgetOrder, BudgetOrderField, budgetOrderColumns } from './budget.order';

export const { Connection: BudgetConnection } = connectionTypes('Budget', () => Budget, 'budget');

@Resolver()
export class BudgetListResolver {
  @Query(() => BudgetConnection, {
    description:
      'Budgets as a cursor connection (keyset paging, at most 1,000 a page): filtered, sorted by `orderBy` (default code), archived ones hidden unless `filter.includeArchived`. A UNIT_LEAD sees the budgets of their subtree.',
  })
  async budgets(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => BudgetFilter, { nullable: true, description: 'Which budgets to list.' })
    filter: BudgetFilter | null,
    @Arg('orderBy', () => [BudgetOrder], {
      nullable: true,
      description:
        'Sort keys, most significant first (default: code ascending); ID is always the last tie-break.',
    })
    orderBy: BudgetOrder[] | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const keys = resolveOrder(orderBy, budgetOrderColumns, [{ field: BudgetOrderField.CODE }]);
    return BudgetConnection.from(
      await pageOfEntities(ctx, Budget, {
        list: 'budgets',
        base: budgetRows(ctx.em.getKnex(), filter, ctx.scope),
        keys,
        filter,
        orderBy,
        args,
      }),
    );
  }
}
