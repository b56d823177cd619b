import { Arg, Args, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { ProjectContribution } from './project-contribution.entity';
import { ProjectContributionService } from './project-contribution.service';
import { SetProjectContributionArgs } from './set-project-contribution.args';

@Resolver(() => ProjectContribution)
export class ProjectContributionResolver {
  @Mutation(() => ProjectContribution, {
    description:
      'Links a project to a goal it serves with a weight in (0, 1], or changes the weight of the existing link (an upsert by project + goal; one transaction). An unknown project or goal is NOT_FOUND.',
  })
  setProjectContribution(
    @Args(() => SetProjectContributionArgs) args: SetProjectContributionArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ProjectContribution> {
    return new ProjectContributionService(ctx.em).set(args.projectId, args.goalId, args.weight);
  }

  @Mutation(() => Boolean, {
    description:
      'Removes the link between a project and a goal (one transaction): true when a link was removed, false when there was none. An unknown project or goal is NOT_FOUND.',
  })
  removeProjectContribution(
    @Arg('projectId', () => ID, { description: 'ID of the TechProject.' }) projectId: string,
    @Arg('goalId', () => ID, { description: 'ID of the StrategicGoal.' }) goalId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return new ProjectContributionService(ctx.em).remove(projectId, goalId);
  }
}
