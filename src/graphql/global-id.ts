import { raw, sql, type Sql } from '../db/sql';
import { BadUserInputError } from './errors';

/**
 * Opaque, globally unique IDs: base64url("TypeName:primaryKey").
 * Clients must treat them as opaque; the encoding lets `node(id)` find the row.
 */
export function encodeGlobalId(typeName: string, id: number): string {
  return Buffer.from(`${typeName}:${id}`, 'utf8').toString('base64url');
}

export interface DecodedGlobalId {
  typeName: string;
  id: number;
}

export function tryDecodeGlobalId(globalId: string): DecodedGlobalId | undefined {
  if (typeof globalId !== 'string' || !/^[A-Za-z0-9_-]{1,200}$/.test(globalId)) return undefined;
  const text = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Za-z]+):([1-9]\d{0,15})$/.exec(text);
  if (!match) return undefined;
  const id = Number(match[2]);
  return Number.isSafeInteger(id) ? { typeName: match[1], id } : undefined;
}

/** Decodes an ID argument that must name a `typeName`; a wrong or malformed ID is BAD_USER_INPUT. */
export function decodeGlobalId(globalId: string, typeName: string, argument = 'id'): number {
  const decoded = tryDecodeGlobalId(globalId);
  if (!decoded || decoded.typeName !== typeName) {
    throw new BadUserInputError(`${argument}: ${JSON.stringify(globalId)} is not a ${typeName} ID`, {
      argument,
    });
  }
  return decoded.id;
}

const TYPE_NAME = /^[A-Za-z]+$/;

/**
 * `encodeGlobalId(typeName, id)` in SQL: base64url of "TypeName:id" without padding. The base64 of
 * the whole 3-byte groups of "TypeName:" does not depend on the id, so it is computed here once and
 * SQL encodes only the rest (what is left of "TypeName:", then the id's digits: at most 21 bytes, so
 * no line breaks to remove). `idExpression` is trusted SQL (a column).
 */
export function globalIdSql(typeName: string, idExpression: string): Sql {
  if (!TYPE_NAME.test(typeName)) throw new Error(`globalIdSql: bad type name ${JSON.stringify(typeName)}`);
  const prefix = `${typeName}:`;
  const whole = prefix.length - (prefix.length % 3);
  const encoded = Buffer.from(prefix.slice(0, whole), 'utf8').toString('base64url');
  return sql`(${encoded}::text || translate(rtrim(encode(convert_to(${prefix.slice(whole)}::text || ${raw(
    idExpression,
  )}, 'UTF8'), 'base64'), '='), '+/', '-_'))`;
}
