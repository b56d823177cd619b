import { type EntityClass, OptimisticLockError, wrap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, NotFoundError } from '../graphql/errors';
import { decodeGlobalId } from '../graphql/global-id';

type Versioned = { id: number; version: number };

/**
 * Loads `globalId` of `entity` inside the caller's transaction and checks the client's `version`.
 * A missing row is NOT_FOUND, a stale version CONFLICT; the UPDATE itself also carries
 * `where version = ?`, so a concurrent writer that got there first still makes this one a CONFLICT.
 */
export async function loadForUpdate<T extends Versioned>(
  em: EntityManager,
  entity: EntityClass<T>,
  globalId: string,
  version: number,
  argument = 'id',
): Promise<T> {
  const id = decodeGlobalId(globalId, entity.name, argument);
  const found = await em.findOne(entity, { id } as never);
  if (!found) throw new NotFoundError(entity.name, globalId);
  if (found.version !== version) {
    throw new ConflictError(
      `${entity.name} ${globalId} is at version ${found.version}, not ${version}: reload it and apply your change again`,
      { currentVersion: found.version },
    );
  }
  return found;
}

/** Assigns the defined fields of `changes` (undefined means "leave as is"). */
export function assignDefined<T extends object>(target: T, changes: Partial<T>): void {
  const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  wrap(target as never).assign(defined as never);
}

/** Runs `work` in one transaction, turning a lost optimistic-locking race into CONFLICT. */
export async function inTransaction<R>(
  em: EntityManager,
  work: (em: EntityManager) => Promise<R>,
): Promise<R> {
  try {
    return await em.transactional(work);
  } catch (error) {
    if (error instanceof OptimisticLockError) {
      throw new ConflictError('Someone else changed this record at the same time: reload it and retry');
    }
    throw error;
  }
}
