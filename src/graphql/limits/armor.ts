import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import type { QueryLimits } from '../../config';
import { reportLimit } from './query-too-complex';

/**
 * graphql-armor's depth, alias and directive limits (validation rules, so a refused operation never
 * executes) and, when suggestions are off, its masking of "Did you mean …" hints. The token limit is
 * graphql-js's own `maxTokens` parse option (see `queryLimits`) and the cost limit is ours
 * (`cost.ts`, it reads variables); armor's versions of those two are disabled.
 */
export function armorProtection(limits: QueryLimits): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
} {
  const rejection = { propagateOnRejection: false, exposeLimits: true };
  const armor = new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      // Fragments count as the fields they contain, not as one more level.
      flattenFragments: true,
      ignoreIntrospection: true,
      ...rejection,
      onReject: [reportLimit('MAX_DEPTH', limits.maxDepth)],
    },
    maxAliases: {
      n: limits.maxAliases,
      ...rejection,
      onReject: [reportLimit('MAX_ALIASES', limits.maxAliases)],
    },
    maxDirectives: {
      n: limits.maxDirectives,
      ...rejection,
      onReject: [reportLimit('MAX_DIRECTIVES', limits.maxDirectives)],
    },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: !limits.fieldSuggestions },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins: plugins as ApolloServerPlugin[], validationRules: validationRules as ValidationRule[] };
}
