import { ALL_ROLES, EXECUTIVES, Role } from './role.enum';

/** The folders whose resolvers make up the schema; a root field's domain is the folder of its resolver. */
export type Domain =
  'core' | 'organisation' | 'strategy' | 'finance' | 'technology' | 'operations' | 'risk' | 'views' | 'audit';

/** An explicit authorization decision: who may, and why (shown in docs and test failures). */
export interface Decision {
  roles: readonly Role[];
  reason: string;
}

/** Everyone authenticated reads; UNIT_LEAD reads only its subtree (the SQL applies `ctx.scope`). */
const READ: Decision = { roles: ALL_ROLES, reason: 'read (UNIT_LEAD limited to its subtree in SQL)' };

/** Who writes each domain (README has the same matrix as a table). */
export const DOMAIN_WRITERS: Record<Domain, readonly Role[]> = {
  core: [Role.ADMIN],
  organisation: [Role.CEO, Role.ADMIN],
  strategy: [Role.CEO, Role.ADMIN],
  finance: [Role.CFO, Role.ADMIN],
  technology: [Role.CIO, Role.ADMIN],
  operations: [Role.COO, Role.ADMIN],
  // Risks cut across domains: every executive keeps the register for the risks of its area.
  risk: [...EXECUTIVES, Role.ADMIN],
  views: [Role.ADMIN],
  audit: [],
};

/**
 * The feeds a UNIT_LEAD may call besides the domain's writers; the service checks in SQL that every
 * row belongs to the caller's subtree (`ctx.scope`) and refuses the whole call otherwise.
 */
export const UNIT_LEAD_WRITES: Record<string, Domain> = {
  recordKpiMeasurements: 'operations',
  recordBudgetActuals: 'finance',
  reportProjectProgress: 'technology',
};

/** Root fields with a decision other than their domain's default. */
export const EXPLICIT_DECISIONS: Record<string, Decision> = {
  'Query.auditLog': { roles: [Role.CEO, Role.ADMIN], reason: 'the audit trail: CEO and ADMIN only' },
  'Query.node': {
    roles: ALL_ROLES.filter((role) => role !== Role.UNIT_LEAD),
    reason: 'loads any row by ID without org scope, so not for UNIT_LEAD (use the scoped lists)',
  },
  'Query.nodes': {
    roles: ALL_ROLES.filter((role) => role !== Role.UNIT_LEAD),
    reason: 'loads any rows by ID without org scope, so not for UNIT_LEAD (use the scoped lists)',
  },
};

/**
 * Object fields only some roles may see; for everyone else they resolve to null (the field is
 * nullable for that reason), never to an error that would reveal the value exists.
 */
export const FIELD_DECISIONS: Record<string, Decision> = {
  'Person.email': { roles: [...EXECUTIVES, Role.ADMIN], reason: "people's e-mail: executives and ADMIN" },
};

/** True when `role` may not see `typeName.fieldName` (a FIELD_DECISIONS field: it resolves to null). */
export function fieldHiddenFrom(role: Role, typeName: string, fieldName: string): boolean {
  const decision = FIELD_DECISIONS[`${typeName}.${fieldName}`];
  return !!decision && !decision.roles.includes(role);
}

/** Field names that suggest personal or secret data: the schema walk test demands a FIELD_DECISIONS entry. */
export const SENSITIVE_FIELD_NAME = /e-?mail|phone|salary|password|secret|token|hash|birth|address/i;

/** The decision for a Query or Mutation field, or undefined when there is none (which the app refuses). */
export function decideRootField(
  parent: 'Query' | 'Mutation' | 'Subscription',
  field: string,
  domain: Domain | undefined,
): Decision | undefined {
  const explicit = EXPLICIT_DECISIONS[`${parent}.${field}`];
  if (explicit) return explicit;
  if (!domain) return undefined;
  if (parent === 'Query') return domain === 'audit' ? undefined : READ;
  if (parent !== 'Mutation') return undefined;
  const writers = DOMAIN_WRITERS[domain];
  if (UNIT_LEAD_WRITES[field] === domain) {
    return {
      roles: [...writers, Role.UNIT_LEAD],
      reason: `write ${domain}; UNIT_LEAD for rows in its subtree`,
    };
  }
  return { roles: writers, reason: `write ${domain}` };
}
