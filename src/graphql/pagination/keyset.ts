import type { CursorValues } from './cursor';
import { OrderDirection } from './order-direction.enum';

/** One key of a list's order: a column of the list's rows (alias `r`) and how to compare it. */
export interface OrderKey {
  /** Column name in the list's base query output (quoted as `r."column"`). */
  column: string;
  /** PostgreSQL type the cursor text is cast to for comparison, e.g. `date`, `int`, `text`, `numeric`. */
  sqlType: string;
  /** Whether the column can be NULL (NULL sorts as the largest value). */
  nullable: boolean;
  direction: OrderDirection;
}

export interface SqlFragment {
  sql: string;
  bindings: unknown[];
}

const ref = (key: OrderKey): string => `r."${key.column}"`;
const param = (key: OrderKey): string => `cast(? as ${key.sqlType})`;

/** `ORDER BY` text; `reverse` flips every key (reading backward). NULLs always sort as the largest value. */
export function orderByClause(keys: OrderKey[], reverse: boolean): string {
  return keys
    .map((key) => {
      const ascending = (key.direction === OrderDirection.ASC) !== reverse;
      return `${ref(key)} ${ascending ? 'asc nulls last' : 'desc nulls first'}`;
    })
    .join(', ');
}

/** The condition "key is strictly beyond the cursor value" in reading order. */
function beyond(key: OrderKey, value: string | null, forward: boolean): SqlFragment {
  const larger = (key.direction === OrderDirection.ASC) === forward;
  if (larger) {
    // Larger values, then NULL (the largest of all).
    if (value === null) return { sql: 'false', bindings: [] };
    return key.nullable
      ? { sql: `(${ref(key)} > ${param(key)} or ${ref(key)} is null)`, bindings: [value] }
      : { sql: `${ref(key)} > ${param(key)}`, bindings: [value] };
  }
  if (value === null) return { sql: `${ref(key)} is not null`, bindings: [] };
  return { sql: `${ref(key)} < ${param(key)}`, bindings: [value] };
}

function equal(key: OrderKey, value: string | null): SqlFragment {
  if (value === null) return { sql: `${ref(key)} is null`, bindings: [] };
  return { sql: `${ref(key)} = ${param(key)}`, bindings: [value] };
}

/**
 * Rows strictly after (`forward`) or before the cursor position in the order of `keys`.
 * Same-direction, non-null keys use one row comparison `(k1, k2, id) > (…)`, which a matching
 * btree index answers directly; mixed directions or nullable keys expand to
 * `k1 > v1 OR (k1 = v1 AND k2 > v2) OR …`, led by a plain bound on the first key so that
 * an index on it still limits the scan.
 */
export function keysetCondition(keys: OrderKey[], values: CursorValues, forward: boolean): SqlFragment {
  const simple =
    keys.every((key) => !key.nullable && key.direction === keys[0].direction) &&
    values.every((value) => value !== null);
  if (simple) {
    const ascending = (keys[0].direction === OrderDirection.ASC) === forward;
    return {
      sql: `(${keys.map(ref).join(', ')}) ${ascending ? '>' : '<'} (${keys.map(param).join(', ')})`,
      bindings: [...values],
    };
  }
  const alternatives: SqlFragment[] = keys.map((key, index) => {
    const parts = keys.slice(0, index).map((previous, i) => equal(previous, values[i]));
    parts.push(beyond(key, values[index], forward));
    return { sql: `(${parts.map((p) => p.sql).join(' and ')})`, bindings: parts.flatMap((p) => p.bindings) };
  });
  const any: SqlFragment = {
    sql: `(${alternatives.map((a) => a.sql).join(' or ')})`,
    bindings: alternatives.flatMap((a) => a.bindings),
  };
  const first = keys[0];
  if (first.nullable || values[0] === null) return any;
  const ascending = (first.direction === OrderDirection.ASC) === forward;
  return {
    sql: `${ref(first)} ${ascending ? '>=' : '<='} ${param(first)} and ${any.sql}`,
    bindings: [values[0], ...any.bindings],
  };
}
