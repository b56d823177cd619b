import type { EntityClass } from '@mikro-orm/core';
import type { GraphQLContext } from '../context';
import type { ConnectionData } from './connection';
import { paginate, type PageRequest } from './paginate';

/**
 * Pages a list of entities: the page's rows come from one keyset query and are hydrated with
 * `em.map` (no further statement), so entity fields and `@RelationField` references work as usual.
 */
export function pageOfEntities<T extends object>(
  ctx: GraphQLContext,
  entity: EntityClass<T>,
  request: Omit<PageRequest<T>, 'toNodes'>,
): Promise<ConnectionData<T>> {
  return paginate(ctx.em.getKnex(), {
    ...request,
    toNodes: (rows) =>
      rows.map((row) => {
        // Computed helper columns (`__name`, e.g. a sort expression) are not entity properties.
        for (const key of Object.keys(row)) if (key.startsWith('__')) delete row[key];
        return ctx.em.map(entity, row as never);
      }),
  });
}
