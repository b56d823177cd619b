import { createHash } from 'node:crypto';
import { BadUserInputError } from '../errors';

/** A cursor's order-key values as PostgreSQL text (null for SQL NULL), in `orderBy` order. */
export type CursorValues = (string | null)[];

/** JSON with object keys sorted and undefined dropped, so equal inputs give equal text. */
function canonical(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A short hash of the list, its filter and its order: a cursor is only valid where it was issued. */
export function fingerprint(list: string, filter: unknown, orderBy: unknown): string {
  return createHash('sha256').update(canonical({ list, filter, orderBy })).digest('base64url').slice(0, 16);
}

/** Opaque cursor: base64url of `{ f: fingerprint, v: order-key values }`. */
export function encodeCursor(print: string, values: CursorValues): string {
  return Buffer.from(JSON.stringify({ f: print, v: values }), 'utf8').toString('base64url');
}

/**
 * Decodes the cursor passed as `argument`; malformed, foreign (another list, filter or order)
 * or with the wrong number of keys is BAD_USER_INPUT.
 */
export function decodeCursor(
  cursor: string,
  argument: string,
  print: string,
  keyCount: number,
): CursorValues {
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]{1,8000}$/.test(cursor)) throw new Error('not base64url');
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new BadUserInputError(
      `${argument}: ${JSON.stringify(cursor.slice(0, 60))} is not a cursor; pass a \`cursor\`, \`startCursor\` or \`endCursor\` value unchanged`,
      { argument },
    );
  }
  const { f, v } = (parsed ?? {}) as { f?: unknown; v?: unknown };
  const valid =
    typeof f === 'string' &&
    Array.isArray(v) &&
    v.every((value) => value === null || typeof value === 'string');
  if (!valid) {
    throw new BadUserInputError(`${argument}: the cursor is malformed; pass a cursor value unchanged`, {
      argument,
    });
  }
  if (f !== print || v.length !== keyCount) {
    throw new BadUserInputError(
      `${argument}: the cursor was issued for a different list, filter or orderBy; start again without \`${argument}\` when you change the filter or the order`,
      { argument },
    );
  }
  return v as CursorValues;
}
