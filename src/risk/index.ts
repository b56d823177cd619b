import { KpiRisksResolver } from './kpi-risks.resolver';
import { RiskListResolver } from './risk-list.resolver';
import { RiskResolver } from './risk.resolver';
import { StrategicGoalRisksResolver } from './strategic-goal-risks.resolver';
import { TechProjectRisksResolver } from './tech-project-risks.resolver';

export const riskResolvers = [
  RiskResolver,
  TechProjectRisksResolver,
  StrategicGoalRisksResolver,
  KpiRisksResolver,
  RiskListResolver,
] as const;
