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


export const CreateGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateGoalMutation, CreateGoalMutationVariables>;
export const GoalsWithKpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoalsWithKpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StrategicGoalFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GoalsWithKpisQuery, GoalsWithKpisQueryVariables>;