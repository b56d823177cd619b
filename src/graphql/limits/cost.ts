import type { ApolloServerPlugin } from '@apollo/server';
import {
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { QueryTooComplexError } from './query-too-complex';

/** Items assumed for a connection field without `first`/`last` (the default page size). */
export const CONNECTION_DEFAULT_SIZE = 100;
/** Items assumed for a plain list field (an inverse list such as `goal.kpis` or `kpi.measurements`). */
export const LIST_ASSUMED_SIZE = 10;

/**
 * Estimated cost of an operation, the number of values it may produce:
 * every field costs 1; a field with a selection costs 1 + (cost of its selection) × its size, where
 * the size of a connection is its `first`/`last` argument (literal, variable or schema default; 100
 * when absent), of a list is the length of an `ids` list argument or else 10, and of anything else 1.
 * The lists inside a connection type (`edges`, `nodes`) have size 1: the connection already counted
 * them. Introspection fields (`__schema`, `__type`, `__typename`) cost nothing.
 */
export function estimateCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): number {
  const fragmentCosts = new Map<string, number>();

  const argumentValue = (node: ValueNode | undefined): unknown => {
    if (!node) return undefined;
    if (node.kind === Kind.VARIABLE) return variables[node.name.value];
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind === Kind.LIST) return node.values;
    return undefined;
  };

  const sizeOf = (
    field: FieldNode,
    definition: GraphQLField<unknown, unknown>,
    parent: GraphQLCompositeType,
  ) => {
    const argument = (name: string) => {
      const given = argumentValue(field.arguments?.find((a) => a.name.value === name)?.value);
      return given ?? definition.args.find((a) => a.name === name)?.defaultValue;
    };
    const page = [argument('first'), argument('last')].find((v) => typeof v === 'number' && v >= 0);
    if (typeof page === 'number') return page;
    const namedType = getNamedType(definition.type);
    if (namedType.name.endsWith('Connection')) return CONNECTION_DEFAULT_SIZE;
    if (isListType(getNullableType(definition.type))) {
      if (parent.name.endsWith('Connection')) return 1;
      const ids = argument('ids');
      return Array.isArray(ids) ? ids.length : LIST_ASSUMED_SIZE;
    }
    return 1;
  };

  const selectionCost = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const definition =
          isObjectType(parent) || isInterfaceType(parent)
            ? parent.getFields()[selection.name.value]
            : undefined;
        if (!definition) continue;
        const type = getNamedType(definition.type);
        if (selection.selectionSet && isCompositeType(type)) {
          total += 1 + selectionCost(selection.selectionSet, type) * sizeOf(selection, definition, parent);
        } else {
          total += 1;
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        if (condition && isCompositeType(condition))
          total += selectionCost(selection.selectionSet, condition);
      } else {
        const name = selection.name.value;
        let cost = fragmentCosts.get(name);
        if (cost === undefined) {
          fragmentCosts.set(name, 0); // a cycle is a validation error anyway; never loop
          const fragment = fragments[name];
          const condition = fragment && schema.getType(fragment.typeCondition.name.value);
          cost =
            condition && isCompositeType(condition) ? selectionCost(fragment.selectionSet, condition) : 0;
          fragmentCosts.set(name, cost);
        }
        total += cost;
      }
    }
    return total;
  };

  const root = schema.getRootType(operation.operation);
  return root ? selectionCost(operation.selectionSet, root) : 0;
}

/** Refuses an operation whose estimated cost exceeds `maxCost` before it executes (no SQL). */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const cost = estimateCost(schema, operation, fragments, request.variables ?? {});
          if (cost > maxCost) {
            throw new QueryTooComplexError(
              'MAX_COST',
              maxCost,
              `Query cost limit of ${maxCost} exceeded, found ${Math.ceil(cost)}. Ask for fewer items (first/last) or fewer nested lists.`,
            );
          }
        },
      };
    },
  };
}
