import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { Kpi } from '../operations/kpi.entity';
import { CreateGoalInput } from './create-goal.input';
import { GoalService } from './goal.service';
import { KeyResult } from './key-result.entity';
import { StrategicGoal } from './strategic-goal.entity';
import { UpdateGoalInput } from './update-goal.input';
import './strategic-goal.sql-twins';

@Resolver(() => StrategicGoal)
export class StrategicGoalResolver {
  @Query(() => StrategicGoal, {
    nullable: true,
    description:
      'One goal by ID (archived ones included); null when it does not exist or, for a UNIT_LEAD, lies outside their scope.',
  })
  goal(
    @Arg('id', () => ID, { description: 'The goal ID.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<StrategicGoal | null> {
    return new GoalService(ctx.em, ctx.scope).findById(id);
  }

  @FieldResolver(() => [StrategicGoal], {
    description: 'The goals that cascade directly from this one, ordered by code.',
  })
  children(
    @Root() goal: StrategicGoal,
    @Ctx() ctx: GraphQLContext,
    @Arg('includeArchived', {
      defaultValue: false,
      description: 'Include archived goals too; false by default.',
    })
    includeArchived: boolean,
  ): Promise<StrategicGoal[]> {
    const where = (includeArchived ? {} : { archivedAt: null }) as FilterQuery<StrategicGoal>;
    return ctx.loaders.manyBy(StrategicGoal, 'parent', { code: 'asc', id: 'asc' }, where).load(goal.id);
  }

  @FieldResolver(() => [KeyResult], {
    description: 'The key results that measure this goal (one per KPI), oldest first.',
  })
  keyResults(@Root() goal: StrategicGoal, @Ctx() ctx: GraphQLContext): Promise<KeyResult[]> {
    return ctx.loaders.manyBy(KeyResult, 'goal').load(goal.id);
  }

  @FieldResolver(() => [Kpi], { description: 'The KPIs that measure this goal (through its key results).' })
  async kpis(@Root() goal: StrategicGoal, @Ctx() ctx: GraphQLContext): Promise<Kpi[]> {
    const keyResults = await ctx.loaders.manyBy(KeyResult, 'goal').load(goal.id);
    const kpis = await ctx.loaders.byId(Kpi).loadMany(keyResults.map((kr) => kr.kpi.id));
    return kpis.filter((kpi): kpi is Kpi => kpi instanceof Kpi);
  }

  @Mutation(() => StrategicGoal, {
    description:
      'Creates a strategic goal (one transaction). A taken code is CONFLICT; an unknown owner or parent NOT_FOUND; startDate after endDate, an archived parent or a malformed code BAD_USER_INPUT.',
  })
  createGoal(
    @Arg('input', () => CreateGoalInput, { description: 'The new goal.' }) input: CreateGoalInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<StrategicGoal> {
    return new GoalService(ctx.em, ctx.scope).create(input);
  }

  @Mutation(() => StrategicGoal, {
    description:
      'Changes a strategic goal (one transaction). A stale version or a taken code is CONFLICT; an unknown goal, owner or parent NOT_FOUND; startDate after endDate, an archived parent or a new parent that is the goal itself or one of its descendants (a cycle) BAD_USER_INPUT.',
  })
  updateGoal(
    @Arg('id', () => ID, { description: 'The goal ID.' }) id: string,
    @Arg('version', () => Int, { description: 'The version the change is based on (optimistic locking).' })
    version: number,
    @Arg('input', () => UpdateGoalInput, { description: 'The changes.' }) input: UpdateGoalInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<StrategicGoal> {
    return new GoalService(ctx.em, ctx.scope).update(id, version, input);
  }

  @Mutation(() => StrategicGoal, {
    description:
      'Archives a goal: sets archivedAt, hiding it from lists (one transaction). Refused with BAD_USER_INPUT while one of its direct child goals is not archived; a stale version is CONFLICT. Archiving an archived goal changes nothing.',
  })
  archiveGoal(
    @Arg('id', () => ID, { description: 'The goal ID.' }) id: string,
    @Arg('version', () => Int, { description: 'The version the change is based on (optimistic locking).' })
    version: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<StrategicGoal> {
    return new GoalService(ctx.em, ctx.scope).archive(id, version);
  }
}
