import { GoalListResolver } from './goal-list.resolver';
import { KeyResultResolver } from './key-result.resolver';
import { KpiKeyResultsResolver } from './kpi-key-results.resolver';
import { PersonGoalsResolver } from './person-goals.resolver';
import { StrategicGoalResolver } from './strategic-goal.resolver';

export const strategyResolvers = [
  StrategicGoalResolver,
  KeyResultResolver,
  KpiKeyResultsResolver,
  PersonGoalsResolver,
  GoalListResolver,
] as const;
