import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { DateScalar } from '../graphql/scalars';
import { CreateKpiInput } from './create-kpi.input';
import { KpiMeasurement } from './kpi-measurement.entity';
import { KpiTarget } from './kpi-target.entity';
import { Kpi } from './kpi.entity';
import { KpiService } from './kpi.service';
import { checkLast, latestMeasurements, MAX_LAST_MEASUREMENTS } from './latest-measurements.loader';
import { periodRange } from './period-range';
import { UpdateKpiInput } from './update-kpi.input';
import './kpi.sql-twins';

@Resolver(() => Kpi)
export class KpiResolver {
  @Query(() => Kpi, {
    nullable: true,
    description: 'One KPI by ID (archived ones included); null when it does not exist.',
  })
  kpi(
    @Arg('id', () => ID, { description: 'The KPI ID.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Kpi | null> {
    return new KpiService(ctx.em, ctx.scope).findById(id);
  }

  @Query(() => Kpi, {
    nullable: true,
    description: 'One KPI by its unique code (archived ones included); null when no KPI has that code.',
  })
  kpiByCode(
    @Arg('code', { description: 'The KPI code, e.g. "OEE-PLANT-N" (exact, case-sensitive).' }) code: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Kpi | null> {
    return new KpiService(ctx.em, ctx.scope).findByCode(code);
  }

  @FieldResolver(() => [KpiMeasurement], {
    description:
      'The measured values, oldest period first; optionally only periods from `from` to `to` (inclusive), and only the latest `last` of them.',
  })
  measurements(
    @Root() kpi: Kpi,
    @Ctx() ctx: GraphQLContext,
    @Arg('from', () => DateScalar, { nullable: true, description: 'Earliest period to include (inclusive).' })
    from?: string | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Latest period to include (inclusive).' })
    to?: string | null,
    @Arg('last', () => Int, {
      nullable: true,
      description: `Only the latest this many periods (1 to ${MAX_LAST_MEASUREMENTS}), still oldest first; default all.`,
    })
    last?: number | null,
  ): Promise<KpiMeasurement[]> {
    if (last !== undefined && last !== null) {
      const latest = checkLast(last);
      periodRange(from, to); // validates from ≤ to
      return latestMeasurements(ctx, latest, from, to).load(kpi.id);
    }
    return ctx.loaders
      .manyBy(KpiMeasurement, 'kpi', { period: 'asc' }, periodRange<KpiMeasurement>(from, to))
      .load(kpi.id);
  }

  @FieldResolver(() => [KpiTarget], {
    description:
      'The target values, oldest period first; optionally only periods from `from` to `to` (inclusive).',
  })
  targets(
    @Root() kpi: Kpi,
    @Ctx() ctx: GraphQLContext,
    @Arg('from', () => DateScalar, { nullable: true, description: 'Earliest period to include (inclusive).' })
    from?: string | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Latest period to include (inclusive).' })
    to?: string | null,
  ): Promise<KpiTarget[]> {
    return ctx.loaders
      .manyBy(KpiTarget, 'kpi', { period: 'asc' }, periodRange<KpiTarget>(from, to))
      .load(kpi.id);
  }

  @Mutation(() => Kpi, {
    description:
      'Creates a KPI (one transaction). A taken code is CONFLICT; an unknown org unit or owner NOT_FOUND.',
  })
  createKpi(
    @Arg('input', () => CreateKpiInput, { description: 'The new KPI.' }) input: CreateKpiInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Kpi> {
    return new KpiService(ctx.em, ctx.scope).create(input);
  }

  @Mutation(() => Kpi, {
    description:
      'Changes a KPI (one transaction). A stale version or a taken code is CONFLICT; an unknown KPI, org unit or owner NOT_FOUND.',
  })
  updateKpi(
    @Arg('id', () => ID, { description: 'The KPI ID.' }) id: string,
    @Arg('version', () => Int, { description: 'The version the change is based on (optimistic locking).' })
    version: number,
    @Arg('input', () => UpdateKpiInput, { description: 'The fields to change.' }) input: UpdateKpiInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Kpi> {
    return new KpiService(ctx.em, ctx.scope).update(id, version, input);
  }

  @Mutation(() => Kpi, {
    description:
      'Archives a KPI: sets archivedAt, hides it from lists and makes the feeds refuse it. Its history stays. A stale version is CONFLICT.',
  })
  archiveKpi(
    @Arg('id', () => ID, { description: 'The KPI ID.' }) id: string,
    @Arg('version', () => Int, { description: 'The version the change is based on (optimistic locking).' })
    version: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Kpi> {
    return new KpiService(ctx.em, ctx.scope).archive(id, version);
  }
}
