import { GoalListResolver } from './goal-list.resolver';
import { StrategicGoalResolver } from './strategic-goal.resolver';

export const strategyResolvers = [StrategicGoalResolver, GoalListResolver] as const;
