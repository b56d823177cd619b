import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { BudgetActual } from './budget-actual.entity';
import { Budget } from './budget.entity';
import { BudgetService } from './budget.service';
import { CreateBudgetInput } from './create-budget.input';
import { UpdateBudgetInput } from './update-budget.input';
import './budget.sql-twins';

@Resolver(() => Budget)
export class BudgetResolver {
  @Query(() => Budget, {
    nullable: true,
    description:
      'One budget by ID (archived ones included); null when it does not exist or, for a UNIT_LEAD, belongs to a unit outside their subtree.',
  })
  budget(
    @Arg('id', () => ID, { description: 'The budget ID.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Budget | null> {
    return new BudgetService(ctx.em, ctx.scope).findById(id);
  }

  @FieldResolver(() => [BudgetActual], {
    description:
      "The monthly actuals booked against this budget, ordered by month (in the budget's currency).",
  })
  actuals(@Root() budget: Budget, @Ctx() ctx: GraphQLContext): Promise<BudgetActual[]> {
    return ctx.loaders.manyBy(BudgetActual, 'budget', { month: 'asc' }).load(budget.id);
  }

  @Mutation(() => Budget, {
    description:
      'Creates a budget (one transaction). A taken code is CONFLICT; an unknown org unit or goal NOT_FOUND; an archived org unit or goal, a currency that is not an active ISO 4217 code, a negative planned amount or one with more than 2 decimals, or a fiscal year outside 2000–2100 BAD_USER_INPUT.',
  })
  createBudget(
    @Arg('input', () => CreateBudgetInput, { description: 'The new budget.' }) input: CreateBudgetInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Budget> {
    return new BudgetService(ctx.em, ctx.scope).create(input);
  }

  @Mutation(() => Budget, {
    description:
      'Changes a budget (one transaction), with the rules of createBudget. A stale version or a taken code is CONFLICT; an unknown budget, org unit or goal NOT_FOUND; a new fiscal year that would leave actuals outside it BAD_USER_INPUT.',
  })
  updateBudget(
    @Arg('id', () => ID, { description: 'The budget ID.' }) id: string,
    @Arg('version', () => Int, { description: 'The version the change is based on (optimistic locking).' })
    version: number,
    @Arg('input', () => UpdateBudgetInput, { description: 'The fields to change.' }) input: UpdateBudgetInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Budget> {
    return new BudgetService(ctx.em, ctx.scope).update(id, version, input);
  }

  @Mutation(() => Budget, {
    description:
      'Archives a budget: sets archivedAt, hides it from lists and makes the actuals feed refuse it. Its actuals stay. A stale version is CONFLICT; archiving an archived budget changes nothing.',
  })
  archiveBudget(
    @Arg('id', () => ID, { description: 'The budget ID.' }) id: string,
    @Arg('version', () => Int, { description: 'The version the change is based on (optimistic locking).' })
    version: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Budget> {
    return new BudgetService(ctx.em, ctx.scope).archive(id, version);
  }
}
