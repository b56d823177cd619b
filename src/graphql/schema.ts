import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { auditResolvers } from '../audit';
import { applyAuthorization, rootFieldDomains } from '../auth/apply-authorization';
import type { Domain } from '../auth/policy';
import { financeResolvers } from '../finance';
import { operationsResolvers } from '../operations';
import { organisationResolvers } from '../organisation';
import { riskResolvers } from '../risk';
import { strategyResolvers } from '../strategy';
import { technologyResolvers } from '../technology';
import { viewsResolvers } from '../views';
import { NodeResolver } from './node.resolver';

/** The resolvers of each domain; a Query/Mutation field's domain decides who may use it (src/auth/policy.ts). */
export const resolversByDomain: Record<Domain, readonly Function[]> = {
  core: [NodeResolver],
  organisation: organisationResolvers,
  strategy: strategyResolvers,
  finance: financeResolvers,
  technology: technologyResolvers,
  operations: operationsResolvers,
  risk: riskResolvers,
  views: viewsResolvers,
  audit: auditResolvers,
};

export const allResolvers = Object.values(resolversByDomain).flat() as unknown as NonEmptyArray<Function>;

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process (type-graphql metadata is global). */
export function buildThroughlineSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: allResolvers,
    // class-validator rules on input classes run only with this on.
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  }).then((schema) => applyAuthorization(schema, rootFieldDomains(resolversByDomain)));
  return built;
}
