import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { StrategicGoal } from '../../strategy/strategic-goal.entity';
import { ExecutionItem, Trace } from './traceability.types';
import { TraceabilityService } from './traceability.service';

@Resolver()
export class TraceResolver {
  @Query(() => Trace, {
    description:
      'Traceability: from a KPI (through its key results), a project (through its contributions) or a budget (the goal it funds, and the goals of the projects it funds) up the goal tree to the corporate goals it serves. Unknown or out-of-scope items are NOT_FOUND.',
  })
  trace(
    @Arg('id', () => ID, { description: 'Global ID of a Kpi, TechProject or Budget.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Trace> {
    return new TraceabilityService(ctx).trace(id);
  }
}

/** `StrategicGoal.executionItems`: batched, one recursive CTE per request. */
@Resolver(() => StrategicGoal)
export class GoalExecutionItemsResolver {
  @FieldResolver(() => [ExecutionItem], {
    description:
      'Every KPI, project and budget beneath this goal, its whole subtree included (one row per link), ordered by depth, kind and code.',
  })
  executionItems(@Root() goal: StrategicGoal, @Ctx() ctx: GraphQLContext): Promise<ExecutionItem[]> {
    return new TraceabilityService(ctx).executionItems().load(goal.id);
  }
}
