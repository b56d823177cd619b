import {
  coerceInputValue,
  getNamedType,
  getNullableType,
  type GraphQLField,
  type GraphQLInputField,
  GraphQLInputObjectType,
  type GraphQLInputType,
  isListType,
  isNonNullType,
} from 'graphql';
import { ExportRequestError } from './export-error';

/** The filter and order of one export, as the facts query would receive them as arguments. */
export interface ExportArguments {
  filter: Record<string, unknown>;
  orderBy: { field: string; direction: 'ASC' | 'DESC' }[];
}

/** `orderBy` plus every field of the filter input; range fields become `name.gte` and `name.lte`. */
export function knownParameters(queryField: GraphQLField<unknown, unknown>): string[] {
  const names: string[] = [];
  for (const field of Object.values(filterType(queryField).getFields())) {
    const named = getNamedType(field.type);
    if (named instanceof GraphQLInputObjectType) {
      for (const bound of Object.keys(named.getFields())) names.push(`${field.name}.${bound}`);
    } else {
      names.push(field.name);
    }
  }
  return [...names, 'orderBy'];
}

function filterType(queryField: GraphQLField<unknown, unknown>): GraphQLInputObjectType {
  const arg = queryField.args.find((a) => a.name === 'filter');
  const type = arg && getNamedType(arg.type);
  if (!(type instanceof GraphQLInputObjectType)) throw new Error(`${queryField.name} has no filter input`);
  return type;
}

/**
 * Reads the query string into the `filter` and `orderBy` arguments of `queryField` (e.g. `kpiFacts`),
 * checked by GraphQL's own input coercion against the schema, so the export takes exactly the filters
 * the facts query takes: lists as repeated parameters or comma-separated (`kpiCode=A,B`), ranges as
 * `period.gte=2025-01-01`, booleans as `true`/`false`, `orderBy=KPI_CODE:DESC,PERIOD`.
 * Unknown, repeated-where-single or malformed parameters throw ExportRequestError naming the parameter.
 */
export function parseExportParameters(
  params: URLSearchParams,
  queryField: GraphQLField<unknown, unknown>,
): ExportArguments {
  const filterInput = filterType(queryField);
  const known = new Set(knownParameters(queryField));
  for (const name of new Set(params.keys())) {
    if (!known.has(name)) {
      throw new ExportRequestError(
        `Unknown query parameter "${name}". Known parameters: ${[...known].join(', ')}.`,
      );
    }
  }

  const raw: Record<string, unknown> = {};
  for (const field of Object.values(filterInput.getFields())) {
    const named = getNamedType(field.type);
    if (named instanceof GraphQLInputObjectType) {
      const range: Record<string, unknown> = {};
      for (const bound of Object.values(named.getFields())) {
        const value = readParameter(params, `${field.name}.${bound.name}`, bound);
        if (value !== undefined) range[bound.name] = value;
      }
      if (Object.keys(range).length) raw[field.name] = range;
    } else {
      const value = readParameter(params, field.name, field);
      if (value !== undefined) raw[field.name] = value;
    }
  }
  const filter = coerce(raw, filterInput, (path) =>
    path.length > 1 ? path.join('.') : (path[0] ?? 'filter'),
  );
  return { filter: filter as Record<string, unknown>, orderBy: parseOrderBy(params, queryField) };
}

/** The value of one parameter converted to what its GraphQL input type expects; undefined when absent. */
function readParameter(params: URLSearchParams, name: string, field: GraphQLInputField): unknown {
  const given = params.getAll(name);
  if (!given.length) return undefined;
  const type = getNullableType(field.type) as GraphQLInputType;
  if (isListType(type)) {
    const items = given.flatMap((text) => text.split(',')).map((text) => text.trim());
    if (items.some((item) => item === '')) throw new ExportRequestError(`${name}: empty value in the list`);
    return items.map((item) => scalarText(name, item, field));
  }
  if (given.length > 1) throw new ExportRequestError(`${name}: give it once, not ${given.length} times`);
  return scalarText(name, given[0], field);
}

/** Query-string text as the JSON value the scalar expects (numbers and booleans are not strings). */
function scalarText(name: string, text: string, field: GraphQLInputField): unknown {
  const scalar = getNamedType(field.type).name;
  if (scalar === 'Int') {
    if (!/^-?\d{1,10}$/.test(text)) throw new ExportRequestError(`${name}: "${text}" is not a whole number`);
    return Number(text);
  }
  if (scalar === 'Float') {
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value))
      throw new ExportRequestError(`${name}: "${text}" is not a number`);
    return value;
  }
  if (scalar === 'Boolean') {
    if (text !== 'true' && text !== 'false')
      throw new ExportRequestError(`${name}: "${text}" is not true or false`);
    return text === 'true';
  }
  return text;
}

function coerce(value: unknown, type: GraphQLInputType, parameter: (path: string[]) => string) {
  return coerceInputValue(value, type, (path, invalid, error) => {
    const names = path.filter((p): p is string => typeof p === 'string');
    const shown = invalid === undefined ? '' : ` (got ${JSON.stringify(invalid)})`;
    throw new ExportRequestError(`${parameter(names)}: ${error.message}${shown}`);
  });
}

/** `orderBy=FIELD[:ASC|:DESC],…` checked against the query's order enum. */
function parseOrderBy(params: URLSearchParams, queryField: GraphQLField<unknown, unknown>) {
  const given = params.getAll('orderBy');
  if (!given.length) return [];
  if (given.length > 1)
    throw new ExportRequestError('orderBy: give it once, e.g. orderBy=KPI_CODE:DESC,PERIOD');
  const arg = queryField.args.find((a) => a.name === 'orderBy');
  if (!arg) throw new ExportRequestError('orderBy: this export has no order');
  const entries = given[0].split(',').map((part) => {
    const [field, direction = 'ASC', ...rest] = part.trim().split(':');
    if (!field || rest.length || !/^(ASC|DESC)$/i.test(direction)) {
      throw new ExportRequestError(`orderBy: "${part}" is not FIELD, FIELD:ASC or FIELD:DESC`);
    }
    return { field, direction: direction.toUpperCase() };
  });
  const type = isNonNullType(arg.type) ? arg.type.ofType : arg.type;
  return coerce(entries, type, () => 'orderBy') as ExportArguments['orderBy'];
}
