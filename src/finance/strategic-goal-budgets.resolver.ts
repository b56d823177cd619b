import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { StrategicGoal } from '../strategy/strategic-goal.entity';
import { Budget } from './budget.entity';
import './strategic-goal-budgets.sql-twins';

/** StrategicGoal.budgets lives with finance because the budget holds the foreign key. */
@Resolver(() => StrategicGoal)
export class StrategicGoalBudgetsResolver {
  @FieldResolver(() => [Budget], {
    description: 'The budgets that fund this goal, ordered by fiscal year, then code.',
  })
  budgets(
    @Root() goal: StrategicGoal,
    @Ctx() ctx: GraphQLContext,
    @Arg('includeArchived', {
      defaultValue: false,
      description: 'Include archived budgets too; false by default.',
    })
    includeArchived: boolean,
  ): Promise<Budget[]> {
    const where = (includeArchived ? {} : { archivedAt: null }) as FilterQuery<Budget>;
    return ctx.loaders.manyBy(Budget, 'goal', { fiscalYear: 'asc', code: 'asc' }, where).load(goal.id);
  }
}
