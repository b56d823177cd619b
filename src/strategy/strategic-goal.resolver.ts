import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { Kpi } from '../operations/kpi.entity';
import { CreateGoalInput } from './create-goal.input';
import { GoalService } from './goal.service';
import { KeyResult } from './key-result.entity';
import { StrategicGoal } from './strategic-goal.entity';

@Resolver(() => StrategicGoal)
export class StrategicGoalResolver {
  @Query(() => StrategicGoal, { nullable: true, description: 'One goal by ID; null when it does not exist.' })
  goal(
    @Arg('id', () => ID, { description: 'The goal ID.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<StrategicGoal | null> {
    return new GoalService(ctx.em).findById(id);
  }

  @FieldResolver(() => [Kpi], { description: 'The KPIs that measure this goal (through its key results).' })
  async kpis(@Root() goal: StrategicGoal, @Ctx() ctx: GraphQLContext): Promise<Kpi[]> {
    const keyResults = await ctx.loaders.manyBy(KeyResult, 'goal').load(goal.id);
    const kpis = await ctx.loaders.byId(Kpi).loadMany(keyResults.map((kr) => kr.kpi.id));
    return kpis.filter((kpi): kpi is Kpi => kpi instanceof Kpi);
  }

  @Mutation(() => StrategicGoal, { description: 'Creates a strategic goal (one transaction).' })
  createGoal(
    @Arg('input', () => CreateGoalInput, { description: 'The new goal.' }) input: CreateGoalInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<StrategicGoal> {
    return new GoalService(ctx.em).create(input);
  }
}
