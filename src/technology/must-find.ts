import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../graphql/errors';
import { decodeGlobalId } from '../graphql/global-id';

/**
 * Loads the object a reference argument points at, inside the caller's transaction.
 * A malformed ID is BAD_USER_INPUT, a missing object NOT_FOUND; both name `argument`.
 */
export async function mustFind<T extends { id: number }>(
  em: EntityManager,
  entity: EntityClass<T>,
  globalId: string,
  argument: string,
): Promise<T> {
  const found = await em.findOne(entity, { id: decodeGlobalId(globalId, entity.name, argument) } as never);
  if (!found) throw new NotFoundError(entity.name, globalId, argument);
  return found as T;
}

/** Like `mustFind`, for an optional reference of an update: undefined keeps, null clears. */
export async function resolveOptionalReference<T extends { id: number }>(
  em: EntityManager,
  entity: EntityClass<T>,
  globalId: string | null | undefined,
  argument: string,
): Promise<T | null | undefined> {
  if (globalId === undefined) return undefined;
  if (globalId === null) return null;
  return mustFind(em, entity, globalId, argument);
}
