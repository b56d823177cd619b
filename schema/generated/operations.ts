/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How budget variance rows are grouped. */
export type BudgetGrouping =
  /** By OPEX / CAPEX. */
  | 'CATEGORY'
  /** By the budget's own currency (amounts still in the reporting currency). */
  | 'CURRENCY'
  /** By the goal the budget funds (key: its global ID, or "NONE"). */
  | 'GOAL'
  /** By month of the fiscal year (key: YYYY-MM-01); each month carries planned / 12. */
  | 'MONTH'
  /** By the org unit that owns the budget (key: its global ID). */
  | 'ORG_UNIT';

/** A new strategic goal. */
export type CreateGoalInput = {
  /** Unique code: letters, digits, "-" and "_", 2–40 characters. */
  code: string;
  /** What the goal means and why it matters. */
  description?: string | null | undefined;
  /** Last day of the horizon; on or after startDate. */
  endDate: string;
  /** Fiscal year, 2000–2100. */
  fiscalYear: number;
  /** ID of the owning Person. */
  ownerId?: string | number | null | undefined;
  /** ID of the parent StrategicGoal (not archived); omit for a corporate goal. */
  parentId?: string | number | null | undefined;
  /** Balanced-Scorecard perspective. */
  perspective: Perspective;
  /** First day of the horizon. */
  startDate: string;
  /** Lifecycle status; DRAFT by default. */
  status?: GoalStatus;
  /** Short title, 1–300 characters. */
  title: string;
};

/** An inclusive range of dates (YYYY-MM-DD); omit a bound to leave that side open. gte > lte is BAD_USER_INPUT. */
export type DateRange = {
  /** On or after this date. */
  gte?: string | null | undefined;
  /** On or before this date. */
  lte?: string | null | undefined;
};

/** An inclusive range of numbers; omit a bound to leave that side open. gte > lte is BAD_USER_INPUT. */
export type FloatRange = {
  /** At least this (inclusive). */
  gte?: number | null | undefined;
  /** At most this (inclusive). */
  lte?: number | null | undefined;
};

/** Lifecycle status of a strategic goal. */
export type GoalStatus =
  /** Reached. */
  | 'ACHIEVED'
  /** Committed and being pursued. */
  | 'ACTIVE'
  /** Proposed, not yet committed. */
  | 'DRAFT'
  /** Abandoned. */
  | 'DROPPED';

/** What a health driver is. */
export type HealthDriverKind =
  /** A budget funding the goal: forecast overspend. */
  | 'BUDGET'
  /** A child goal: its own health score. */
  | 'CHILD_GOAL'
  /** A key result: the KPI's latest measurement against the key result's target. */
  | 'KEY_RESULT'
  /** A contributing project: reported health and schedule slip. */
  | 'PROJECT';

/** An inclusive range of whole numbers; omit a bound to leave that side open. gte > lte is BAD_USER_INPUT. */
export type IntRange = {
  /** At least this (inclusive). */
  gte?: number | null | undefined;
  /** At most this (inclusive). */
  lte?: number | null | undefined;
};

/** Which way is good for a KPI; decides how attainment is computed. */
export type KpiDirection =
  /** More is better (revenue, OEE): attainment = actual / target. */
  | 'HIGHER_IS_BETTER'
  /** Less is better (defects, cost, lead time): attainment = target / actual. */
  | 'LOWER_IS_BETTER';

