import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { BulkWriteResult } from '../graphql/bulk-write-result';
import type { GraphQLContext } from '../graphql/context';
import { KpiMeasurementInput, KpiTargetInput } from './kpi-feed-row.input';
import { KpiFeedRepository, MAX_FEED_ROWS } from './kpi-feed.repository';

const RULES =
  `Idempotent upsert by (kpiCode, period), at most ${MAX_FEED_ROWS} rows, one transaction. ` +
  'A row is invalid when its KPI code is unknown or archived, its period is not the first day of a month ' +
  '(of a quarter for QUARTERLY KPIs), its value is not finite, or another row of the call has the same KPI and period. ' +
  'If any row is invalid nothing is written and the BAD_USER_INPUT error lists every bad row in `extensions.rows` ({ index, reason }).';

@Resolver()
export class KpiFeedResolver {
  @Mutation(() => BulkWriteResult, {
    description: `Records KPI measurements from ERP and production systems. ${RULES} Re-sending a row with the same value and source leaves it unchanged.`,
  })
  recordKpiMeasurements(
    // Rows are validated together by the repository (every bad row reported), not one by one.
    @Arg('input', () => [KpiMeasurementInput], { validate: false, description: 'The measurements.' })
    input: KpiMeasurementInput[],
    @Ctx() ctx: GraphQLContext,
  ): Promise<BulkWriteResult> {
    return new KpiFeedRepository(ctx.em, ctx.scope).recordMeasurements(input);
  }

  @Mutation(() => BulkWriteResult, {
    description: `Sets KPI targets per period. ${RULES} Re-sending a row with the same value leaves it unchanged.`,
  })
  setKpiTargets(
    @Arg('input', () => [KpiTargetInput], { validate: false, description: 'The targets.' })
    input: KpiTargetInput[],
    @Ctx() ctx: GraphQLContext,
  ): Promise<BulkWriteResult> {
    return new KpiFeedRepository(ctx.em, ctx.scope).setTargets(input);
  }
}
