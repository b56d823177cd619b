import type { EntityClass } from '@mikro-orm/core';
import type { GraphQLContext } from '../context';
import { readOnlyEntity } from '../read-only';
import type { ConnectionData } from './connection';
import { paginate, type PageRequest } from './paginate';

/**
 * Pages a list of entities: the page's rows come from one keyset query and become read-only
 * instances (src/graphql/read-only.ts, no further statement, no MikroORM hydration), so entity
 * fields and `@RelationField` references work as usual.
 */
export function pageOfEntities<T extends object>(
  ctx: GraphQLContext,
  entity: EntityClass<T>,
  request: Omit<PageRequest<T>, 'toNodes'>,
): Promise<ConnectionData<T>> {
  return paginate(ctx.em.getKnex(), {
    ...request,
    toNodes: (rows) => {
      const nodes = rows.map((row) => {
        // Computed helper columns (`__name`, e.g. a sort expression) are not entity properties.
        for (const key of Object.keys(row)) if (key.startsWith('__')) delete row[key];
        return readOnlyEntity(ctx.em, entity, row);
      });
      // Unscoped, a reference to a row of the page then costs no statement (as the identity map did).
      ctx.loaders.known(entity as EntityClass<T & { id: number }>, nodes as (T & { id: number })[]);
      return nodes;
    },
  });
}