/** Filter of the `kpis` list; all given conditions must hold. List fields take one value (equality) or a list (any of them). */
export type KpiFilter = {
  /** Amber threshold within this range. */
  amberThreshold?: FloatRange | null | undefined;
  /** Exact code, or any of a list of codes. */
  code?: Array<string> | null | undefined;
  /** Direction equal to this, or any of a list. */
  direction?: Array<KpiDirection> | null | undefined;
  /** Frequency equal to this, or any of a list. */
  frequency?: Array<KpiFrequency> | null | undefined;
  /** Only these KPIs (global IDs). */
  ids?: Array<string | number> | null | undefined;
  /** Include archived KPIs too; false by default. */
  includeArchived?: boolean;
  /** With `orgUnitId`: include every unit below it (recursive). */
  includeSubunits?: boolean;
  /** Only KPIs of this org unit (global ID); with `includeSubunits` of its whole subtree. */
  orgUnitId?: string | number | null | undefined;
  /** Owned by this person, or any of a list (global IDs). */
  ownerId?: Array<string | number> | null | undefined;
  /** Process area equal to this, or any of a list. */
  processArea?: Array<ProcessArea> | null | undefined;
  /** Red threshold within this range. */
  redThreshold?: FloatRange | null | undefined;
  /** Case-insensitive text contained in the code or the name. */
  search?: string | null | undefined;
  /** Unit equal to this, or any of a list (e.g. "%"). */
  unit?: Array<string> | null | undefined;
};

/** How often a KPI is measured; periods are the first day of the month or quarter. */
export type KpiFrequency =
  /** One measurement a month, period = first day of the month. */
  | 'MONTHLY'
  /** One measurement a quarter, period = first day of the quarter. */
  | 'QUARTERLY';

/** One measured value of a KPI for the `recordKpiMeasurements` feed. */
export type KpiMeasurementInput = {
  /** Code of the KPI (its natural key); must exist and not be archived. */
  kpiCode: string;
  /** The period: first day of a month (MONTHLY KPIs) or of a quarter (QUARTERLY KPIs). */
  period: string;
  /** The reporting system or person, e.g. "ERP"; up to 100 characters. */
  source?: string | null | undefined;
  /** The measured value, in the KPI unit; a finite number. */
  value: number;
};

/** Direction of a KPI over its last 3 measured periods (on or before asOf): the latest value is compared with the oldest of the three; a direction-adjusted change of more than 2 % of the oldest value is IMPROVING or WORSENING, else STABLE. */
export type KpiTrend =
  /** Moving the good way by more than the tolerance. */
  | 'IMPROVING'
  /** Fewer than two measurements on or before asOf. */
  | 'INSUFFICIENT_DATA'
  /** Within the tolerance. */
  | 'STABLE'
  /** Moving the bad way by more than the tolerance. */
  | 'WORSENING';

/** Balanced-Scorecard perspective of a strategic goal. */
export type Perspective =
  /** Customer satisfaction, share and retention. */
  | 'CUSTOMER'
  /** Revenue, margin, cost and return. */
  | 'FINANCIAL'
  /** Operational excellence and process quality. */
  | 'INTERNAL_PROCESS'
  /** People, capabilities and technology. */
  | 'LEARNING_AND_GROWTH';

/** The operational process area a KPI measures. */
export type ProcessArea =
  /** Audits, findings, regulatory obligations. */
  | 'COMPLIANCE'
  /** Satisfaction, response and resolution times. */
  | 'CUSTOMER_SERVICE'
  /** Working capital, cost, cash. */
  | 'FINANCE'
  /** Availability, incidents, service levels. */
  | 'IT_SERVICES'
  /** Delivery, warehousing, transport. */
  | 'LOGISTICS'
  /** Headcount, attrition, training, safety. */
  | 'PEOPLE'
  /** Manufacturing output, OEE, scrap. */
  | 'PRODUCTION'
  /** Defects, complaints, first-pass yield. */
  | 'QUALITY'
  /** Orders, revenue, pipeline. */
  | 'SALES'
  /** Suppliers, inventory, procurement. */
  | 'SUPPLY_CHAIN';

/** A project's health as reported by its manager. */
export type ProjectHealth =
  /** At risk; recoverable. */
  | 'AMBER'
  /** On track. */
  | 'GREEN'
  /** Off track; needs intervention. */
  | 'RED';

/** Lifecycle status of a technology project. */
export type ProjectStatus =
  /** Approved, not started. */
  | 'APPROVED'
  /** Stopped for good. */
  | 'CANCELLED'
  /** Delivered. */
  | 'DONE'
  /** Being delivered. */
  | 'IN_PROGRESS'
  /** Paused. */
  | 'ON_HOLD'
  /** Proposed, not yet approved. */
  | 'PROPOSED';

