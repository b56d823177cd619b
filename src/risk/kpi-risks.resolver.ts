import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { Kpi } from '../operations/kpi.entity';
import { risksBy } from './risk-loaders';
import { Risk } from './risk.entity';
import './kpi-risks.sql-twins';

/** Kpi.risks lives with risk because the risk holds the foreign key. */
@Resolver(() => Kpi)
export class KpiRisksResolver {
  @FieldResolver(() => [Risk], {
    description: 'The risks linked to this KPI, highest exposure (likelihood × impact) first.',
  })
  risks(
    @Root() kpi: Kpi,
    @Ctx() ctx: GraphQLContext,
    @Arg('includeArchived', {
      defaultValue: false,
      description: 'Include archived risks too; false by default.',
    })
    includeArchived: boolean,
  ): Promise<Risk[]> {
    return risksBy(ctx, 'kpi', kpi.id, includeArchived);
  }
}
