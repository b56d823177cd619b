import type { EntityManager } from '@mikro-orm/postgresql';
import { KpiDirection } from '../operations/kpi-direction.enum';
import { KpiFrequency } from '../operations/kpi-frequency.enum';
import { Kpi } from '../operations/kpi.entity';
import { ProcessArea } from '../operations/process-area.enum';
import { ExecutiveFunction } from '../organisation/executive-function.enum';
import { OrgUnit } from '../organisation/org-unit.entity';
import { GoalStatus } from '../strategy/goal-status.enum';
import { KeyResult } from '../strategy/key-result.entity';
import { Perspective } from '../strategy/perspective.enum';
import { StrategicGoal } from '../strategy/strategic-goal.entity';

/** Seeds the demo company into an empty database, in one transaction. */
export async function seedDemoCompany(em: EntityManager): Promise<Record<string, number>> {
  return em.transactional(async (tx) => {
    const root = tx.create(OrgUnit, {
      code: 'HQ',
      name: 'Northwind Manufacturing',
      function: ExecutiveFunction.STRATEGY,
    });
    const ops = tx.create(OrgUnit, {
      code: 'OPS',
      name: 'Operations',
      function: ExecutiveFunction.OPERATIONS,
      parent: root,
    });
    const goal = tx.create(StrategicGoal, {
      code: 'G-01',
      title: 'Operational excellence',
      perspective: Perspective.INTERNAL_PROCESS,
      status: GoalStatus.ACTIVE,
      fiscalYear: 2026,
      startDate: '2026-01-01',
      endDate: '2026-12-31',
    });
    const oee = tx.create(Kpi, {
      code: 'OEE',
      name: 'Overall equipment effectiveness',
      unit: '%',
      direction: KpiDirection.HIGHER_IS_BETTER,
      frequency: KpiFrequency.MONTHLY,
      processArea: ProcessArea.PRODUCTION,
      orgUnit: ops,
    });
    tx.create(KeyResult, { goal, kpi: oee, targetValue: 85, dueDate: '2026-12-31', weight: 1 });
    await tx.flush();
    return { orgUnits: 2, goals: 1, kpis: 1 };
  });
}