/** Traffic-light status. For a KPI it comes from attainment vs its thresholds; for a goal from its health score. */
export type RagStatus =
  /** At risk (KPI: attainment ≥ redThreshold; goal: score ≥ 60). */
  | 'AMBER'
  /** On track (KPI: attainment ≥ amberThreshold; goal: score ≥ 80). */
  | 'GREEN'
  /** Not enough data on or before asOf to judge (no measurement or no target). */
  | 'NO_DATA'
  /** Off track (below the AMBER bound). */
  | 'RED';

/** Filter of the `goals` list; all given conditions must hold. List fields take one value (equality) or a list (any of them). */
export type StrategicGoalFilter = {
  /** Exact code, or any of a list of codes. */
  code?: Array<string> | null | undefined;
  /** true: only corporate goals (no parent); false: only goals with a parent. */
  corporate?: boolean | null | undefined;
  /** End date within this range. */
  endDate?: DateRange | null | undefined;
  /** Fiscal year equal to this, or any of a list. */
  fiscalYear?: Array<number> | null | undefined;
  /** Only these goals (global IDs). */
  ids?: Array<string | number> | null | undefined;
  /** Include archived goals too; false by default. */
  includeArchived?: boolean;
  /** Owned by this person, or any of a list (global IDs). */
  ownerId?: Array<string | number> | null | undefined;
  /** Direct children of this goal, or of any of a list (global IDs). */
  parentId?: Array<string | number> | null | undefined;
  /** Perspective equal to this, or any of a list. */
  perspective?: Array<Perspective> | null | undefined;
  /** Case-insensitive text contained in the code or the title. */
  search?: string | null | undefined;
  /** Start date within this range. */
  startDate?: DateRange | null | undefined;
  /** Status equal to this, or any of a list. */
  status?: Array<GoalStatus> | null | undefined;
};

/** Filter of the `projects` list; all given conditions must hold. List fields take one value (equality) or a list (any of them). */
export type TechProjectFilter = {
  /** Actual end within this range (projects not yet delivered never match). */
  actualEnd?: DateRange | null | undefined;
  /** Funded by this budget, or any of a list (global IDs). */
  budgetId?: Array<string | number> | null | undefined;
  /** Exact code, or any of a list of codes. */
  code?: Array<string> | null | undefined;
  /** Reported health equal to this, or any of a list. */
  health?: Array<ProjectHealth> | null | undefined;
  /** Only these projects (global IDs). */
  ids?: Array<string | number> | null | undefined;
  /** Include archived projects too; false by default. */
  includeArchived?: boolean;
  /** With `orgUnitId`: include every unit below it (recursive). */
  includeSubunits?: boolean;
  /** Only projects of this org unit (global ID); with `includeSubunits` of its whole subtree. */
  orgUnitId?: string | number | null | undefined;
  /** Planned end within this range. */
  plannedEnd?: DateRange | null | undefined;
  /** Planned start within this range. */
  plannedStart?: DateRange | null | undefined;
  /** Progress (0–100 %) within this range. */
  progress?: IntRange | null | undefined;
  /** Case-insensitive text contained in the code or the name. */
  search?: string | null | undefined;
  /** Sponsored by this person, or any of a list (global IDs). */
  sponsorId?: Array<string | number> | null | undefined;
  /** Status equal to this, or any of a list. */
  status?: Array<ProjectStatus> | null | undefined;
};

export type AlignmentGapsQueryVariables = Exact<{
  fiscalYear: number;
  asOf?: string | null | undefined;
}>;


export type AlignmentGapsQuery = { alignmentGaps: { fiscalYear: number, asOf: string, goalsWithoutKeyResults: Array<{ id: string, code: string, title: string }>, projectsServingNoGoal: Array<{ id: string, code: string, name: string, health: ProjectHealth }>, budgetsFundingNothing: Array<{ id: string, code: string, name: string, currency: string, planned: string }>, redKpisWithAllGreenProjects: Array<{ id: string, code: string, name: string, latest: { period: string, attainment: number | null, status: RagStatus } | null }> } };

