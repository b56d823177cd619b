import {
  type FieldNode,
  type FragmentDefinitionNode,
  getDirectiveValues,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLSchema,
  GraphQLSkipDirective,
  isAbstractType,
  Kind,
  type SelectionSetNode,
  typeFromAST,
} from 'graphql';

export interface Selection {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function included(
  node: { directives?: readonly import('graphql').DirectiveNode[] },
  variables: Record<string, unknown>,
) {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

/**
 * The fields selected on an object of `type` by `selectionSets`, by response key in query order
 * (fragments expanded, @skip/@include applied): what graphql-js's collectFields computes.
 */
export function collectFields(
  selection: Selection,
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const matches = (condition: import('graphql').NamedTypeNode | undefined): boolean => {
    if (!condition) return true;
    const conditionType = typeFromAST(selection.schema, condition);
    if (conditionType === type) return true;
    return (
      !!conditionType && isAbstractType(conditionType) && selection.schema.isSubType(conditionType, type)
    );
  };
  const visit = (set: SelectionSetNode): void => {
    for (const node of set.selections) {
      if (!included(node, selection.variables)) continue;
      if (node.kind === Kind.FIELD) {
        const key = node.alias?.value ?? node.name.value;
        const nodes = fields.get(key);
        if (nodes) nodes.push(node);
        else fields.set(key, [node]);
      } else if (node.kind === Kind.INLINE_FRAGMENT) {
        if (matches(node.typeCondition)) visit(node.selectionSet);
      } else {
        const name = node.name.value;
        const fragment = selection.fragments[name];
        if (visited.has(name) || !fragment) continue;
        visited.add(name);
        if (matches(fragment.typeCondition)) visit(fragment.selectionSet);
      }
    }
  };
  for (const set of selectionSets) visit(set);
  return fields;
}

/** The selection sets of a field's nodes (one per merged node). */
export function subSelections(nodes: readonly FieldNode[]): SelectionSetNode[] {
  return nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
}
