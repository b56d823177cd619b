import { wrap } from '@mikro-orm/core';
import { Field, type FieldOptions, type MiddlewareFn, UseMiddleware } from 'type-graphql';
import type { GraphQLContext } from './context';

/**
 * Resolves a many-to-one reference (an unloaded MikroORM reference holding only the key)
 * through the request's DataLoader, so that N parents cost one SQL statement.
 */
const loadReference: MiddlewareFn<GraphQLContext> = async ({ context }, next) => {
  const value = (await next()) as { id: number; constructor: new () => { id: number } } | null | undefined;
  if (!value || wrap(value, true).isInitialized()) return value;
  return context.loaders.byId(value.constructor).load(value.id);
};

/** `@Field` for a many-to-one relation property; `nullable` follows the column. */
export function RelationField(typeFunc: () => Function, options: FieldOptions): PropertyDecorator {
  return (target, key) => {
    Field(typeFunc, options)(target, key);
    UseMiddleware(loadReference)(target, key as string, undefined as never);
  };
}
