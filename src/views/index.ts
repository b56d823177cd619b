import { AlignmentGapsResolver } from './alignment-gaps/alignment-gaps.resolver';
import { BudgetFiguresResolver, ProjectDeliveryResolver } from './budget-figures/budget-figures.resolver';
import { BudgetVarianceResolver } from './budget-variance/budget-variance.resolver';
import { ExecutiveSummaryResolver } from './executive-summary/executive-summary.resolver';
import { GoalHealthResolver } from './goal-health/goal-health.resolver';
import { KpiAttainmentResolver } from './kpi-attainment/kpi-attainment.resolver';
import { KpiPerformanceResolver } from './kpi-performance/kpi-performance.resolver';
import { GoalExecutionItemsResolver, TraceResolver } from './traceability/traceability.resolver';

export const viewsResolvers = [
  KpiPerformanceResolver,
  BudgetFiguresResolver,
  ProjectDeliveryResolver,
  GoalHealthResolver,
  GoalExecutionItemsResolver,
  TraceResolver,
  BudgetVarianceResolver,
  KpiAttainmentResolver,
  ExecutiveSummaryResolver,
  AlignmentGapsResolver,
] as const;
