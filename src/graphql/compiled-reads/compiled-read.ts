import type { MetadataStorage } from '@mikro-orm/core';
import {
  type FragmentDefinitionNode,
  getArgumentValues,
  getVariableValues,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
} from 'graphql';
import type { GraphQLContext } from '../context';
import { collectFields, type Selection } from './collect-fields';
import { type ReadPlan, ReadPlanner } from './read-plan';
import { place, runBatches } from './run-read-plan';

interface RootField {
  key: string;
  /** `__typename` of Query. */
  typename?: string;
  resolve?: () => unknown;
  plan?: ReadPlan;
}

export interface CompiledRead {
  /** Runs the root resolvers and the entity batches; resolves with the operation's `data`. */
  run(): Promise<Record<string, unknown>>;
}

/**
 * Compiles a query operation for the compiled read path, or returns undefined when some selected
 * field has no compiled form (or the variables do not coerce): the request then runs through
 * graphql-js as usual. The root fields run their own resolvers (arguments, validation, role check,
 * paging); everything below an entity is one SQL statement per place in the query's shape.
 */
export function compileRead(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragmentList: readonly FragmentDefinitionNode[],
  rawVariables: Record<string, unknown> | undefined,
  context: GraphQLContext,
  metadata: MetadataStorage,
): CompiledRead | undefined {
  const query = schema.getQueryType();
  if (operation.operation !== 'query' || !query) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return undefined;
  const fragments = Object.fromEntries(fragmentList.map((fragment) => [fragment.name.value, fragment]));
  const selection: Selection = { schema, fragments, variables: coerced.coerced };
  const planner = new ReadPlanner(selection, metadata, context.identity.role);

  const roots: RootField[] = [];
  for (const [key, nodes] of collectFields(selection, query, [operation.selectionSet])) {
    const name = nodes[0].name.value;
    if (name === '__typename') {
      roots.push({ key, typename: query.name });
      continue;
    }
    const definition = query.getFields()[name];
    if (!definition?.resolve) return undefined;
    const plan = planner.plan(definition.type, nodes);
    if (!plan) return undefined;
    const args = getArgumentValues(definition, nodes[0], coerced.coerced);
    const info: GraphQLResolveInfo = {
      fieldName: name,
      fieldNodes: nodes,
      returnType: definition.type,
      parentType: query,
      path: { prev: undefined, key, typename: query.name },
      schema,
      fragments,
      rootValue: undefined,
      operation,
      variableValues: coerced.coerced,
    };
    const resolve = definition.resolve;
    roots.push({ key, plan, resolve: () => resolve(undefined, args, context, info) });
  }

  return {
    async run() {
      const data: Record<string, unknown> = {};
      for (const root of roots) {
        if (root.typename !== undefined) data[root.key] = root.typename;
        else await place(root.plan!, root.resolve!(), data, root.key);
      }
      await runBatches(context.em, planner.batches);
      return data;
    },
  };
}

/** The fragment definitions of a document. */
export function fragmentsOf(document: { definitions: readonly { kind: Kind }[] }): FragmentDefinitionNode[] {
  return document.definitions.filter(
    (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
  );
}
