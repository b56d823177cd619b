import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { OrgUnit } from '../organisation/org-unit.entity';
import { Budget } from './budget.entity';
import './org-unit-budgets.sql-twins';

/** OrgUnit.budgets lives with finance because the budget holds the foreign key. */
@Resolver(() => OrgUnit)
export class OrgUnitBudgetsResolver {
  @FieldResolver(() => [Budget], {
    description: 'The budgets this unit owns (not its sub-units), ordered by fiscal year, then code.',
  })
  budgets(
    @Root() orgUnit: OrgUnit,
    @Ctx() ctx: GraphQLContext,
    @Arg('includeArchived', {
      defaultValue: false,
      description: 'Include archived budgets too; false by default.',
    })
    includeArchived: boolean,
  ): Promise<Budget[]> {
    const where = (includeArchived ? {} : { archivedAt: null }) as FilterQuery<Budget>;
    return ctx.loaders.manyBy(Budget, 'orgUnit', { fiscalYear: 'asc', code: 'asc' }, where).load(orgUnit.id);
  }
}
