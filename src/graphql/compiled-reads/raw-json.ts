import type { RequestHandler, Response } from 'express';

/** JSON text that PostgreSQL wrote (a compiled entity): goes into the response as it is. */
export class RawJson {
  constructor(readonly text: string) {}
}

/** `value` as JSON text; RawJson parts are spliced in unparsed. */
export function stringifyWithRaw(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(stringifyWithRaw).join(',')}]`;
  // Objects with toJSON (a DateTime serialises to a Date) go through JSON.stringify, like graphql-js's answer.
  if (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { toJSON?: unknown }).toJSON !== 'function'
  ) {
    const parts: string[] = [];
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) parts.push(`${JSON.stringify(key)}:${stringifyWithRaw(item)}`);
    }
    return `{${parts.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Where a compiled read leaves its `data` text for `spliceCompiledData` (one per request). */
export interface CompiledDataSlot {
  text?: string;
}

/**
 * Apollo serialises the response itself: a compiled read hands it a placeholder for `data` and
 * `spliceCompiledData` puts the real text in its place. The placeholder starts with a NUL, which
 * JSON.stringify escapes as `\u0000` and which no PostgreSQL text (hence no data) can contain.
 */
const PLACEHOLDER = '\u0000compiled-data';
const PLACEHOLDER_JSON = JSON.stringify(PLACEHOLDER);

/** A stand-in for `data`, to put into Apollo's response, after leaving the real text in `slot`. */
export function compiledData(slot: CompiledDataSlot, text: string): { toJSON(): string } {
  slot.text = text;
  return { toJSON: () => PLACEHOLDER };
}

/** The request's slot (created by `spliceCompiledData`), for its GraphQL context. */
export function compiledDataSlotOf(res: Response): CompiledDataSlot | undefined {
  return (res.locals as { compiledData?: CompiledDataSlot }).compiledData;
}

/** Express middleware in front of Apollo: puts a compiled `data` text in the place of its placeholder. */
export function spliceCompiledData(): RequestHandler {
  return (_req, res, next) => {
    const slot: CompiledDataSlot = {};
    (res.locals as { compiledData?: CompiledDataSlot }).compiledData = slot;
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (slot.text !== undefined && typeof body === 'string') {
        const at = body.indexOf(PLACEHOLDER_JSON);
        if (at >= 0) body = body.slice(0, at) + slot.text + body.slice(at + PLACEHOLDER_JSON.length);
        slot.text = undefined;
      }
      return send(body);
    };
    next();
  };
}
