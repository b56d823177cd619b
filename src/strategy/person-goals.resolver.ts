import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { Person } from '../organisation/person.entity';
import { StrategicGoal } from './strategic-goal.entity';
import './person-goals.sql-twins';

/** Person.goals lives with strategy because the goal holds the foreign key (its owner). */
@Resolver(() => Person)
export class PersonGoalsResolver {
  @FieldResolver(() => [StrategicGoal], {
    description: 'The strategic goals this person owns, ordered by code.',
  })
  goals(
    @Root() person: Person,
    @Ctx() ctx: GraphQLContext,
    @Arg('includeArchived', {
      defaultValue: false,
      description: 'Include archived goals too; false by default.',
    })
    includeArchived: boolean,
  ): Promise<StrategicGoal[]> {
    const where = (includeArchived ? {} : { archivedAt: null }) as FilterQuery<StrategicGoal>;
    return ctx.loaders.manyBy(StrategicGoal, 'owner', { code: 'asc', id: 'asc' }, where).load(person.id);
  }
}
