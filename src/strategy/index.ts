import { StrategicGoalResolver } from './strategic-goal.resolver';

export const strategyResolvers = [StrategicGoalResolver] as const;
