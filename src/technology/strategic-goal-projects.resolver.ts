import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { StrategicGoal } from '../strategy/strategic-goal.entity';
import { contributionsByGoal } from './project-loaders';
import { ProjectContribution } from './project-contribution.entity';
import { TechProject } from './tech-project.entity';
import './strategic-goal-projects.sql-twins';

/** goal.projects and goal.contributions live with technology: ProjectContribution holds the foreign key. */
@Resolver(() => StrategicGoal)
export class StrategicGoalProjectsResolver {
  @FieldResolver(() => [TechProject], {
    description:
      'The technology projects that serve this goal (through their contributions), ordered by code.',
  })
  async projects(
    @Root() goal: StrategicGoal,
    @Ctx() ctx: GraphQLContext,
    @Arg('includeArchived', {
      defaultValue: false,
      description: 'Include archived projects too; false by default.',
    })
    includeArchived: boolean,
  ): Promise<TechProject[]> {
    const contributions = await contributionsByGoal(ctx, includeArchived).load(goal.id);
    const projects = await ctx.loaders.byId(TechProject).loadMany(contributions.map((c) => c.project.id));
    return projects.filter((project): project is TechProject => project instanceof TechProject);
  }

  @FieldResolver(() => [ProjectContribution], {
    description: 'The project links of this goal with their weights, ordered by project code.',
  })
  contributions(
    @Root() goal: StrategicGoal,
    @Ctx() ctx: GraphQLContext,
    @Arg('includeArchived', {
      defaultValue: false,
      description: 'Include links of archived projects too; false by default.',
    })
    includeArchived: boolean,
  ): Promise<ProjectContribution[]> {
    return contributionsByGoal(ctx, includeArchived).load(goal.id);
  }
}
