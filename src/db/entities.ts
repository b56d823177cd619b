import { AuditEntry } from '../audit/audit-entry.entity';
import { ApiKey } from '../auth/api-key.entity';
import { Budget } from '../finance/budget.entity';
import { BudgetActual } from '../finance/budget-actual.entity';
import { ExchangeRate } from '../finance/exchange-rate.entity';
import { Kpi } from '../operations/kpi.entity';
import { KpiMeasurement } from '../operations/kpi-measurement.entity';
import { KpiTarget } from '../operations/kpi-target.entity';
import { OrgUnit } from '../organisation/org-unit.entity';
import { Person } from '../organisation/person.entity';
import { Risk } from '../risk/risk.entity';
import { KeyResult } from '../strategy/key-result.entity';
import { StrategicGoal } from '../strategy/strategic-goal.entity';
import { Milestone } from '../technology/milestone.entity';
import { ProjectContribution } from '../technology/project-contribution.entity';
import { TechProject } from '../technology/tech-project.entity';
import { BaseEntity } from './base.entity';

/** Every persisted type; also the types `node(id)` can resolve. */
export const domainEntities = [
  OrgUnit,
  Person,
  StrategicGoal,
  KeyResult,
  Kpi,
  KpiTarget,
  KpiMeasurement,
  Budget,
  BudgetActual,
  ExchangeRate,
  TechProject,
  Milestone,
  ProjectContribution,
  Risk,
] as const;

/** Extra tables of the shared core (audit trail, API keys) register here. */
export const coreEntities: Function[] = [ApiKey, AuditEntry];

export const allEntities = [BaseEntity, ...domainEntities, ...coreEntities];
