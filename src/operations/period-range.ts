import type { FilterQuery } from '@mikro-orm/core';
import { BadUserInputError } from '../graphql/errors';

/** `{ period: { $gte: from, $lte: to } }` with only the bounds given; from after to is BAD_USER_INPUT. */
export function periodRange<T>(from?: string | null, to?: string | null): FilterQuery<T> {
  if (from && to && from > to) {
    throw new BadUserInputError(`from (${from}) must be on or before to (${to})`, { argument: 'from' });
  }
  const period: Record<string, string> = {};
  if (from) period.$gte = from;
  if (to) period.$lte = to;
  return (Object.keys(period).length ? { period } : {}) as FilterQuery<T>;
}
