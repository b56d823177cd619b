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
