import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { auditResolvers } from '../audit';
import { applyAuthorization, rootFieldDomains } from '../auth/apply-authorization';
import type { Domain } from '../auth/policy';
import { factsResolvers } from '../facts';
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
  // Flat fact tables are read models like the views.
  views: [...viewsResolvers, ...factsResolvers],
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
  })
    .then((schema) => applyAuthorization(schema, rootFieldDomains(resolversByDomain)))
    .then(describeRootTypes);
  return built;
}

/** type-graphql cannot describe the root types; the schema is the analysts' manual, so do it here. */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) {
    query.description ??=
      'Everything readable: objects by ID, the top-level lists as cursor connections, the cross-functional views and the flat fact tables for BI.';
  }
  if (mutation) {
    mutation.description ??=
      'Every change: create, update (with `version`) and archive per domain, and the idempotent bulk feeds; each mutation is one transaction.';
  }
  return schema;
}
