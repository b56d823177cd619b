import type { EntityManager } from '@mikro-orm/postgresql';
import { BudgetCategory } from '../../src/finance/budget-category.enum';
import { Budget } from '../../src/finance/budget.entity';
import { BudgetActual } from '../../src/finance/budget-actual.entity';
import { ExchangeRate } from '../../src/finance/exchange-rate.entity';
import { KpiDirection } from '../../src/operations/kpi-direction.enum';
import { KpiFrequency } from '../../src/operations/kpi-frequency.enum';
import { Kpi } from '../../src/operations/kpi.entity';
import { KpiMeasurement } from '../../src/operations/kpi-measurement.entity';
import { KpiTarget } from '../../src/operations/kpi-target.entity';
import { ProcessArea } from '../../src/operations/process-area.enum';
import { ExecutiveFunction } from '../../src/organisation/executive-function.enum';
import { OrgUnit } from '../../src/organisation/org-unit.entity';
import { Person } from '../../src/organisation/person.entity';
import { RiskCategory } from '../../src/risk/risk-category.enum';
import { RiskStatus } from '../../src/risk/risk-status.enum';
import { Risk } from '../../src/risk/risk.entity';
import { GoalStatus } from '../../src/strategy/goal-status.enum';
import { KeyResult } from '../../src/strategy/key-result.entity';
import { Perspective } from '../../src/strategy/perspective.enum';
import { StrategicGoal } from '../../src/strategy/strategic-goal.entity';
import { Milestone } from '../../src/technology/milestone.entity';
import { ProjectContribution } from '../../src/technology/project-contribution.entity';
import { ProjectHealth } from '../../src/technology/project-health.enum';
import { ProjectStatus } from '../../src/technology/project-status.enum';
import { TechProject } from '../../src/technology/tech-project.entity';

/** Shared by every builder of a test file, so that codes never collide. */
let sequence = 0;

/**
 * Builds test data with sensible defaults: each method takes only what a test cares about.
 * Call `flush()` (or `em.flush()`) before querying through the API.
 */
export class SeedBuilder {
  constructor(readonly em: EntityManager) {}

  private next(prefix: string): string {
    sequence += 1;
    return `${prefix}-${sequence}`;
  }

  orgUnit(data: Partial<OrgUnit> = {}): OrgUnit {
    const code = data.code ?? this.next('OU');
    return this.em.create(OrgUnit, {
      code,
      name: `Unit ${code}`,
      function: ExecutiveFunction.OPERATIONS,
      ...data,
    });
  }

  person(data: Partial<Person> = {}): Person {
    const name = data.name ?? this.next('Person');
    return this.em.create(Person, { name, email: `${name.toLowerCase()}@example.com`, ...data });
  }

  goal(data: Partial<StrategicGoal> = {}): StrategicGoal {
    const code = data.code ?? this.next('G');
    return this.em.create(StrategicGoal, {
      code,
      title: `Goal ${code}`,
      perspective: Perspective.FINANCIAL,
      status: GoalStatus.ACTIVE,
      fiscalYear: 2026,
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      ...data,
    });
  }

  kpi(data: Partial<Kpi> & { orgUnit: OrgUnit }): Kpi {
    const code = data.code ?? this.next('KPI');
    return this.em.create(Kpi, {
      code,
      name: `KPI ${code}`,
      unit: '%',
      direction: KpiDirection.HIGHER_IS_BETTER,
      frequency: KpiFrequency.MONTHLY,
      processArea: ProcessArea.PRODUCTION,
      ...data,
    });
  }

  keyResult(data: Partial<KeyResult> & { goal: StrategicGoal; kpi: Kpi }): KeyResult {
    return this.em.create(KeyResult, { targetValue: 100, dueDate: '2026-12-31', weight: 1, ...data });
  }

  kpiTarget(kpi: Kpi, period: string, value: number): KpiTarget {
    return this.em.create(KpiTarget, { kpi, period, value });
  }

  measurement(kpi: Kpi, period: string, value: number, data: Partial<KpiMeasurement> = {}): KpiMeasurement {
    return this.em.create(KpiMeasurement, { kpi, period, value, source: 'test', ...data });
  }

  budget(data: Partial<Budget> & { orgUnit: OrgUnit }): Budget {
    const code = data.code ?? this.next('B');
    return this.em.create(Budget, {
      code,
      name: `Budget ${code}`,
      fiscalYear: 2026,
      category: BudgetCategory.OPEX,
      currency: 'EUR',
      planned: '120000.00',
      ...data,
    });
  }

  actual(budget: Budget, month: string, amount: string): BudgetActual {
    return this.em.create(BudgetActual, { budget, month, amount });
  }

  rate(currency: string, month: string, rate: string): ExchangeRate {
    return this.em.create(ExchangeRate, { currency, month, rate });
  }

  project(data: Partial<TechProject> & { orgUnit: OrgUnit }): TechProject {
    const code = data.code ?? this.next('P');
    return this.em.create(TechProject, {
      code,
      name: `Project ${code}`,
      status: ProjectStatus.IN_PROGRESS,
      health: ProjectHealth.GREEN,
      progress: 50,
      plannedStart: '2026-01-01',
      plannedEnd: '2026-12-31',
      ...data,
    });
  }

  milestone(data: Partial<Milestone> & { project: TechProject }): Milestone {
    return this.em.create(Milestone, { title: this.next('Milestone'), dueDate: '2026-06-30', ...data });
  }

  contribution(project: TechProject, goal: StrategicGoal, weight = 1): ProjectContribution {
    return this.em.create(ProjectContribution, { project, goal, weight });
  }

  risk(data: Partial<Risk> = {}): Risk {
    return this.em.create(Risk, {
      title: this.next('Risk'),
      category: RiskCategory.OPERATIONAL,
      likelihood: 3,
      impact: 3,
      status: RiskStatus.OPEN,
      ...data,
    });
  }

  flush(): Promise<void> {
    return this.em.flush();
  }
}
