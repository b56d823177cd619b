import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../graphql/scalars';
import { Kpi } from '../../operations/kpi.entity';
import { StrategicGoal } from '../../strategy/strategic-goal.entity';
import { BudgetVarianceRow } from '../budget-variance/budget-variance.types';
import { KpiAttainmentRow } from '../kpi-attainment/kpi-attainment.types';
import { ATTAINMENT_DESCRIPTION } from '../shared/kpi-sql';
import { RagStatus } from '../shared/rag-status.enum';

@ObjectType({ description: 'A count per key (a status, a health, …).' })
export class KeyCount {
  @Field({ description: 'The key, e.g. a status value.' })
  key!: string;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType({ description: 'A goal with its health score.' })
export class GoalScore {
  @Field(() => StrategicGoal, { description: 'The goal.' })
  goal!: StrategicGoal;

  @Field(() => Float, { nullable: true, description: 'Health score 0–100 (see Health).' })
  score!: number | null;

  @Field(() => RagStatus, { description: 'Health status.' })
  status!: RagStatus;
}

@ObjectType({ description: 'A KPI with its latest attainment in the fiscal year.' })
export class KpiScore {
  @Field(() => Kpi, { description: 'The KPI.' })
  kpi!: Kpi;

  @Field(() => DateScalar, { description: 'The period of the latest measurement used.' })
  period!: string;

  @Field(() => Float, { nullable: true, description: ATTAINMENT_DESCRIPTION })
  attainment!: number | null;

  @Field(() => RagStatus, { description: 'Status of that period.' })
  status!: RagStatus;
}

@ObjectType({ description: 'CEO block: goals of the fiscal year by health status.' })
export class StrategySummary {
  @Field(() => Int, {
    description:
      'Goals counted (unarchived goals of the fiscal year; with orgUnitId, and for a UNIT_LEAD, only those with data in the unit subtree).',
  })
  goals!: number;

  @Field(() => [KeyCount], { description: 'Goals per health status (GREEN, AMBER, RED, NO_DATA).' })
  byStatus!: KeyCount[];

  @Field(() => Float, {
    nullable: true,
    description: 'Mean health score over the goals that have one; null when none.',
  })
  averageScore!: number | null;

  @Field(() => [GoalScore], { description: 'Up to 5 goals with the lowest health score, worst first.' })
  worstGoals!: GoalScore[];
}

@ObjectType({ description: 'CFO block: plan versus actual in the reporting currency.' })
export class FinanceSummary {
  @Field({ description: 'The reporting currency.' })
  currency!: string;

  @Field(() => DecimalScalar, { description: 'Total planned (January rates).' })
  planned!: string;

  @Field(() => DecimalScalar, { description: "Total actual on or before asOf (each month's rate)." })
  actual!: string;

  @Field(() => DecimalScalar, { description: 'actual − planned; positive is overspend.' })
  variance!: string;

  @Field(() => Float, { nullable: true, description: 'variance / planned × 100; null when planned is 0.' })
  variancePct!: number | null;

  @Field(() => [BudgetVarianceRow], { description: 'The same figures per category (OPEX, CAPEX).' })
  byCategory!: BudgetVarianceRow[];
}

@ObjectType({
  description:
    'CIO block: projects whose planned dates overlap the fiscal year, by status and health (current values: projects keep no status history).',
})
export class TechnologySummary {
  @Field(() => Int, {
    description: 'Projects counted (unarchived, planned dates overlapping the fiscal year).',
  })
  projects!: number;

  @Field(() => [KeyCount], { description: 'Projects per ProjectStatus.' })
  byStatus!: KeyCount[];

  @Field(() => [KeyCount], { description: 'Projects per reported ProjectHealth.' })
  byHealth!: KeyCount[];

  @Field(() => Int, { description: 'Projects reporting RED.' })
  redProjects!: number;

  @Field(() => DecimalScalar, {
    description:
      'Budget at risk: planned amount of the distinct budgets funding RED projects, in the reporting currency (January rate of each budget’s year).',
  })
  budgetOfRedProjects!: string;

  @Field({ description: 'The reporting currency.' })
  currency!: string;
}

@ObjectType({
  description:
    "COO block: each unarchived KPI's latest measurement within the fiscal year (on or before asOf) against its target of that period.",
})
export class OperationsSummary {
  @Field(() => Int, { description: 'KPIs counted.' })
  kpis!: number;

  @Field(() => [KpiAttainmentRow], { description: 'Status counts and mean attainment per process area.' })
  byProcessArea!: KpiAttainmentRow[];

  @Field(() => [KpiScore], { description: 'Up to 5 KPIs with the lowest attainment, worst first.' })
  worstKpis!: KpiScore[];
}

@ObjectType({
  description: 'One block per executive for a fiscal year, optionally restricted to an org-unit subtree.',
})
export class ExecutiveSummary {
  @Field(() => Int, { description: 'The fiscal year summarised.' })
  fiscalYear!: number;

  @Field(() => DateScalar, { description: 'The date the summary is evaluated at.' })
  asOf!: string;

  /** The orgUnitId argument, decoded; null for the whole company. */
  unitId!: number | null;
}
