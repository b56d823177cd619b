import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';

type Row = { id: number };

/**
 * Per-request DataLoaders. Every relation field goes through one of these, so that a query
 * makes one SQL statement per relation in its shape, whatever the number of rows.
 */
export class Loaders {
  private readonly cache = new Map<string, DataLoader<any, any>>();

  constructor(private readonly em: EntityManager) {}

  /** Loads entities by primary key. */
  byId<T extends Row>(entity: EntityClass<T>): DataLoader<number, T | null> {
    return this.memo(
      `id:${entity.name}`,
      () =>
        new DataLoader<number, T | null>(async (ids) => {
          const rows = await this.em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
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
          const rows = await this.em.find(
            entity,
            { $and: [{ [property]: { $in: [...keys] } }, where] } as FilterQuery<T>,
            { orderBy: orderBy as never },
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
