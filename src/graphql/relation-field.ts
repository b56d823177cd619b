import { wrap } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { Field, type FieldOptions, type MiddlewareFn, UseMiddleware } from 'type-graphql';
import type { GraphQLContext } from './context';
import { isReadOnlyReference } from './read-only';

/**
 * Resolves a many-to-one reference (a read-only reference or an unloaded MikroORM reference holding only the key)
 * through the request's DataLoader, so that N parents cost one SQL statement. For a UNIT_LEAD the
 * loader applies the org scope, so a reference out of the subtree is null.
 */
const loadReference: MiddlewareFn<GraphQLContext> = async ({ context, info }, next) => {
  const value = (await next()) as { id: number; constructor: new () => { id: number } } | null | undefined;
  if (!value) return value;
  // A read-only entity's reference (src/graphql/read-only.ts) holds only the key: always load it.
  if (isReadOnlyReference(value)) {
    return context.loaders.byId(value.constructor, fieldPath(info.path)).load(value.id);
  }
  // With an org scope the reference always goes through the scoped loader, even when the row is
  // already in the identity map: an out-of-scope row resolves to null, like a missing one.
  if (!context.scope && wrap(value, true).isInitialized()) return value;
  return context.loaders.byId(value.constructor, fieldPath(info.path)).load(value.id);
};

/** "goals.nodes.kpis.orgUnit" for goals.nodes[3].kpis[0].orgUnit: the field's place in the query's shape. */
function fieldPath(path: GraphQLResolveInfo['path']): string {
  const names: string[] = [];
  for (let at: GraphQLResolveInfo['path'] | undefined = path; at; at = at.prev) {
    if (typeof at.key === 'string') names.push(at.key);
  }
  return names.reverse().join('.');
}

/** `@Field` for a many-to-one relation property; `nullable` follows the column. */
export function RelationField(typeFunc: () => Function, options: FieldOptions): PropertyDecorator {
  return (target, key) => {
    Field(typeFunc, options)(target, key);
    UseMiddleware(loadReference)(target, key as string, undefined as never);
  };
}
