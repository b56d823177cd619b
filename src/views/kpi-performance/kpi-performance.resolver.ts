import { Arg, Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { DateScalar } from '../../graphql/scalars';
import { Kpi } from '../../operations/kpi.entity';
import { AS_OF_DESCRIPTION, resolveAsOf } from '../shared/as-of';
import { ATTAINMENT_DESCRIPTION, STATUS_DESCRIPTION } from '../shared/kpi-sql';
import { RagStatus } from '../shared/rag-status.enum';
import { KpiPerformanceService } from './kpi-performance.service';
import { KpiPoint } from './kpi-point.type';
import { KpiTrend } from './kpi-trend.enum';

/** Performance fields on Kpi (latest value, attainment, status, series, trend); batched per request. */
@Resolver(() => Kpi)
export class KpiPerformanceResolver {
  @FieldResolver(() => KpiPoint, {
    nullable: true,
    description:
      'The latest measured period on or before asOf, with its target, attainment and status; null when never measured.',
  })
  latest(
    @Root() kpi: Kpi,
    @Ctx() ctx: GraphQLContext,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string | null,
  ): Promise<KpiPoint | null> {
    return new KpiPerformanceService(ctx).latest(resolveAsOf(asOf)).load(kpi.id);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: `${ATTAINMENT_DESCRIPTION} Compares the measurement of \`period\` with the KPI target of the same period; null when a period after asOf is asked.`,
  })
  async attainment(
    @Root() kpi: Kpi,
    @Ctx() ctx: GraphQLContext,
    @Arg('period', () => DateScalar, { description: 'The period: first day of its month or quarter.' })
    period: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string | null,
  ): Promise<number | null> {
    return (await new KpiPerformanceService(ctx).inPeriod(period, resolveAsOf(asOf)).load(kpi.id)).attainment;
  }

  @FieldResolver(() => RagStatus, { description: `${STATUS_DESCRIPTION} For the given period.` })
  async status(
    @Root() kpi: Kpi,
    @Ctx() ctx: GraphQLContext,
    @Arg('period', () => DateScalar, { description: 'The period: first day of its month or quarter.' })
    period: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string | null,
  ): Promise<RagStatus> {
    return (await new KpiPerformanceService(ctx).inPeriod(period, resolveAsOf(asOf)).load(kpi.id)).status;
  }

  @FieldResolver(() => [KpiPoint], {
    description:
      'Time series, oldest first: every period from `from` to `to` (capped at asOf) that has a measurement or a target, with value, target, attainment and status.',
  })
  series(
    @Root() kpi: Kpi,
    @Ctx() ctx: GraphQLContext,
    @Arg('from', () => DateScalar, {
      nullable: true,
      description: 'First period (inclusive); default: the beginning.',
    })
    from?: string | null,
    @Arg('to', () => DateScalar, {
      nullable: true,
      description: 'Last period (inclusive); default and cap: asOf.',
    })
    to?: string | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string | null,
  ): Promise<KpiPoint[]> {
    return new KpiPerformanceService(ctx).series(from ?? null, to ?? null, resolveAsOf(asOf)).load(kpi.id);
  }

  @FieldResolver(() => KpiTrend, {
    description:
      'IMPROVING / STABLE / WORSENING over the last 3 measured periods on or before asOf (latest vs oldest of the three, direction-adjusted, 2 % tolerance).',
  })
  trend(
    @Root() kpi: Kpi,
    @Ctx() ctx: GraphQLContext,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string | null,
  ): Promise<KpiTrend> {
    return new KpiPerformanceService(ctx).trend(resolveAsOf(asOf)).load(kpi.id);
  }
}
