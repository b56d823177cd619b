import { BadUserInputError } from '../errors';
import type { OrderKey } from './keyset';
import { OrderDirection } from './order-direction.enum';

/** How one orderable field of a list maps to a column. */
export interface OrderColumn {
  column: string;
  sqlType: string;
  nullable: boolean;
}

/** One requested key: an `orderBy` entry. */
export interface OrderInput<F extends string> {
  field: F;
  direction?: OrderDirection | null;
}

/**
 * Turns `orderBy` into the keyset keys: the requested keys in order (or `fallback`), then the
 * columns of `tieBreak` (ascending unless requested otherwise) that are not keys yet; `tieBreak`
 * must identify a row (the id, or e.g. KPI and period for a fact), so the order is total.
 * A field given twice is BAD_USER_INPUT.
 */
export function resolveOrder<F extends string>(
  orderBy: OrderInput<F>[] | null | undefined,
  columns: Record<F, OrderColumn>,
  fallback: OrderInput<F>[],
  tieBreak: OrderColumn[] = [{ column: 'id', sqlType: 'int', nullable: false }],
): OrderKey[] {
  const requested = orderBy?.length ? orderBy : fallback;
  const seen = new Set<string>();
  const keys: OrderKey[] = [];
  for (const entry of requested) {
    if (seen.has(entry.field)) {
      throw new BadUserInputError(`orderBy: ${entry.field} is given more than once`, { argument: 'orderBy' });
    }
    seen.add(entry.field);
    keys.push({ ...columns[entry.field], direction: entry.direction ?? OrderDirection.ASC });
  }
  for (const column of tieBreak) {
    if (!keys.some((key) => key.column === column.column))
      keys.push({ ...column, direction: OrderDirection.ASC });
  }
  return keys;
}
