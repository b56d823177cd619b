import type { EntityManager } from '@mikro-orm/postgresql';
import { intArray, raw, sql } from '../../db/sql';
import { RawJson } from './raw-json';
import type { EntityBatch, ReadPlan } from './read-plan';

/** A value the plan cannot place (a null in a non-null position, a list that is no array): fall back. */
export class UnplannedValueError extends Error {}

type Holder = Record<string | number, unknown>;

/**
 * Puts `value` (what a resolver returned) into `holder[key]` as `plan` says: leaves serialised as
 * graphql-js does, plain objects walked, entities registered with their batch (filled in by
 * `runBatches` as RawJson). Synchronous unless a value is a promise (a fact page holds 20,000 leaves).
 */
export function place(
  plan: ReadPlan,
  value: unknown,
  holder: Holder,
  key: string | number,
): void | Promise<void> {
  if (value instanceof Promise) return value.then((resolved) => place(plan, resolved, holder, key));
  if (value === null || value === undefined) {
    if (plan.nonNull) throw new UnplannedValueError(`null at a non-null ${String(key)}`);
    holder[key] = null;
    return;
  }
  switch (plan.kind) {
    case 'leaf':
      holder[key] = plan.type.serialize(value);
      return;
    case 'list': {
      if (!Array.isArray(value)) throw new UnplannedValueError(`${String(key)} is no list`);
      const items: unknown[] = [];
      holder[key] = items;
      return placeAll(value.map((item, i) => () => place(plan.item, item, items as never, i)));
    }
    case 'plain': {
      const result: Holder = {};
      holder[key] = result;
      const source = value as Record<string, unknown>;
      return placeAll(
        plan.fields.map((field) => () => {
          if (field.constant !== undefined) {
            result[field.key] = field.constant;
            return;
          }
          let fieldValue = source[field.property!];
          if (typeof fieldValue === 'function') fieldValue = (fieldValue as () => unknown).call(source);
          return place(field.plan!, fieldValue, result, field.key);
        }),
      );
    }
    case 'entity': {
      const id = (value as { id?: unknown }).id;
      if (typeof id !== 'number') throw new UnplannedValueError(`${String(key)} has no id`);
      holder[key] = null; // keeps the key's place in the result; filled in by runBatches
      plan.batch.targets.push({ holder, key, id });
    }
  }
}

/** Runs `steps` in order; waits only where one returns a promise (keys keep their query order). */
function placeAll(steps: (() => void | Promise<void>)[]): void | Promise<void> {
  for (let i = 0; i < steps.length; i++) {
    const pending = steps[i]();
    if (pending) {
      return pending.then(async () => {
        for (let j = i + 1; j < steps.length; j++) await steps[j]();
      });
    }
  }
}

/** Runs each batch that has entities: one SQL statement per batch, then fills in its targets. */
export async function runBatches(em: EntityManager, batches: EntityBatch[]): Promise<void> {
  for (const batch of batches) {
    if (!batch.targets.length) continue;
    const ids = intArray([...new Set(batch.targets.map((target) => target.id))]);
    const query = sql`select ${raw(batch.alias)}.id, ${batch.compiled.json}::text as json from ${raw(
      `"${batch.compiled.table}" ${batch.alias}`,
    )} where ${raw(batch.alias)}.id = any(${ids}::int[])`;
    const rows = await em
      .getConnection()
      .execute<{ id: number; json: string }[]>(query.text, query.bindings as never[], 'all');
    const byId = new Map(rows.map((row) => [row.id, row.json]));
    for (const target of batch.targets) {
      const json = byId.get(target.id);
      target.holder[target.key] = json === undefined ? null : new RawJson(json);
    }
  }
}
