import { KpiRisksResolver } from './kpi-risks.resolver';
import { RiskResolver } from './risk.resolver';
import { StrategicGoalRisksResolver } from './strategic-goal-risks.resolver';
import { TechProjectRisksResolver } from './tech-project-risks.resolver';

export const riskResolvers = [
  RiskResolver,
  TechProjectRisksResolver,
  StrategicGoalRisksResolver,
  KpiRisksResolver,
] as const;
