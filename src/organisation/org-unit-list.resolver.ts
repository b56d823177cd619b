import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { ConnectionArgs, connectionTypes, pageOfEntities, resolveOrder } from '../graphql/pagination';
import { OrgUnit } from './org-unit.entity';
import { OrgUnitFilter, orgUnitRows } from './org-unit.filter';
import { OrgUnitOrder, OrgUnitOrderField, orgUnitOrderColumns } from './org-unit.order';

export const { Connection: OrgUnitConnection } = connectionTypes('OrgUnit', () => OrgUnit, 'org unit');

@Resolver()
export class OrgUnitListResolver {
  @Query(() => OrgUnitConnection, {
    description:
      'Org units as a cursor connection (keyset paging, at most 1,000 a page): filtered, sorted by `orderBy` (default code), archived ones hidden unless `filter.includeArchived`. A UNIT_LEAD sees their own subtree.',
  })
  async orgUnits(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => OrgUnitFilter, { nullable: true, description: 'Which units to list.' })
    filter: OrgUnitFilter | null,
    @Arg('orderBy', () => [OrgUnitOrder], {
      nullable: true,
      description:
        'Sort keys, most significant first (default: code ascending); ID is always the last tie-break.',
    })
    orderBy: OrgUnitOrder[] | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const keys = resolveOrder(orderBy, orgUnitOrderColumns, [{ field: OrgUnitOrderField.CODE }]);
    return OrgUnitConnection.from(
      await pageOfEntities(ctx, OrgUnit, {
        list: 'orgUnits',
        base: orgUnitRows(ctx.em.getKnex(), filter, ctx.scope),
        keys,
        filter,
        orderBy,
        args,
      }),
    );
  }
}
