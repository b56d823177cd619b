import { type EntityMetadata, type MetadataStorage, ReferenceKind } from '@mikro-orm/core';
import type { GraphQLObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { type SqlTwin, twinOf } from './sql-twins';

/** How a field of an entity type reads in SQL; a field missing from `fields` is not compiled. */
export type EntityField =
  | { kind: 'globalId' }
  /** `property`: the entity property holding the column's value (what the resolvers return). */
  | { kind: 'column'; column: string; property: string }
  /** A many-to-one: the foreign key column of this table. */
  | { kind: 'reference'; column: string }
  | { kind: 'twin'; twin: SqlTwin };

export interface EntityModel {
  kind: 'entity';
  table: string;
  fields: Map<string, EntityField>;
  /** The fields read from the entity instance itself (columns, the global ID) → their property. */
  ownProperties: Map<string, string>;
}

/** A non-entity object (a connection, an edge, page info): its fields read JS properties, getters or methods. */
export interface PlainModel {
  kind: 'plain';
  /** GraphQL field → the property, getter or argument-less method that holds its value. */
  properties: Map<string, string>;
}

export type TypeModel = EntityModel | PlainModel;

/** MikroORM column types whose raw PostgreSQL value becomes the same JSON as the hydrated property. */
const PLAIN_COLUMN_TYPES = new Set([
  'DecimalType',
  'DateType',
  'DateTimeType',
  'IntegerType',
  'SmallIntType',
  'StringType',
  'TextType',
  'BooleanType',
  'DoubleType',
  'FloatType',
  'EnumType',
  'CharacterType',
]);

const models = new WeakMap<GraphQLObjectType, TypeModel | null>();

const inherits = (type: Function, from: Function): boolean => type === from || type.prototype instanceof from;

function classOf(type: GraphQLObjectType): Function | undefined {
  return getMetadataStorage().objectTypes.find((objectType) => objectType.name === type.name)?.target;
}

/** True when a resolver class (not the type itself) resolves `field` of `target`. */
function hasExternalResolver(target: Function, field: string): boolean {
  return getMetadataStorage().fieldResolvers.some(
    (resolver) =>
      resolver.kind === 'external' &&
      resolver.schemaName === field &&
      inherits(target, resolver.getObjectType!() as Function),
  );
}

function propertyOf(target: Function, field: string): string | undefined {
  return getMetadataStorage().fields.find(
    (metadata) => metadata.schemaName === field && inherits(target, metadata.target),
  )?.name;
}

function entityField(
  type: GraphQLObjectType,
  target: Function,
  meta: EntityMetadata,
  field: string,
): EntityField | undefined {
  const twin = twinOf(type.name, field);
  if (twin) return { kind: 'twin', twin };
  if (type.getFields()[field].args.length || hasExternalResolver(target, field)) return undefined;
  const name = propertyOf(target, field);
  if (field === 'id' && name === 'globalId') return { kind: 'globalId' };
  const property = name ? meta.properties[name] : undefined;
  if (!property || property.persist === false || property.fieldNames?.length !== 1) return undefined;
  const column = property.fieldNames[0];
  if (property.kind === ReferenceKind.MANY_TO_ONE) return { kind: 'reference', column };
  if (property.kind !== ReferenceKind.SCALAR) return undefined;
  const custom = property.customType?.constructor.name;
  if (custom && !PLAIN_COLUMN_TYPES.has(custom)) return undefined;
  return { kind: 'column', column, property: name! };
}

function buildModel(type: GraphQLObjectType, metadata: MetadataStorage): TypeModel | null {
  const target = classOf(type);
  if (!target) return null;
  const meta = metadata.find(target.name);
  if (meta && !meta.embeddable && !meta.virtual && meta.tableName) {
    const fields = new Map<string, EntityField>();
    const ownProperties = new Map<string, string>();
    for (const field of Object.keys(type.getFields())) {
      const read = entityField(type, target, meta, field);
      if (read) fields.set(field, read);
      if (read?.kind === 'column') ownProperties.set(field, read.property);
      if (read?.kind === 'globalId') ownProperties.set(field, 'globalId');
    }
    return { kind: 'entity', table: meta.tableName, fields, ownProperties };
  }
  const properties = new Map<string, string>();
  for (const [field, definition] of Object.entries(type.getFields())) {
    if (definition.args.length || hasExternalResolver(target, field)) continue;
    const name = propertyOf(target, field);
    if (name) properties.set(field, name);
  }
  return { kind: 'plain', properties };
}

/** The model of `type`, derived once from type-graphql's and MikroORM's metadata; null when unknown. */
export function typeModel(type: GraphQLObjectType, metadata: MetadataStorage): TypeModel | null {
  let model = models.get(type);
  if (model === undefined) {
    model = buildModel(type, metadata);
    models.set(type, model);
  }
  return model;
}
