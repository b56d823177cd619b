/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** Which way is good for a KPI; decides how attainment is computed. */
export type KpiDirection =
  /** More is better (revenue, OEE): attainment = actual / target. */
  | 'HIGHER_IS_BETTER'
  /** Less is better (defects, cost, lead time): attainment = target / actual. */
  | 'LOWER_IS_BETTER';

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

export type GoalsWithKpisQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: StrategicGoalFilter | null | undefined;
}>;


export type GoalsWithKpisQuery = { goals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, title: string, status: GoalStatus, fiscalYear: number, kpis: Array<{ id: string, code: string, name: string, unit: string }> }> } };


export const BenchBudgetVarianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchBudgetVariance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetVariance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"ORG_UNIT"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"variance"}},{"kind":"Field","name":{"kind":"Name","value":"variancePct"}}]}}]}}]} as unknown as DocumentNode<BenchBudgetVarianceQuery, BenchBudgetVarianceQueryVariables>;
export const BenchExecutiveSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchExecutiveSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"executiveSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"worstGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"finance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"variance"}},{"kind":"Field","name":{"kind":"Name","value":"variancePct"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"variance"}},{"kind":"Field","name":{"kind":"Name","value":"variancePct"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"technology"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"redProjects"}},{"kind":"Field","name":{"kind":"Name","value":"budgetOfRedProjects"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpis"}},{"kind":"Field","name":{"kind":"Name","value":"byProcessArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kpis"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"amber"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"noData"}},{"kind":"Field","name":{"kind":"Name","value":"averageAttainment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"worstKpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenchExecutiveSummaryQuery, BenchExecutiveSummaryQueryVariables>;
export const BenchIngestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenchIngest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiMeasurementInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordKpiMeasurements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<BenchIngestMutation, BenchIngestMutationVariables>;
export const BenchKpiAttainmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchKpiAttainment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiAttainment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"PROCESS_AREA"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kpis"}},{"kind":"Field","name":{"kind":"Name","value":"green"}},{"kind":"Field","name":{"kind":"Name","value":"amber"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"noData"}},{"kind":"Field","name":{"kind":"Name","value":"averageAttainment"}}]}}]}}]} as unknown as DocumentNode<BenchKpiAttainmentQuery, BenchKpiAttainmentQueryVariables>;
export const BenchKpiFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchKpiFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiId"}},{"kind":"Field","name":{"kind":"Name","value":"kpiCode"}},{"kind":"Field","name":{"kind":"Name","value":"kpiName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"processArea"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnitCode"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amberThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"redThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<BenchKpiFactsQuery, BenchKpiFactsQueryVariables>;
export const BenchStrategyExecutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchStrategyExecution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"corporate"},"value":{"kind":"BooleanValue","value":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CODE"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"keyResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"actual"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenchStrategyExecutionQuery, BenchStrategyExecutionQueryVariables>;
export const CreateGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateGoalMutation, CreateGoalMutationVariables>;
export const GoalsWithKpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoalsWithKpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StrategicGoalFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GoalsWithKpisQuery, GoalsWithKpisQueryVariables>;