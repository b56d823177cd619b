import { type EntityClass, type EntityManager, type EntityMetadata, ReferenceKind } from '@mikro-orm/core';

/**
 * Read-only entity instances for the GraphQL read path, built straight from raw rows.
 *
 * MikroORM's hydration of a managed entity (entity factory, identity map, reference propagation,
 * change-tracking helper) cost ~40 µs per object and was about half of the strategy-execution
 * request's CPU (README). The loaders and connection pages only read, so they
 * build plain instances of the entity class instead: `instanceof`, `constructor.name` (the GraphQL
 * type, the global ID) and prototype getters work, field values are converted like MikroORM does
 * (custom types, dates), and a many-to-one column becomes a light reference `{ id }` of the
 * target class that `@RelationField` resolves through the request's loader.
 *
 * They are NOT managed: never pass them to `em.persist`/`assign` or set one as a relation of a
 * managed entity. Write paths load what they change with `em.findOne` / `loadForUpdate`.
 */

const READ_ONLY = Symbol('readOnly');
const REFERENCE = Symbol('reference');

interface Column {
  property: string;
  column: string;
  convert: (value: unknown) => unknown;
  /** For a many-to-one / owning one-to-one: the prototype of references to the target. */
  reference?: object;
}

interface Shape {
  prototype: object;
  columns: Column[];
  /** The value of a NULL column: undefined with MikroORM's `forceUndefined` (our config), else null. */
  nullValue: null | undefined;
}

const shapes = new WeakMap<object, Shape>();
const referencePrototypes = new WeakMap<object, object>();

/**
 * An intermediate prototype under the entity's own: it shadows MikroORM's change-tracking setters
 * on the entity prototype with plain data properties, so that assignments create own properties.
 */
function shadowPrototype(entity: Function, properties: string[], marker: symbol): object {
  const prototype = Object.create(entity.prototype as object) as Record<string | symbol, unknown>;
  for (const property of properties) {
    Object.defineProperty(prototype, property, { value: undefined, writable: true, configurable: true });
  }
  Object.defineProperty(prototype, marker, { value: true });
  return prototype;
}

function referencePrototype(target: Function): object {
  let prototype = referencePrototypes.get(target);
  if (!prototype) {
    prototype = shadowPrototype(target, ['id'], REFERENCE);
    referencePrototypes.set(target, prototype);
  }
  return prototype;
}

function converter(meta: EntityMetadata, name: string, em: EntityManager): Column['convert'] {
  const prop = meta.properties[name as never];
  const platform = em.getPlatform();
  const custom = prop.customType;
  if (custom) return (value) => custom.convertToJSValue(value, platform);
  if (prop.runtimeType === 'boolean') return (value) => !!value;
  if (prop.runtimeType === 'Date') {
    return (value) => (value instanceof Date ? value : new Date(value as string));
  }
  return (value) => value;
}

function shapeOf(em: EntityManager, entity: Function): Shape {
  let shape = shapes.get(entity);
  if (shape) return shape;
  const meta = em.getMetadata().get(entity.name);
  const columns: Column[] = [];
  for (const prop of meta.props) {
    if (prop.persist === false || prop.formula || !prop.fieldNames?.length) continue;
    if (prop.kind === ReferenceKind.SCALAR) {
      columns.push({
        property: prop.name,
        column: prop.fieldNames[0],
        convert: converter(meta, prop.name, em),
      });
    } else if (
      prop.kind === ReferenceKind.MANY_TO_ONE ||
      (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)
    ) {
      if (prop.fieldNames.length !== 1)
        throw new Error(`read-only: composite reference ${meta.className}.${prop.name}`);
      columns.push({
        property: prop.name,
        column: prop.fieldNames[0],
        convert: (value) => value,
        reference: referencePrototype(prop.targetMeta!.class),
      });
    }
  }
  shape = {
    prototype: shadowPrototype(
      entity,
      columns.map((column) => column.property),
      READ_ONLY,
    ),
    columns,
    nullValue: em.config.get('forceUndefined') ? undefined : null,
  };
  shapes.set(entity, shape);
  return shape;
}

/**
 * The prototype of read-only instances of `entity` (an `Object.create` of it, with properties
 * assigned one by one, is a read-only instance), for readers that build rows of their own shape.
 */
export function readOnlyPrototype<T>(em: EntityManager, entity: EntityClass<T>): T {
  return shapeOf(em, entity).prototype as T;
}

/** A light reference to the `target` row `id`: only `id` is set (see `isReadOnlyReference`). */
export function readOnlyReference<T>(target: EntityClass<T>, id: number): T {
  const ref = Object.create(referencePrototype(target)) as { id: number };
  ref.id = id;
  return ref as T;
}

/** True for a reference made by `readOnlyReference` / `readOnlyEntity` (only its `id` is known). */
export function isReadOnlyReference(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[REFERENCE] === true
  );
}

/** True for an instance built by `readOnlyEntity`. */
export function isReadOnlyEntity(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[READ_ONLY] === true
  );
}

/**
 * Builds a read-only instance of `entity` from a raw row keyed by column name (`select *`), e.g.
 * from `qb.execute('all', false)` or a knex query. Columns absent from the row stay undefined.
 */
export function readOnlyEntity<T>(
  em: EntityManager,
  entity: EntityClass<T>,
  row: Record<string, unknown>,
): T {
  const shape = shapeOf(em, entity);
  const instance = Object.create(shape.prototype) as Record<string, unknown>;
  for (const column of shape.columns) {
    const value = row[column.column];
    if (value === undefined) continue;
    if (value === null) {
      instance[column.property] = shape.nullValue;
    } else if (column.reference) {
      const ref = Object.create(column.reference) as { id: unknown };
      ref.id = value;
      instance[column.property] = ref;
    } else {
      instance[column.property] = column.convert(value);
    }
  }
  return instance as T;
}
