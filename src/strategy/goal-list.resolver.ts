import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { ConnectionArgs, connectionTypes, pageOfEntities, resolveOrder } from '../graphql/pagination';
import { goalRows, StrategicGoalFilter } from './goal.filter';
import { goalOrderColumns, StrategicGoalOrder, StrategicGoalOrderField } from './goal.order';
import { StrategicGoal } from './strategic-goal.entity';

export const { Connection: StrategicGoalConnection } = connectionTypes(
  'StrategicGoal',
  () => StrategicGoal,
  'strategic goal',
);

@Resolver()
export class GoalListResolver {
  @Query(() => StrategicGoalConnection, {
    description:
      'Strategic goals as a cursor connection (keyset paging, at most 1,000 a page): filtered, sorted by `orderBy` (default code), archived ones hidden unless `filter.includeArchived`. A UNIT_LEAD sees goals owned or served inside their unit.',
  })
  async goals(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => StrategicGoalFilter, { nullable: true, description: 'Which goals to list.' })
    filter: StrategicGoalFilter | null,
    @Arg('orderBy', () => [StrategicGoalOrder], {
      nullable: true,
      description:
        'Sort keys, most significant first (default: code ascending); ID is always the last tie-break.',
    })
    orderBy: StrategicGoalOrder[] | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const keys = resolveOrder(orderBy, goalOrderColumns, [{ field: StrategicGoalOrderField.CODE }]);
    return StrategicGoalConnection.from(
      await pageOfEntities(ctx, StrategicGoal, {
        list: 'goals',
        base: goalRows(ctx.em.getKnex(), filter, ctx.scope),
        keys,
        filter,
        orderBy,
        args,
      }),
    );
  }
}
