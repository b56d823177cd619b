import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Budget } from '../finance/budget.entity';
import type { GraphQLContext } from '../graphql/context';
import { projectsBy } from './project-loaders';
import { TechProject } from './tech-project.entity';
import './budget-projects.sql-twins';

/** Budget.projects lives with technology because the project holds the foreign key. */
@Resolver(() => Budget)
export class BudgetProjectsResolver {
  @FieldResolver(() => [TechProject], {
    description: 'The technology projects this budget funds, ordered by code.',
  })
  projects(
    @Root() budget: Budget,
    @Ctx() ctx: GraphQLContext,
    @Arg('includeArchived', {
      defaultValue: false,
      description: 'Include archived projects too; false by default.',
    })
    includeArchived: boolean,
  ): Promise<TechProject[]> {
    return projectsBy(ctx, 'budget', includeArchived).load(budget.id);
  }
}
