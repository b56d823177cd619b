import type { ApolloServerPlugin } from '@apollo/server';
import type { ParseOptions, ValidationRule } from 'graphql';
import type { QueryLimits } from '../../config';
import { armorProtection } from './armor';
import { costLimitPlugin } from './cost';

export { estimateCost } from './cost';
export { QueryTooComplexError, type QueryLimitName } from './query-too-complex';

/** Everything the Apollo server needs to enforce `limits` (README). */
export function queryLimits(limits: QueryLimits): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
} {
  const armor = armorProtection(limits);
  return {
    plugins: [...armor.plugins, costLimitPlugin(limits.maxCost)],
    validationRules: armor.validationRules,
    // graphql-js stops lexing after `maxTokens` tokens; the error formatter labels it QUERY_TOO_COMPLEX.
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
