import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { GraphQLContext } from '../graphql/context';
import { StrategicGoal } from '../strategy/strategic-goal.entity';
import { CreateProjectInput } from './create-project.input';
import { Milestone } from './milestone.entity';
import { ProjectContribution } from './project-contribution.entity';
import { ReportProjectProgressArgs } from './report-project-progress.args';
import { TechProject } from './tech-project.entity';
import { TechProjectService } from './tech-project.service';
import { UpdateProjectInput } from './update-project.input';
import './tech-project.sql-twins';

@Resolver(() => TechProject)
export class TechProjectResolver {
  @Query(() => TechProject, {
    nullable: true,
    description: 'One technology project by ID (archived ones included); null when it does not exist.',
  })
  project(
    @Arg('id', () => ID, { description: 'The project ID.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TechProject | null> {
    return new TechProjectService(ctx.em, ctx.scope).findById(id);
  }

  @FieldResolver(() => [Milestone], {
    description: 'The milestones of the project, earliest due date first.',
  })
  milestones(@Root() project: TechProject, @Ctx() ctx: GraphQLContext): Promise<Milestone[]> {
    return ctx.loaders.manyBy(Milestone, 'project', { dueDate: 'asc', id: 'asc' }).load(project.id);
  }

  @FieldResolver(() => [ProjectContribution], {
    description:
      'How the project contributes to goals: one link per goal, with its weight, oldest link first.',
  })
  contributions(@Root() project: TechProject, @Ctx() ctx: GraphQLContext): Promise<ProjectContribution[]> {
    return ctx.loaders.manyBy(ProjectContribution, 'project').load(project.id);
  }

  @FieldResolver(() => [StrategicGoal], {
    description: 'The goals the project serves (through its contributions), ordered by goal code.',
  })
  async goals(
    @Root() project: TechProject,
    @Ctx() ctx: GraphQLContext,
    @Arg('includeArchived', {
      defaultValue: false,
      description: 'Include archived goals too; false by default.',
    })
    includeArchived: boolean,
  ): Promise<StrategicGoal[]> {
    const where = (includeArchived ? {} : { goal: { archivedAt: null } }) as FilterQuery<ProjectContribution>;
    const contributions = await ctx.loaders
      .manyBy(ProjectContribution, 'project', { id: 'asc' }, where)
      .load(project.id);
    const goals = await ctx.loaders.byId(StrategicGoal).loadMany(contributions.map((c) => c.goal.id));
    return goals
      .filter((goal): goal is StrategicGoal => goal instanceof StrategicGoal)
      .sort((a, b) => a.code.localeCompare(b.code));
  }

  @Mutation(() => TechProject, {
    description:
      'Creates a technology project (one transaction). A taken code is CONFLICT; an unknown org unit, sponsor or budget NOT_FOUND; broken date or status rules BAD_USER_INPUT.',
  })
  createProject(
    @Arg('input', () => CreateProjectInput, { description: 'The new project.' }) input: CreateProjectInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TechProject> {
    return new TechProjectService(ctx.em, ctx.scope).create(input);
  }

  @Mutation(() => TechProject, {
    description:
      'Changes a technology project (one transaction). A stale version or a taken code is CONFLICT; an unknown project, org unit, sponsor or budget NOT_FOUND; the rules are checked on the result.',
  })
  updateProject(
    @Arg('id', () => ID, { description: 'The project ID.' }) id: string,
    @Arg('version', () => Int, { description: 'The version the change is based on (optimistic locking).' })
    version: number,
    @Arg('input', () => UpdateProjectInput, { description: 'The fields to change.' })
    input: UpdateProjectInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TechProject> {
    return new TechProjectService(ctx.em, ctx.scope).update(id, version, input);
  }

  @Mutation(() => TechProject, {
    description:
      "A project manager's status report: sets progress and health, optionally status and actual end (one transaction). A DONE project needs an actual end; a stale version is CONFLICT.",
  })
  reportProjectProgress(
    @Args(() => ReportProjectProgressArgs) args: ReportProjectProgressArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TechProject> {
    return new TechProjectService(ctx.em, ctx.scope).reportProgress(args.id, args.version, args);
  }

  @Mutation(() => TechProject, {
    description:
      'Archives a project: sets archivedAt and hides it from lists; its milestones and links stay. A stale version is CONFLICT.',
  })
  archiveProject(
    @Arg('id', () => ID, { description: 'The project ID.' }) id: string,
    @Arg('version', () => Int, { description: 'The version the change is based on (optimistic locking).' })
    version: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TechProject> {
    return new TechProjectService(ctx.em, ctx.scope).archive(id, version);
  }
}
