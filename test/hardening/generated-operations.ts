import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { encodeGlobalId } from '../../src/graphql/global-id';

/** Draws one value of an arbitrary (through fast-check's `fc.gen()`, so failures shrink). */
type Draw = <T>(arbitrary: fc.Arbitrary<T>) => T;

export interface GeneratedOperation {
  query: string;
  variables?: unknown;
  /** How it was made, for a failure report. */
  kind: 'schema' | 'variables' | 'garbage' | 'mangled';
}

const TYPE_NAMES = [
  'StrategicGoal',
  'Kpi',
  'TechProject',
  'Budget',
  'OrgUnit',
  'Person',
  'Risk',
  'Milestone',
  'Nope',
];

const scalarLiteral = (g: Draw, name: string): string => {
  switch (name) {
    case 'Int':
      return String(
        g(
          fc.oneof(
            fc.integer({ min: -3, max: 120 }),
            fc.constantFrom(0, 1, 1000, 1001, 2 ** 31, -(2 ** 31) - 1),
          ),
        ),
      );
    case 'Float':
      return String(
        g(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0, -0.5, 1e308))),
      );
    case 'Boolean':
      return String(g(fc.boolean()));
    case 'ID':
      return JSON.stringify(
        g(
          fc.oneof(
            fc
              .tuple(fc.constantFrom(...TYPE_NAMES), fc.integer({ min: -1, max: 50 }))
              .map(([t, n]) => encodeGlobalId(t, n)),
            fc.string({ maxLength: 30 }),
          ),
        ),
      );
    case 'Date':
      return JSON.stringify(
        g(
          fc.oneof(
            fc.constantFrom('2025-01-01', '2025-12-01', '2026-02-30', '1900-01-01', '9999-12-31'),
            fc.string({ maxLength: 12 }),
          ),
        ),
      );
    case 'DateTime':
      return JSON.stringify(
        g(fc.oneof(fc.constantFrom('2025-06-01T00:00:00Z', 'yesterday'), fc.string({ maxLength: 25 }))),
      );
    case 'Decimal':
      return JSON.stringify(
        g(
          fc.oneof(
            fc.constantFrom('0.00', '123.45', '-1', '1e400', '99999999999999999999.999'),
            fc.string({ maxLength: 10 }),
          ),
        ),
      );
    default:
      return JSON.stringify(
        g(fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 10 }))),
      );
  }
};

function valueLiteral(g: Draw, type: GraphQLInputType, depth: number): string {
  if (isNonNullType(type)) return valueLiteral(g, type.ofType, depth);
  if (g(fc.integer({ min: 0, max: 20 })) === 0) return 'null';
  if (isListType(type)) {
    const length = g(fc.integer({ min: 0, max: 3 }));
    return `[${Array.from({ length }, () => valueLiteral(g, type.ofType, depth + 1)).join(', ')}]`;
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    return g(
      fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...values) },
        { weight: 1, arbitrary: fc.constant('NOT_A_VALUE') },
      ),
    );
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return '{}';
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) || g(fc.boolean()));
    return `{ ${fields.map((f) => `${f.name}: ${valueLiteral(g, f.type, depth + 1)}`).join(', ')} }`;
  }
  if (isScalarType(type)) return scalarLiteral(g, type.name);
  return 'null';
}

function argumentsOf(g: Draw, args: readonly GraphQLArgument[]): string {
  const chosen = args.filter(
    (a) => (isNonNullType(a.type) && a.defaultValue === undefined) || g(fc.integer({ min: 0, max: 2 })) === 0,
  );
  if (!chosen.length) return '';
  return `(${chosen.map((a) => `${a.name}: ${valueLiteral(g, a.type, 0)}`).join(', ')})`;
}