export type BenchBudgetVarianceQueryVariables = Exact<{
  fiscalYear: number;
  asOf: string;
}>;


export type BenchBudgetVarianceQuery = { budgetVariance: Array<{ key: string, label: string, currency: string, planned: string, actual: string, variance: string, variancePct: number | null }> };

export type BenchExecutiveSummaryQueryVariables = Exact<{
  fiscalYear: number;
  asOf: string;
}>;


export type BenchExecutiveSummaryQuery = { executiveSummary: { fiscalYear: number, asOf: string, strategy: { goals: number, averageScore: number | null, byStatus: Array<{ key: string, count: number }>, worstGoals: Array<{ score: number | null, status: RagStatus, goal: { code: string, title: string } }> }, finance: { currency: string, planned: string, actual: string, variance: string, variancePct: number | null, byCategory: Array<{ key: string, label: string, currency: string, planned: string, actual: string, variance: string, variancePct: number | null }> }, technology: { currency: string, projects: number, redProjects: number, budgetOfRedProjects: string, byStatus: Array<{ key: string, count: number }>, byHealth: Array<{ key: string, count: number }> }, operations: { kpis: number, byProcessArea: Array<{ key: string, label: string, kpis: number, green: number, amber: number, red: number, noData: number, averageAttainment: number | null }>, worstKpis: Array<{ period: string, attainment: number | null, status: RagStatus, kpi: { code: string, name: string } }> } } };

export type BenchIngestMutationVariables = Exact<{
  input: Array<KpiMeasurementInput> | KpiMeasurementInput;
}>;


export type BenchIngestMutation = { recordKpiMeasurements: { inserted: number, updated: number, unchanged: number } };

export type BenchKpiAttainmentQueryVariables = Exact<{
  period: string;
  asOf: string;
}>;


export type BenchKpiAttainmentQuery = { kpiAttainment: Array<{ key: string, label: string, kpis: number, green: number, amber: number, red: number, noData: number, averageAttainment: number | null }> };

export type BenchKpiFactsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type BenchKpiFactsQuery = { kpiFacts: { rows: Array<{ kpiId: string, kpiCode: string, kpiName: string, unit: string, direction: KpiDirection, frequency: KpiFrequency, processArea: ProcessArea, orgUnitId: string, orgUnitCode: string, orgUnitName: string, period: string, value: number | null, target: number | null, attainment: number | null, status: RagStatus, amberThreshold: number, redThreshold: number, source: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type BenchStrategyExecutionQueryVariables = Exact<{
  first: number;
  last: number;
  asOf: string;
}>;


export type BenchStrategyExecutionQuery = { goals: { nodes: Array<{ code: string, title: string, status: GoalStatus, keyResults: Array<{ weight: number, targetValue: number, kpi: { code: string, name: string, unit: string, measurements: Array<{ period: string, value: number }> } }>, contributions: Array<{ weight: number, project: { code: string, name: string, status: ProjectStatus, budget: { code: string, currency: string, planned: string, actual: string | null } | null } }> }> } };

export type CreateGoalMutationVariables = Exact<{
  input: CreateGoalInput;
}>;


export type CreateGoalMutation = { createGoal: { id: string, code: string, title: string, status: GoalStatus, version: number } };

export type ExecutiveDashboardQueryVariables = Exact<{
  fiscalYear: number;
  asOf?: string | null | undefined;
  orgUnitId?: string | number | null | undefined;
}>;


export type ExecutiveDashboardQuery = { executiveSummary: { fiscalYear: number, asOf: string, strategy: { goals: number, averageScore: number | null, byStatus: Array<{ key: string, count: number }>, worstGoals: Array<{ score: number | null, status: RagStatus, goal: { id: string, code: string, title: string } }> }, finance: { currency: string, planned: string, actual: string, variance: string, variancePct: number | null, byCategory: Array<{ key: string, label: string, currency: string, planned: string, actual: string, variance: string, variancePct: number | null }> }, technology: { projects: number, redProjects: number, currency: string, budgetOfRedProjects: string, byHealth: Array<{ key: string, count: number }>, byStatus: Array<{ key: string, count: number }> }, operations: { kpis: number, byProcessArea: Array<{ key: string, label: string, kpis: number, green: number, amber: number, red: number, noData: number, averageAttainment: number | null }>, worstKpis: Array<{ period: string, attainment: number | null, status: RagStatus, kpi: { id: string, code: string, name: string, unit: string } }> } } };

export type GoalsWithKpisQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: StrategicGoalFilter | null | undefined;
}>;


export type GoalsWithKpisQuery = { goals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, title: string, status: GoalStatus, fiscalYear: number, kpis: Array<{ id: string, code: string, name: string, unit: string }> }> } };

