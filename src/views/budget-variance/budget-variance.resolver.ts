import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { decodeGlobalId } from '../../graphql/global-id';
import { DateScalar } from '../../graphql/scalars';
import { AS_OF_DESCRIPTION, resolveAsOf } from '../shared/as-of';
import { REPORTING_CURRENCY_DESCRIPTION } from '../shared/currency';
import { BudgetGrouping, BudgetVarianceRow } from './budget-variance.types';
import { BudgetVarianceService } from './budget-variance.service';

@Resolver()
export class BudgetVarianceResolver {
  @Query(() => [BudgetVarianceRow], {
    description: `Budget variance of a fiscal year, grouped, ${REPORTING_CURRENCY_DESCRIPTION}. Archived budgets are left out; actuals count when their month is within the fiscal year and on or before asOf.`,
  })
  budgetVariance(
    @Arg('fiscalYear', () => Int, { description: 'The fiscal year (calendar year), 2000–2100.' })
    fiscalYear: number,
    @Arg('groupBy', () => BudgetGrouping, { description: 'How to group the rows.' }) groupBy: BudgetGrouping,
    @Ctx() ctx: GraphQLContext,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string | null,
    @Arg('orgUnitId', () => ID, {
      nullable: true,
      description: 'Only budgets of this org unit and its descendants.',
    })
    orgUnitId?: string | null,
  ): Promise<BudgetVarianceRow[]> {
    const unit = orgUnitId ? { rootOrgUnitId: decodeGlobalId(orgUnitId, 'OrgUnit', 'orgUnitId') } : null;
    return new BudgetVarianceService(ctx).rows(fiscalYear, groupBy, resolveAsOf(asOf), unit);
  }
}
