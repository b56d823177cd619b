import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { ConnectionArgs, connectionTypes, pageOfEntities, resolveOrder } from '../graphql/pagination';
import { TechProjectFilter, projectRows } from './project.filter';
import { TechProjectOrder, TechProjectOrderField, projectOrderColumns } from './project.order';
import { TechProject } from './tech-project.entity';

export const { Connection: TechProjectConnection } = connectionTypes(
  'TechProject',
  () => TechProject,
  'technology project',
);

@Resolver()
export class ProjectListResolver {
  @Query(() => TechProjectConnection, {
    description:
      'Technology projects as a cursor connection (keyset paging, at most 1,000 a page): filtered, sorted by `orderBy` (default code), archived ones hidden unless `filter.includeArchived`. A UNIT_LEAD sees the projects of their subtree.',
  })
  async projects(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => TechProjectFilter, { nullable: true, description: 'Which projects to list.' })
    filter: TechProjectFilter | null,
    @Arg('orderBy', () => [TechProjectOrder], {
      nullable: true,
      description:
        'Sort keys, most significant first (default: code ascending); ID is always the last tie-break.',
    })
    orderBy: TechProjectOrder[] | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const keys = resolveOrder(orderBy, projectOrderColumns, [{ field: TechProjectOrderField.CODE }]);
    return TechProjectConnection.from(
      await pageOfEntities(ctx, TechProject, {
        list: 'projects',
        base: projectRows(ctx.em.getKnex(), filter, ctx.scope),
        keys,
        filter,
        orderBy,
        args,
      }),
    );
  }
}
