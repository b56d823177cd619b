import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { Kpi } from '../operations/kpi.entity';
import { KeyResult } from './key-result.entity';
import './kpi-key-results.sql-twins';

/** Kpi.keyResults lives with strategy because the key result holds the foreign key. */
@Resolver(() => Kpi)
export class KpiKeyResultsResolver {
  @FieldResolver(() => [KeyResult], {
    description: 'The key results this KPI measures: one per goal it serves, oldest first.',
  })
  keyResults(@Root() kpi: Kpi, @Ctx() ctx: GraphQLContext): Promise<KeyResult[]> {
    return ctx.loaders.manyBy(KeyResult, 'kpi').load(kpi.id);
  }
}
