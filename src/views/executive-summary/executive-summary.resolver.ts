import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { decodeGlobalId } from '../../graphql/global-id';
import { DateScalar } from '../../graphql/scalars';
import { AS_OF_DESCRIPTION, fiscalYearBounds, resolveAsOf } from '../shared/as-of';
import {
  ExecutiveSummary,
  FinanceSummary,
  OperationsSummary,
  StrategySummary,
  TechnologySummary,
} from './executive-summary.types';
import { ExecutiveSummaryService } from './executive-summary.service';

@Resolver(() => ExecutiveSummary)
export class ExecutiveSummaryResolver {
  @Query(() => ExecutiveSummary, {
    description:
      'One block per executive for a fiscal year (strategy, finance, technology, operations), optionally restricted to an org-unit subtree; each block is computed only when asked for.',
  })
  executiveSummary(
    @Arg('fiscalYear', () => Int, { description: 'The fiscal year (calendar year), 2000–2100.' })
    fiscalYear: number,
    @Arg('orgUnitId', () => ID, {
      nullable: true,
      description: 'Only data of this org unit and its descendants.',
    })
    orgUnitId: string | null | undefined,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF_DESCRIPTION })
    asOf: string | null | undefined,
  ): ExecutiveSummary {
    fiscalYearBounds(fiscalYear);
    return {
      fiscalYear,
      asOf: resolveAsOf(asOf),
      unitId: orgUnitId ? decodeGlobalId(orgUnitId, 'OrgUnit', 'orgUnitId') : null,
    };
  }

  @FieldResolver(() => StrategySummary, {
    description:
      'CEO: goals of the year by health status (see StrategicGoal.health), mean score and the worst goals.',
  })
  strategy(@Root() summary: ExecutiveSummary, @Ctx() ctx: GraphQLContext): Promise<StrategySummary> {
    return new ExecutiveSummaryService(ctx, summary).strategy();
  }

  @FieldResolver(() => FinanceSummary, {
    description:
      'CFO: planned, actual and variance in the reporting currency, in total and per category (see budgetVariance).',
  })
  finance(@Root() summary: ExecutiveSummary, @Ctx() ctx: GraphQLContext): Promise<FinanceSummary> {
    return new ExecutiveSummaryService(ctx, summary).finance();
  }

  @FieldResolver(() => TechnologySummary, {
    description: 'CIO: projects by status and health, and the budget of RED projects.',
  })
  technology(@Root() summary: ExecutiveSummary, @Ctx() ctx: GraphQLContext): Promise<TechnologySummary> {
    return new ExecutiveSummaryService(ctx, summary).technology();
  }

  @FieldResolver(() => OperationsSummary, {
    description: 'COO: KPIs by status per process area and the worst KPIs.',
  })
  operations(@Root() summary: ExecutiveSummary, @Ctx() ctx: GraphQLContext): Promise<OperationsSummary> {
    return new ExecutiveSummaryService(ctx, summary).operations();
  }
}
