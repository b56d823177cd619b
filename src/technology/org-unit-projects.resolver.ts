import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { OrgUnit } from '../organisation/org-unit.entity';
import { projectsBy } from './project-loaders';
import { TechProject } from './tech-project.entity';
import './org-unit-projects.sql-twins';

/** OrgUnit.projects lives with technology because the project holds the foreign key. */
@Resolver(() => OrgUnit)
export class OrgUnitProjectsResolver {
  @FieldResolver(() => [TechProject], {
    description: 'The technology projects this unit runs (not those of its sub-units), ordered by code.',
  })
  projects(
    @Root() orgUnit: OrgUnit,
    @Ctx() ctx: GraphQLContext,
    @Arg('includeArchived', {
      defaultValue: false,
      description: 'Include archived projects too; false by default.',
    })
    includeArchived: boolean,
  ): Promise<TechProject[]> {
    return projectsBy(ctx, 'orgUnit', includeArchived).load(orgUnit.id);
  }
}