export type KpiScorecardQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: KpiFilter | null | undefined;
  asOf?: string | null | undefined;
}>;


export type KpiScorecardQuery = { kpis: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, unit: string, direction: KpiDirection, frequency: KpiFrequency, processArea: ProcessArea, trend: KpiTrend, orgUnit: { id: string, code: string, name: string }, latest: { period: string, value: number | null, target: number | null, attainment: number | null, status: RagStatus } | null }> } };

export type ProjectPortfolioQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: TechProjectFilter | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ProjectPortfolioQuery = { projects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, status: ProjectStatus, health: ProjectHealth, progress: number, plannedStart: string, plannedEnd: string, actualEnd: string | null, scheduleSlipDays: number | null, budgetBurnPct: number | null, orgUnit: { id: string, code: string, name: string }, sponsor: { id: string, name: string } | null, budget: { id: string, code: string, currency: string, planned: string, actual: string | null } | null, goals: Array<{ id: string, code: string, title: string }> }> } };

export type StrategyMapQueryVariables = Exact<{
  fiscalYear: number;
  asOf?: string | null | undefined;
}>;


export type StrategyMapQuery = { goals: { totalCount: number, nodes: Array<{ id: string, code: string, title: string, perspective: Perspective, status: GoalStatus, children: Array<{ id: string, code: string, title: string, perspective: Perspective, status: GoalStatus, owner: { id: string, name: string } | null, health: { score: number | null, status: RagStatus, drivers: Array<{ kind: HealthDriverKind, itemId: string, label: string, score: number | null, weight: number, reason: string }> }, kpis: Array<{ id: string, code: string, name: string, unit: string }> }>, owner: { id: string, name: string } | null, health: { score: number | null, status: RagStatus, drivers: Array<{ kind: HealthDriverKind, itemId: string, label: string, score: number | null, weight: number, reason: string }> }, kpis: Array<{ id: string, code: string, name: string, unit: string }> }> } };

export type StrategyMapGoalFragment = { id: string, code: string, title: string, perspective: Perspective, status: GoalStatus, owner: { id: string, name: string } | null, health: { score: number | null, status: RagStatus, drivers: Array<{ kind: HealthDriverKind, itemId: string, label: string, score: number | null, weight: number, reason: string }> }, kpis: Array<{ id: string, code: string, name: string, unit: string }> };

export type VarianceReportQueryVariables = Exact<{
  fiscalYear: number;
  groupBy: BudgetGrouping;
  asOf?: string | null | undefined;
  orgUnitId?: string | number | null | undefined;
}>;


export type VarianceReportQuery = { budgetVariance: Array<{ key: string, label: string, currency: string, planned: string, actual: string, variance: string, variancePct: number | null }> };

