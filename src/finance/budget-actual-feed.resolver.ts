import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { BulkWriteResult } from '../graphql/bulk-write-result';
import type { GraphQLContext } from '../graphql/context';
import { BudgetActualInput } from './budget-actual-feed-row.input';
import { BudgetActualFeedRepository, MAX_ACTUAL_ROWS } from './budget-actual-feed.repository';

@Resolver()
export class BudgetActualFeedResolver {
  @Mutation(() => BulkWriteResult, {
    description:
      `Records monthly budget actuals from the ERP: idempotent upsert by (budget, month), at most ${MAX_ACTUAL_ROWS} rows, one transaction. ` +
      'A row is invalid when its budget is unknown (or, for a UNIT_LEAD, outside their subtree) or archived, its month is not the first day of a month or lies outside the budget fiscal year, ' +
      'its amount has more than 2 decimals or 16 integer digits, or another row of the call names the same budget and month. ' +
      'If any row is invalid nothing is written and the BAD_USER_INPUT error lists every bad row in `extensions.rows` ({ index, reason }). ' +
      'Re-sending a row with the same amount leaves it unchanged (not rewritten); a changed amount bumps the row version.',
  })
  recordBudgetActuals(
    // Rows are validated together by the repository (every bad row reported), not one by one.
    @Arg('input', () => [BudgetActualInput], { validate: false, description: 'The monthly actuals.' })
    input: BudgetActualInput[],
    @Ctx() ctx: GraphQLContext,
  ): Promise<BulkWriteResult> {
    return new BudgetActualFeedRepository(ctx.em, ctx.scope).record(input);
  }
}
