import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { DateScalar } from '../graphql/scalars';
import { CreateMilestoneInput } from './create-milestone.input';
import { Milestone } from './milestone.entity';
import { MilestoneService } from './milestone.service';
import { UpdateMilestoneInput } from './update-milestone.input';

@Resolver(() => Milestone)
export class MilestoneResolver {
  @Query(() => Milestone, {
    nullable: true,
    description: 'One milestone by ID; null when it does not exist.',
  })
  milestone(
    @Arg('id', () => ID, { description: 'The milestone ID.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Milestone | null> {
    return new MilestoneService(ctx.em, ctx.scope).findById(id);
  }

  @Mutation(() => Milestone, {
    description: 'Adds a milestone to a project (one transaction). An unknown project is NOT_FOUND.',
  })
  createMilestone(
    @Arg('input', () => CreateMilestoneInput, { description: 'The new milestone.' })
    input: CreateMilestoneInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Milestone> {
    return new MilestoneService(ctx.em, ctx.scope).create(input);
  }

  @Mutation(() => Milestone, {
    description:
      'Changes a milestone (one transaction). A stale version is CONFLICT; an unknown milestone NOT_FOUND.',
  })
  updateMilestone(
    @Arg('id', () => ID, { description: 'The milestone ID.' }) id: string,
    @Arg('version', () => Int, { description: 'The version the change is based on (optimistic locking).' })
    version: number,
    @Arg('input', () => UpdateMilestoneInput, { description: 'The fields to change.' })
    input: UpdateMilestoneInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Milestone> {
    return new MilestoneService(ctx.em, ctx.scope).update(id, version, input);
  }

  @Mutation(() => Milestone, {
    description: 'Marks a milestone completed (one transaction). A stale version is CONFLICT.',
  })
  completeMilestone(
    @Arg('id', () => ID, { description: 'The milestone ID.' }) id: string,
    @Arg('version', () => Int, { description: 'The version the change is based on (optimistic locking).' })
    version: number,
    @Arg('completedAt', () => DateScalar, {
      nullable: true,
      description: 'When it was completed; today (UTC) when omitted.',
    })
    completedAt: string | null | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Milestone> {
    return new MilestoneService(ctx.em, ctx.scope).complete(id, version, completedAt);
  }

  @Mutation(() => ID, {
    description:
      'Deletes a milestone for good and returns its ID (one transaction). A stale version is CONFLICT.',
  })
  deleteMilestone(
    @Arg('id', () => ID, { description: 'The milestone ID.' }) id: string,
    @Arg('version', () => Int, { description: 'The version the deletion is based on (optimistic locking).' })
    version: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<string> {
    return new MilestoneService(ctx.em, ctx.scope).delete(id, version);
  }
}
