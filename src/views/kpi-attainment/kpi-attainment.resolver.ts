import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { decodeGlobalId } from '../../graphql/global-id';
import { DateScalar } from '../../graphql/scalars';
import { AS_OF_DESCRIPTION, resolveAsOf } from '../shared/as-of';
import { ATTAINMENT_DESCRIPTION, STATUS_DESCRIPTION } from '../shared/kpi-sql';
import { KpiAttainmentRow, KpiGrouping } from './kpi-attainment.types';
import { KpiAttainmentService } from './kpi-attainment.service';

@Resolver()
export class KpiAttainmentResolver {
  @Query(() => [KpiAttainmentRow], {
    description: `KPI attainment of one period, grouped: each unarchived KPI's measurement of the period against its target of the period. ${ATTAINMENT_DESCRIPTION} ${STATUS_DESCRIPTION}`,
  })
  kpiAttainment(
    @Arg('period', () => DateScalar, { description: 'The period: first day of its month or quarter.' })
    period: string,
    @Arg('groupBy', () => KpiGrouping, { description: 'How to group the rows.' }) groupBy: KpiGrouping,
    @Ctx() ctx: GraphQLContext,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string | null,
    @Arg('orgUnitId', () => ID, {
      nullable: true,
      description: 'Only KPIs of this org unit and its descendants.',
    })
    orgUnitId?: string | null,
  ): Promise<KpiAttainmentRow[]> {
    const unit = orgUnitId ? { rootOrgUnitId: decodeGlobalId(orgUnitId, 'OrgUnit', 'orgUnitId') } : null;
    return new KpiAttainmentService(ctx).rows(period, groupBy, resolveAsOf(asOf), unit);
  }
}
