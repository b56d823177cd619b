import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { entityScopeCondition } from '../auth/entity-scope';
import type { OrgScope } from '../auth/org-scope';
import { readOnlyEntity } from './read-only';

type Row = { id: number };

/**
 * Per-request DataLoaders. Every relation field goes through one of these, so that a query
 * makes one SQL statement per relation in its shape, whatever the number of rows.
 * With an org scope (UNIT_LEAD), `byId` and `manyBy` add the entity's visibility rule
 * (`entityScopeCondition`, src/auth/entity-scope.ts) to their SQL: a row outside the scope
 * loads as null (byId) or is absent (manyBy), exactly like a row that does not exist.
 */
export class Loaders {
  private readonly cache = new Map<string, DataLoader<any, any>>();

  constructor(
    private readonly em: EntityManager,
    private readonly scope: OrgScope | null = null,
  ) {}

  /**
   * Rows of `entity` matching `where` (and the caller's org scope), in `orderBy` order: one statement.
   * They are read-only instances built from the raw rows (src/graphql/read-only.ts), not managed
   * entities: MikroORM's hydration was the largest CPU cost of a read. Write paths never use loaders.
   */
  private async find<T extends Row>(
    entity: EntityClass<T>,
    where: FilterQuery<T>,
    orderBy?: Record<string, 'asc' | 'desc'>,
  ): Promise<T[]> {
    const qb = this.em.createQueryBuilder(entity, 's').select('*').where(where);
    const scoped = entityScopeCondition(entity.name, 's', this.scope);
    if (scoped) void qb.andWhere(scoped.sql, scoped.bindings);
    if (orderBy) void qb.orderBy(orderBy as never);
    const rows = await qb.execute<Record<string, unknown>[]>('all', false);
    return this.known(
      entity,
      rows.map((row) => readOnlyEntity(this.em, entity, row)),
    );
  }

  /**
   * Primes `byId(entity)` with rows already read in this request (what MikroORM's identity map did
   * for managed entities), so that a reference to one of them costs no statement. Unscoped callers
   * only: with an org scope a reference always goes through the scoped loader (relation-field.ts).
   * Returns `rows`.
   */
  known<T extends Row>(entity: EntityClass<T>, rows: T[]): T[] {
    if (this.scope) return rows;
    const loader = this.byId(entity);
    for (const row of rows) loader.prime(row.id, row);
    return rows;
  }

  /**
   * Loads entities by primary key. `fieldPath` (a relation field's path without list indices) gives
   * that field a batch of its own when the caller is scoped: nothing is primed then, and one shared
   * batch would merge or split across fields depending on when the database answers, so the
   * statement count would no longer follow the query's shape alone.
   */
  byId<T extends Row>(entity: EntityClass<T>, fieldPath?: string): DataLoader<number, T | null> {
    const along = this.scope && fieldPath ? `@${fieldPath}` : '';
    return this.memo(
      `id:${entity.name}${along}`,
      () =>
        new DataLoader<number, T | null>(async (ids) => {
          const rows = await this.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
          const byId = new Map(rows.map((row) => [row.id, row]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
  }

  /** Loads the rows whose foreign key `property` points at each key, in `orderBy` order. */
  manyBy<T extends Row>(
    entity: EntityClass<T>,
    property: keyof T & string,
    orderBy: Record<string, 'asc' | 'desc'> = { id: 'asc' },
    where: FilterQuery<T> = {} as FilterQuery<T>,
  ): DataLoader<number, T[]> {
    return this.memo(
      `many:${entity.name}.${property}:${JSON.stringify(orderBy)}:${JSON.stringify(where)}`,
      () =>
        new DataLoader<number, T[]>(async (keys) => {
          const rows = await this.find(
            entity,
            { $and: [{ [property]: { $in: [...keys] } }, where] } as FilterQuery<T>,
            orderBy,
          );
          const groups = new Map<number, T[]>(keys.map((key) => [key, []]));
          for (const row of rows) {
            const ref = (row as Record<string, unknown>)[property] as Row | number | null;
            const key = typeof ref === 'number' ? ref : ref?.id;
            if (key !== undefined) groups.get(key)?.push(row);
          }
          return keys.map((key) => groups.get(key) ?? []);
        }),
    );
  }

  /** A loader of any other shape, built once per request under `key`. */
  memo<K, V>(key: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.cache.get(key);
    if (!loader) {
      loader = create();
      this.cache.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }
}
