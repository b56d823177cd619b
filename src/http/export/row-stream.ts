import type { Knex } from '@mikro-orm/postgresql';
import type { Client } from 'pg';
import Cursor from 'pg-cursor';
import { keysetCondition, type OrderKey, orderByClause, type Row } from '../../graphql/pagination';
import type { CursorValues } from '../../graphql/pagination/cursor';

/** Rows fetched per round trip: the most an export holds in memory at once. */
export const EXPORT_CHUNK_ROWS = 1000;

/**
 * Reads the rows of `base` in the order of `keys`, `chunkRows` at a time; `onChunk` gets each chunk
 * (and may wait, e.g. for the HTTP response to drain) and returns false to stop early (the client left).
 */
export type RowSource = (onChunk: (rows: Row[]) => Promise<boolean>) => Promise<void>;

/**
 * On PostgreSQL: one statement streamed from a server-side cursor (pg-cursor) on a connection taken
 * from the pool for the whole export and given back when done, failed or abandoned.
 */
export function cursorRows(
  knex: Knex,
  base: Knex.QueryBuilder,
  keys: OrderKey[],
  chunkRows = EXPORT_CHUNK_ROWS,
): RowSource {
  const { sql, bindings } = knex
    .select('r.*')
    .from(base.as('r'))
    .orderByRaw(orderByClause(keys, false))
    .toSQL()
    .toNative();
  return async (onChunk) => {
    const client = knex.client as {
      acquireConnection(): Promise<Client>;
      releaseConnection(c: Client): Promise<void>;
    };
    const connection = await client.acquireConnection();
    const cursor = connection.query(new Cursor<Row>(sql, bindings as unknown[]));
    try {
      for (;;) {
        const rows = await cursor.read(chunkRows);
        if (!rows.length) return;
        if (!(await onChunk(rows))) return;
        if (rows.length < chunkRows) return;
      }
    } finally {
      await cursor.close().catch(() => undefined);
      await client.releaseConnection(connection);
    }
  };
}

const keyAlias = (index: number): string => `__k${index}`;

/**
 * Where a server-side cursor is not available (embedded PGlite): keyset chunks, each one statement
 * `WHERE (keys) > (last row's keys) ORDER BY keys LIMIT n` — the same constant memory, and every
 * chunk costs what the first does.
 */
export function keysetRows(
  knex: Knex,
  base: Knex.QueryBuilder,
  keys: OrderKey[],
  chunkRows = EXPORT_CHUNK_ROWS,
): RowSource {
  return async (onChunk) => {
    let after: CursorValues | undefined;
    for (;;) {
      const query = knex
        .select(['r.*', ...keys.map((key, i) => knex.raw(`r."${key.column}"::text as "${keyAlias(i)}"`))])
        .from(base.clone().as('r'));
      if (after) {
        const condition = keysetCondition(keys, after, true);
        query.whereRaw(condition.sql, condition.bindings as Knex.RawBinding[]);
      }
      const rows = (await query.orderByRaw(orderByClause(keys, false)).limit(chunkRows)) as Row[];
      if (!rows.length) return;
      const last = rows[rows.length - 1];
      after = keys.map((_, i) => (last[keyAlias(i)] as string | null) ?? null);
      for (const row of rows) for (let i = 0; i < keys.length; i++) delete row[keyAlias(i)];
      if (!(await onChunk(rows))) return;
      if (rows.length < chunkRows) return;
    }
  };
}