export const StrategyMapGoalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StrategyMapGoal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StrategicGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"perspective"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"health"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"drivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<StrategyMapGoalFragment, unknown>;
export const AlignmentGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlignmentGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alignmentGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"goalsWithoutKeyResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectsServingNoGoal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"health"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetsFundingNothing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redKpisWithAllGreenProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AlignmentGapsQuery, AlignmentGapsQueryVariables>;
export const BenchBudgetVarianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchBudgetVariance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetVariance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"ORG_UNIT"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"variance"}},{"kind":"Field","name":{"kind":"Name","value":"variancePct"}}]}}]}}]} as unknown as DocumentNode<BenchBudgetVarianceQuery, BenchBudgetVarianceQueryVariables>;
export const BenchExecutiveSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchExecutiveSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"executiveSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"worstGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"finance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"variance"}},{"kind":"Field","name":{"kind":"Name","value":"variancePct"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"variance"}},{"kind":"Field","name":{"kind":"Name","value":"variancePct"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"technology"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"redProjects"}},{"kind":"Field","name":{"kind":"Name","value":"budgetOfRedProjects"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpis"}},{"kind":"Field","name":{"kind":"Name","value":"byProcessArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kpis"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"amber"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"noData"}},{"kind":"Field","name":{"kind":"Name","value":"averageAttainment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"worstKpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenchExecutiveSummaryQuery, BenchExecutiveSummaryQueryVariables>;
export const BenchIngestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenchIngest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiMeasurementInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordKpiMeasurements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<BenchIngestMutation, BenchIngestMutationVariables>;
export const BenchKpiAttainmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchKpiAttainment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiAttainment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"PROCESS_AREA"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kpis"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"amber"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"noData"}},{"kind":"Field","name":{"kind":"Name","value":"averageAttainment"}}]}}]}}]} as unknown as DocumentNode<BenchKpiAttainmentQuery, BenchKpiAttainmentQueryVariables>;
export const BenchKpiFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchKpiFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiId"}},{"kind":"Field","name":{"kind":"Name","value":"kpiCode"}},{"kind":"Field","name":{"kind":"Name","value":"kpiName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"processArea"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnitCode"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amberThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"redThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<BenchKpiFactsQuery, BenchKpiFactsQueryVariables>;
export const BenchStrategyExecutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchStrategyExecution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"corporate"},"value":{"kind":"BooleanValue","value":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CODE"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"keyResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"actual"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenchStrategyExecutionQuery, BenchStrategyExecutionQueryVariables>;
export const CreateGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateGoalMutation, CreateGoalMutationVariables>;
export const ExecutiveDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExecutiveDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"executiveSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"worstGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"finance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"variance"}},{"kind":"Field","name":{"kind":"Name","value":"variancePct"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"variance"}},{"kind":"Field","name":{"kind":"Name","value":"variancePct"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"technology"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"redProjects"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"budgetOfRedProjects"}},{"kind":"Field","name":{"kind":"Name","value":"byHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpis"}},{"kind":"Field","name":{"kind":"Name","value":"byProcessArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kpis"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"amber"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"noData"}},{"kind":"Field","name":{"kind":"Name","value":"averageAttainment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"worstKpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExecutiveDashboardQuery, ExecutiveDashboardQueryVariables>;
export const GoalsWithKpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoalsWithKpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StrategicGoalFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GoalsWithKpisQuery, GoalsWithKpisQueryVariables>;
export const KpiScorecardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiScorecard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"PROCESS_AREA"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CODE"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"processArea"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}]}}]}}]}}]} as unknown as DocumentNode<KpiScorecardQuery, KpiScorecardQueryVariables>;
export const ProjectPortfolioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectPortfolio"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TechProjectFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"HEALTH"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CODE"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"actualEnd"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleSlipDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"budgetBurnPct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"actual"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectPortfolioQuery, ProjectPortfolioQueryVariables>;
export const StrategyMapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StrategyMap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"corporate"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CODE"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StrategyMapGoal"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StrategyMapGoal"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StrategyMapGoal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StrategicGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"perspective"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"health"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"drivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<StrategyMapQuery, StrategyMapQueryVariables>;
export const VarianceReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VarianceReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetGrouping"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetVariance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"variance"}},{"kind":"Field","name":{"kind":"Name","value":"variancePct"}}]}}]}}]} as unknown as DocumentNode<VarianceReportQuery, VarianceReportQueryVariables>;