import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { ConnectionArgs, connectionTypes, pageOfEntities, resolveOrder } from '../graphql/pagination';
import { Person } from './person.entity';
import { PersonFilter, personRows } from './person.filter';
import { PersonOrder, PersonOrderField, personOrderColumns } from './person.order';

export const { Connection: PersonConnection } = connectionTypes('Person', () => Person, 'person');

@Resolver()
export class PersonListResolver {
  @Query(() => PersonConnection, {
    description:
      'People as a cursor connection (keyset paging, at most 1,000 a page): filtered, sorted by `orderBy` (default name), archived ones hidden unless `filter.includeArchived`. A UNIT_LEAD sees the people of their subtree.',
  })
  async people(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => PersonFilter, { nullable: true, description: 'Which people to list.' })
    filter: PersonFilter | null,
    @Arg('orderBy', () => [PersonOrder], {
      nullable: true,
      description:
        'Sort keys, most significant first (default: name ascending); ID is always the last tie-break.',
    })
    orderBy: PersonOrder[] | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const keys = resolveOrder(orderBy, personOrderColumns, [{ field: PersonOrderField.NAME }]);
    return PersonConnection.from(
      await pageOfEntities(ctx, Person, {
        list: 'people',
        base: personRows(ctx.em.getKnex(), filter, ctx.scope),
        keys,
        filter,
        orderBy,
        args,
      }),
    );
  }
}
