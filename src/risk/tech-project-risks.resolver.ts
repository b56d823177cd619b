import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { TechProject } from '../technology/tech-project.entity';
import { risksBy } from './risk-loaders';
import { Risk } from './risk.entity';
import './tech-project-risks.sql-twins';

/** TechProject.risks lives with risk because the risk holds the foreign key. */
@Resolver(() => TechProject)
export class TechProjectRisksResolver {
  @FieldResolver(() => [Risk], {
    description: 'The risks linked to this project, highest exposure (likelihood × impact) first.',
  })
  risks(
    @Root() project: TechProject,
    @Ctx() ctx: GraphQLContext,
    @Arg('includeArchived', {
      defaultValue: false,
      description: 'Include archived risks too; false by default.',
    })
    includeArchived: boolean,
  ): Promise<Risk[]> {
    return risksBy(ctx, 'project', project.id, includeArchived);
  }
}
