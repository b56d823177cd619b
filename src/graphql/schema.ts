import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { financeResolvers } from '../finance';
import { operationsResolvers } from '../operations';
import { organisationResolvers } from '../organisation';
import { riskResolvers } from '../risk';
import { strategyResolvers } from '../strategy';
import { technologyResolvers } from '../technology';
import { viewsResolvers } from '../views';
import { NodeResolver } from './node.resolver';

export const allResolvers = [
  NodeResolver,
  ...organisationResolvers,
  ...strategyResolvers,
  ...financeResolvers,
  ...technologyResolvers,
  ...operationsResolvers,
  ...riskResolvers,
  ...viewsResolvers,
] as unknown as NonEmptyArray<Function>;

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process (type-graphql metadata is global). */
export function buildThroughlineSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: allResolvers,
    // class-validator rules on input classes run only with this on.
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
  return built;
}
