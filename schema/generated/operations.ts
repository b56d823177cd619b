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
  /** ID of the parent goal; omit for a corporate goal. */
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

export type CreateGoalMutationVariables = Exact<{
  input: CreateGoalInput;
}>;


export type CreateGoalMutation = { createGoal: { id: string, code: string, title: string, status: GoalStatus, version: number } };

export type GoalsWithKpisQueryVariables = Exact<{ [key: string]: never; }>;


export type GoalsWithKpisQuery = { goals: Array<{ id: string, code: string, title: string, status: GoalStatus, fiscalYear: number, kpis: Array<{ id: string, code: string, name: string, unit: string }> }> };


export const CreateGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateGoalMutation, CreateGoalMutationVariables>;
export const GoalsWithKpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoalsWithKpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}}]} as unknown as DocumentNode<GoalsWithKpisQuery, GoalsWithKpisQueryVariables>;