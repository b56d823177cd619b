import type { Knex } from '@mikro-orm/postgresql';

/**
 * Row-level scoping for UNIT_LEAD identities: only rows owned by the org unit `rootOrgUnitId`
 * or one of its descendants are visible. `null` means unrestricted (executives, analysts, admins).
 * The restriction is SQL, applied inside every query that reads org-unit-owned data.
 */
export interface OrgScope {
  rootOrgUnitId: number;
}

/** `column IN (the scope's subtree)` as a raw fragment with its bindings; `TRUE` when unrestricted. */
export function orgScopeCondition(
  column: string,
  scope: OrgScope | null,
): { sql: string; bindings: unknown[] } {
  if (!scope) return { sql: 'true', bindings: [] };
  return {
    sql: `${column} in (with recursive scope_tree as (select id from org_unit where id = ? union all select child.id from org_unit child join scope_tree on child.parent_id = scope_tree.id) select id from scope_tree)`,
    bindings: [scope.rootOrgUnitId],
  };
}

/** Adds the scope restriction to a knex query builder. */
export function whereInOrgScope<T extends Knex.QueryBuilder>(
  qb: T,
  column: string,
  scope: OrgScope | null,
): T {
  if (!scope) return qb;
  const { sql, bindings } = orgScopeCondition(column, scope);
  return qb.whereRaw(sql, bindings as Knex.RawBinding[]) as T;
}
