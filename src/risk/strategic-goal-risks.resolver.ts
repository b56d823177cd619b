import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { StrategicGoal } from '../strategy/strategic-goal.entity';
import { risksBy } from './risk-loaders';
import { Risk } from './risk.entity';
import './strategic-goal-risks.sql-twins';

/** StrategicGoal.risks lives with risk because the risk holds the foreign key. */
@Resolver(() => StrategicGoal)
export class StrategicGoalRisksResolver {
  @FieldResolver(() => [Risk], {
    description: 'The risks linked to this goal, highest exposure (likelihood × impact) first.',
  })
  risks(
    @Root() goal: StrategicGoal,
    @Ctx() ctx: GraphQLContext,
    @Arg('includeArchived', {
      defaultValue: false,
      description: 'Include archived risks too; false by default.',
    })
    includeArchived: boolean,
  ): Promise<Risk[]> {
    return risksBy(ctx, 'goal', goal.id, includeArchived);
  }
}
