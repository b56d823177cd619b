import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { GraphQLContext } from '../graphql/context';
import { OrgUnit } from '../organisation/org-unit.entity';
import { Kpi } from './kpi.entity';
import './org-unit-kpis.sql-twins';

/** OrgUnit.kpis lives with operations because the KPI holds the foreign key. */
@Resolver(() => OrgUnit)
export class OrgUnitKpisResolver {
  @FieldResolver(() => [Kpi], {
    description: 'The KPIs this unit is responsible for (not its sub-units), ordered by code.',
  })
  kpis(
    @Root() orgUnit: OrgUnit,
    @Ctx() ctx: GraphQLContext,
    @Arg('includeArchived', {
      defaultValue: false,
      description: 'Include archived KPIs too; false by default.',
    })
    includeArchived: boolean,
  ): Promise<Kpi[]> {
    const where = (includeArchived ? {} : { archivedAt: null }) as FilterQuery<Kpi>;
    return ctx.loaders.manyBy(Kpi, 'orgUnit', { code: 'asc' }, where).load(orgUnit.id);
  }
}
