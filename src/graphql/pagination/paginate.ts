import type { Knex } from '@mikro-orm/postgresql';
import type { ConnectionArgs } from './connection-args';
import type { ConnectionData } from './connection';
import { type CursorValues, decodeCursor, encodeCursor, fingerprint } from './cursor';
import { keysetCondition, type OrderKey, orderByClause } from './keyset';
import { pageWindow } from './page-size';

export type Row = Record<string, unknown>;

/** One list to page: its filtered rows as a query, its order and how a row becomes an item. */
export interface PageRequest<T> {
  /** The list's name; part of the cursor fingerprint. */
  list: string;
  /** The rows of the list, filtered and scoped, unordered (wrapped as `r`). */
  base: Knex.QueryBuilder;
  /** Order keys, the id tie-break last (see `resolveOrder`). */
  keys: OrderKey[];
  /** The filter and orderBy arguments as given: the cursor fingerprint. */
  filter: unknown;
  orderBy: unknown;
  args: ConnectionArgs;
  /** Turns the page's rows (the base query's columns) into items; must not query. */
  toNodes: (rows: Row[]) => T[];
}

const keyAlias = (index: number): string => `__k${index}`;

/**
 * Reads one page with keyset pagination: one SQL statement for the page
 * (`WHERE (keys) > (cursor) ORDER BY keys LIMIT size + 1`, never OFFSET) and, only when
 * `totalCount` is selected, one COUNT over the same filtered rows.
 */
export async function paginate<T>(knex: Knex, request: PageRequest<T>): Promise<ConnectionData<T>> {
  const { args, keys } = request;
  const window = pageWindow(args.first, args.last);
  const print = fingerprint(request.list, request.filter, request.orderBy);
  const after = args.after != null ? decodeCursor(args.after, 'after', print, keys.length) : undefined;
  const before = args.before != null ? decodeCursor(args.before, 'before', print, keys.length) : undefined;

  const count = async (): Promise<number> => {
    const rows = (await knex.count({ count: '*' }).from(request.base.clone().as('r'))) as unknown as {
      count: string | number;
    }[];
    return Number(rows[0].count);
  };
  if (window.size === 0) {
    return {
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      count,
    };
  }

  const query = knex
    .select(['r.*', ...keys.map((key, i) => knex.raw(`r."${key.column}"::text as "${keyAlias(i)}"`))])
    .from(request.base.as('r'));
  if (after) {
    const condition = keysetCondition(keys, after, true);
    query.whereRaw(condition.sql, condition.bindings as Knex.RawBinding[]);
  }
  if (before) {
    const condition = keysetCondition(keys, before, false);
    query.whereRaw(condition.sql, condition.bindings as Knex.RawBinding[]);
  }
  query.orderByRaw(orderByClause(keys, !window.forward)).limit(window.size + 1);

  const fetched = (await query) as Row[];
  const more = fetched.length > window.size;
  const rows = fetched.slice(0, window.size);
  if (!window.forward) rows.reverse();

  const cursors = rows.map((row) => {
    const values: CursorValues = keys.map((_, i) => (row[keyAlias(i)] as string | null) ?? null);
    for (let i = 0; i < keys.length; i++) delete row[keyAlias(i)];
    return encodeCursor(print, values);
  });
  const nodes = request.toNodes(rows);
  return {
    edges: nodes.map((node, i) => ({ cursor: cursors[i], node })),
    pageInfo: {
      hasNextPage: window.forward ? more : before !== undefined,
      hasPreviousPage: window.forward ? after !== undefined : more,
      startCursor: cursors[0] ?? null,
      endCursor: cursors[cursors.length - 1] ?? null,
    },
    count,
  };
}
