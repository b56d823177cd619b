import type { FilterQuery } from '@mikro-orm/core';
import type { GraphQLContext } from '../graphql/context';
import { Risk } from './risk.entity';

/**
 * The risks whose `property` points at `key`, highest exposure (likelihood × impact) first, then oldest:
 * one SQL statement per batch; archived risks only with `includeArchived`.
 */
export async function risksBy(
  ctx: GraphQLContext,
  property: 'goal' | 'project' | 'kpi',
  key: number,
  includeArchived: boolean,
): Promise<Risk[]> {
  const where = (includeArchived ? {} : { archivedAt: null }) as FilterQuery<Risk>;
  const risks = await ctx.loaders.manyBy(Risk, property, { id: 'asc' }, where).load(key);
  return [...risks].sort((a, b) => b.exposure - a.exposure || a.id - b.id);
}
