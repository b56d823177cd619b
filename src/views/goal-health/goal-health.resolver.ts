import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { DateScalar } from '../../graphql/scalars';
import { StrategicGoal } from '../../strategy/strategic-goal.entity';
import { AS_OF_DESCRIPTION, resolveAsOf } from '../shared/as-of';
import { intArray, selectRows, sql } from '../shared/sql';
import { HEALTH_DESCRIPTION } from './health-formula';
import { Health } from './health.type';
import { GoalHealthService } from './goal-health.service';

/** Health and risk fields on StrategicGoal; batched per request. */
@Resolver(() => StrategicGoal)
export class GoalHealthResolver {
  @FieldResolver(() => Health, { description: HEALTH_DESCRIPTION })
  async health(
    @Root() goal: StrategicGoal,
    @Ctx() ctx: GraphQLContext,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string | null,
  ): Promise<Health> {
    const health = await new GoalHealthService(ctx).loader(resolveAsOf(asOf)).load(goal.id);
    return health ?? { score: null, status: 'NO_DATA' as Health['status'], drivers: [] };
  }

  @FieldResolver(() => Int, {
    description:
      'Risk exposure: the sum of likelihood × impact over the open (OPEN or MITIGATING), unarchived risks linked to this goal; 0 when none.',
  })
  riskExposure(@Root() goal: StrategicGoal, @Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.loaders
      .memo(
        'views:goal-risk-exposure',
        () =>
          new DataLoader<number, number>(async (ids) => {
            const rows = await selectRows<{ goal_id: number; exposure: number }>(
              ctx,
              sql`select r.goal_id, sum(r.likelihood * r.impact)::int as exposure
                from risk r
                where r.goal_id = any(${intArray(ids)}::int[]) and r.archived_at is null
                  and r.status in ('OPEN', 'MITIGATING')
                group by r.goal_id`,
            );
            const byId = new Map(rows.map((row) => [row.goal_id, row.exposure]));
            return ids.map((id) => byId.get(id) ?? 0);
          }),
      )
      .load(goal.id);
  }
}
