import type { MetadataStorage } from '@mikro-orm/core';
import {
  type FieldNode,
  getArgumentValues,
  getNamedType,
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  isEnumType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { fieldHiddenFrom } from '../../auth/policy';
import type { Role } from '../../auth/role.enum';
import { joinSql, raw, Sql, sql } from '../../db/sql';
import { globalIdSql } from '../global-id';
import { collectFields, type Selection, subSelections } from './collect-fields';
import { type EntityModel, typeModel } from './type-model';

/** One selected entity as SQL: a JSON object that is already the field's JSON in the response. */
export interface CompiledEntity {
  table: string;
  json: Sql;
}

/** PostgreSQL truncates longer identifiers (NAMEDATALEN): such an alias runs through the resolvers. */
const MAX_KEY_LENGTH = 63;

const ISO_TIMESTAMP = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/** A JSON string literal as a SQL string literal (response keys and type names: GraphQL names only). */
const literal = (text: string): Sql => raw(`'${text.replace(/'/g, "''")}'`);

/** `value` (an enum's stored value) as the enum's GraphQL name, the way graphql-js serialises it. */
function enumName(type: GraphQLEnumType, value: Sql): Sql {
  const values = type.getValues();
  if (values.every((entry) => entry.value === entry.name)) return sql`${value}::text`;
  const cases = values.map((entry) => sql` when ${literal(String(entry.value))} then ${literal(entry.name)}`);
  return sql`(case ${value}::text${joinSql(cases, '')} end)`;
}

/** A leaf in the JSON form graphql-js gives it (what the resolvers return, serialised). */
function leaf(type: GraphQLOutputType, value: Sql): Sql | undefined {
  const named = getNamedType(type);
  if (isEnumType(named)) return enumName(named, value);
  switch (named.name) {
    case 'String':
    case 'Int':
    case 'Boolean':
    case 'ID':
      return value;
    // float8 prints the shortest text that reads back as the same double, like JSON.stringify.
    case 'Float':
      return sql`${value}::float8`;
    case 'Decimal':
    case 'Date':
      return sql`${value}::text`;
    case 'DateTime':
      return sql`to_char(${value} at time zone 'UTC', ${raw(ISO_TIMESTAMP)})`;
    default:
      return undefined;
  }
}

/**
 * Compiles selections on entity types into SQL that builds the response JSON itself: columns read
 * the row, many-to-one references and twin lists are correlated subqueries, so a whole subtree is
 * one statement and its JSON goes to the client as PostgreSQL wrote it. `undefined` means some
 * selected field has no SQL form: the caller falls back to the resolvers.
 */
export class EntitySqlCompiler {
  private aliases = 0;

  constructor(
    private readonly selection: Selection,
    private readonly metadata: MetadataStorage,
    private readonly role: Role,
  ) {}

  alias(): string {
    return `c${this.aliases++}`;
  }

  /** The compiled selection of an entity type (row alias `alias`), or undefined when it has no SQL form. */
  entity(type: GraphQLObjectType, nodes: readonly FieldNode[], alias: string): CompiledEntity | undefined {
    const model = typeModel(type, this.metadata);
    if (model?.kind !== 'entity') return undefined;
    const json = this.object(type, model, nodes, alias);
    return json && { table: model.table, json };
  }

  private object(
    type: GraphQLObjectType,
    model: EntityModel,
    nodes: readonly FieldNode[],
    alias: string,
  ): Sql | undefined {
    const pairs: Sql[] = [];
    for (const [key, fieldNodes] of collectFields(this.selection, type, subSelections(nodes))) {
      const name = fieldNodes[0].name.value;
      let value: Sql | undefined;
      if (name === '__typename') value = literal(type.name);
      else {
        value = fieldHiddenFrom(this.role, type.name, name)
          ? raw('null')
          : this.field(type, model, type.getFields()[name], fieldNodes, alias);
      }
      if (!value || key.length > MAX_KEY_LENGTH) return undefined;
      pairs.push(sql`${value} as ${raw(`"${key}"`)}`);
    }
    // row_to_json writes compact JSON with the columns' names as keys, in order (json_build_object
    // pads with spaces and takes 50 keys at most).
    if (!pairs.length) return raw(`'{}'::json`);
    return sql`(select row_to_json(${raw(alias)}_r) from (select ${joinSql(pairs, ', ')}) ${raw(alias)}_r)`;
  }

  private field(
    type: GraphQLObjectType,
    model: EntityModel,
    definition: GraphQLField<unknown, unknown>,
    nodes: FieldNode[],
    alias: string,
  ): Sql | undefined {
    const read = model.fields.get(definition.name);
    if (!read) return undefined;
    const fieldType = definition.type;
    if (read.kind === 'globalId') return globalIdSql(type.name, `${alias}.id`);
    if (read.kind === 'column') return leaf(fieldType, raw(`${alias}."${read.column}"`));
    const args = getArgumentValues(definition, nodes[0], this.selection.variables);
    if (read.kind === 'twin' && read.twin.kind === 'value') {
      if (!isLeafType(getNamedType(fieldType))) return undefined;
      const value = read.twin.value(args, alias);
      return value && (isEnumType(getNamedType(fieldType)) ? leaf(fieldType, value) : value);
    }
    const target = getNamedType(fieldType);
    if (!isObjectType(target)) return undefined;
    const targetModel = typeModel(target, this.metadata);
    if (targetModel?.kind !== 'entity') return undefined;
    const child = this.alias();
    const json = this.object(target, targetModel, nodes, child);
    if (!json) return undefined;
    if (read.kind === 'reference') {
      if (isListType(fieldType)) return undefined;
      return sql`(select ${json} from ${raw(`"${targetModel.table}" ${child}`)} where ${raw(
        `${child}.id = ${alias}."${read.column}"`,
      )})`;
    }
    const list = isNonNullType(fieldType) ? fieldType.ofType : fieldType;
    if (read.twin.kind !== 'rows' || !isListType(list)) return undefined;
    const rows = read.twin.rows(args, alias, child);
    if (!rows) return undefined;
    return sql`coalesce((select json_agg(${json} order by ${raw(rows.orderBy)}) ${rows.from}), '[]'::json)`;
  }
}
