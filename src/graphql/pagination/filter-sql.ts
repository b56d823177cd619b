import type { Knex } from '@mikro-orm/postgresql';
import { orgScopeCondition } from '../../auth/org-scope';
import { BadUserInputError } from '../errors';
import { decodeGlobalId } from '../global-id';
import type { Range } from './ranges';

/** Helpers that add one filter condition each to a knex query; `field` names the input in errors. */

/** Equality or IN: one value or a list (GraphQL accepts a single value for a list argument). */
export function whereIn(
  qb: Knex.QueryBuilder,
  column: string,
  values: readonly unknown[] | null | undefined,
): void {
  if (values === undefined || values === null) return;
  if (values.length === 0) qb.whereRaw('false');
  else if (values.length === 1) qb.where(column, values[0] as Knex.Value);
  else qb.whereIn(column, values as Knex.Value[]);
}

/** Like `whereIn` for global IDs of `typeName`; a wrong or malformed ID is BAD_USER_INPUT. */
export function whereIdIn(
  qb: Knex.QueryBuilder,
  column: string,
  ids: readonly string[] | null | undefined,
  typeName: string,
  field: string,
): void {
  if (ids === undefined || ids === null) return;
  whereIn(
    qb,
    column,
    ids.map((id) => decodeGlobalId(id, typeName, field)),
  );
}

/** Inclusive range; gte > lte is BAD_USER_INPUT. `compare` orders the bounds (numbers, dates, decimals). */
export function whereRange<V extends number | string>(
  qb: Knex.QueryBuilder,
  column: string,
  range: Range<V> | null | undefined,
  field: string,
): void {
  if (!range) return;
  const { gte, lte } = range;
  if (gte != null && lte != null && compare(gte, lte) > 0) {
    throw new BadUserInputError(`${field}: the range is inverted (gte ${gte} is after lte ${lte})`, {
      field,
    });
  }
  if (gte != null) qb.where(column, '>=', gte);
  if (lte != null) qb.where(column, '<=', lte);
}

function compare(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const asNumber = (v: string | number) => Number(v);
  if (typeof a === 'string' && /^-?\d/.test(a) && !/^\d{4}-\d{2}-\d{2}$/.test(a)) {
    return asNumber(a) - asNumber(b);
  }
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

/** Case-insensitive substring search over `columns` (any of them matches); `%` and `_` are literal. */
export function whereSearch(qb: Knex.QueryBuilder, columns: string[], text: string | null | undefined): void {
  const trimmed = text?.trim();
  if (!trimmed) return;
  const pattern = `%${trimmed.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  qb.where((inner) => {
    for (const column of columns) inner.orWhereRaw(`?? ilike ?`, [column, pattern]);
  });
}

/**
 * Rows of the org unit `orgUnitId` (a global ID), and with `includeSubunits` of its whole subtree
 * (recursive CTE over org_unit.parent_id). `column` is inlined as SQL (trusted, e.g. `f."orgUnitId"`).
 */
export function whereOrgUnit(
  qb: Knex.QueryBuilder,
  column: string,
  orgUnitId: string | null | undefined,
  includeSubunits: boolean | null | undefined,
  field = 'filter.orgUnitId',
): void {
  if (orgUnitId === undefined || orgUnitId === null) return;
  const id = decodeGlobalId(orgUnitId, 'OrgUnit', field);
  if (!includeSubunits) {
    qb.whereRaw(`${column} = ?`, [id]);
    return;
  }
  const subtree = orgScopeCondition(column, { rootOrgUnitId: id });
  qb.whereRaw(subtree.sql, subtree.bindings as Knex.RawBinding[]);
}

/** Hides archived rows unless `includeArchived`. */
export function whereNotArchived(
  qb: Knex.QueryBuilder,
  column: string,
  includeArchived: boolean | null | undefined,
): void {
  if (!includeArchived) qb.whereNull(column);
}
