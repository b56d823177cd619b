import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { BudgetActual } from './budget-actual.entity';
import { BudgetActualService } from './budget-actual.service';

@Resolver(() => BudgetActual)
export class BudgetActualResolver {
  @Query(() => BudgetActual, {
    nullable: true,
    description:
      'One monthly budget actual by ID; null when it does not exist or, for a UNIT_LEAD, its budget lies outside their subtree.',
  })
  budgetActual(
    @Arg('id', () => ID, { description: 'The budget actual ID.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BudgetActual | null> {
    return new BudgetActualService(ctx.em, ctx.scope).findById(id);
  }
}