function selectionOf(
  g: Draw,
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  depth: number,
  skip: Set<string>,
): string {
  if (isUnionType(type) || (isInterfaceType(type) && g(fc.boolean()))) {
    const possible = schema.getPossibleTypes(type as never) as GraphQLObjectType[];
    const target = g(fc.constantFrom(...possible));
    return `{ __typename ... on ${target.name} ${selectionOf(g, schema, target, depth, skip)} }`;
  }
  if (!isObjectType(type) && !isInterfaceType(type)) return '';
  const fields = (Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]).filter(
    (f) => !skip.has(f.name),
  );
  const usable = depth >= 4 ? fields.filter((f) => isLeafType(getNamedType(f.type))) : fields;
  if (!usable.length) return '{ __typename }';
  const count = g(fc.integer({ min: 1, max: Math.min(4, usable.length) }));
  const picked = g(fc.shuffledSubarray(usable, { minLength: count, maxLength: count }));
  const parts = picked.map((field) => {
    const named = getNamedType(field.type);
    const alias = g(fc.integer({ min: 0, max: 10 })) === 0 ? `x${g(fc.integer({ min: 0, max: 99 }))}: ` : '';
    const sub = isCompositeType(named) ? ` ${selectionOf(g, schema, named, depth + 1, skip)}` : '';
    return `${alias}${field.name}${argumentsOf(g, field.args)}${sub}`;
  });
  return `{ ${parts.join(' ')} }`;
}

/** A random operation over the schema's root fields, with random (often invalid) argument values. */
function schemaOperation(g: Draw, schema: GraphQLSchema, skip: Set<string>): GeneratedOperation {
  const mutation = schema.getMutationType();
  const root = mutation && g(fc.integer({ min: 0, max: 4 })) === 0 ? mutation : schema.getQueryType()!;
  const keyword = root === mutation ? 'mutation' : 'query';
  return { query: `${keyword} Generated ${selectionOf(g, schema, root, 1, skip)}`, kind: 'schema' };
}

/** A query taking variables, sent with random JSON values (wrong types, huge numbers, objects). */
function variablesOperation(g: Draw): GeneratedOperation {
  const query =
    'query Vars($first: Int, $after: String, $id: ID!, $asOf: Date) { goals(first: $first, after: $after) { totalCount nodes { id health(asOf: $asOf) { score } } } goal(id: $id) { id } }';
  const variables = g(
    fc.oneof(
      fc.record(
        { first: fc.jsonValue(), after: fc.jsonValue(), id: fc.jsonValue(), asOf: fc.jsonValue() },
        { requiredKeys: [] },
      ),
      fc.jsonValue(),
    ),
  );
  return { query, variables, kind: 'variables' };
}

const GARBAGE_PIECES = [
  '{',
  '}',
  '(',
  ')',
  '...',
  'query',
  'mutation',
  'fragment',
  'on',
  '$',
  '@include',
  ':',
  '"',
  '#',
  'goals',
  '__schema',
  '\\u0000',
  'first',
  '1e9999',
  '"""',
];

export function operationArbitrary(
  schema: GraphQLSchema,
  skip = new Set<string>(),
): fc.Arbitrary<GeneratedOperation> {
  return fc.gen().map((generator) => {
    const g: Draw = (arbitrary) => generator(() => arbitrary);
    const kind = g(fc.integer({ min: 0, max: 9 }));
    if (kind < 6) return schemaOperation(g, schema, skip);
    if (kind < 7) return variablesOperation(g);
    if (kind < 8) {
      const pieces = g(
        fc.array(fc.oneof(fc.constantFrom(...GARBAGE_PIECES), fc.string({ maxLength: 8 })), {
          maxLength: 40,
        }),
      );
      return { query: pieces.join(' '), kind: 'garbage' as const };
    }
    const valid = schemaOperation(g, schema, skip).query;
    const cut = g(fc.integer({ min: 0, max: valid.length }));
    const insert = g(fc.string({ unit: 'binary', maxLength: 5 }));
    return {
      query: valid.slice(0, cut) + insert + valid.slice(cut + g(fc.integer({ min: 0, max: 5 }))),
      kind: 'mangled' as const,
    };
  });
}
