import { defaultFieldResolver, type GraphQLFieldResolver, GraphQLNonNull, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from '../graphql/errors';
import type { Identity } from './identity';
import { type Decision, decideRootField, type Domain, FIELD_DECISIONS } from './policy';

type Root = 'Query' | 'Mutation' | 'Subscription';

/** Where each Query/Mutation field comes from: `"Mutation.createGoal"` → its resolver's domain. */
export function rootFieldDomains(
  resolversByDomain: Record<Domain, readonly Function[]>,
): Map<string, Domain> {
  const storage = getMetadataStorage();
  const domains = new Map<string, Domain>();
  const groups: [Root, { target: Function; schemaName: string }[]][] = [
    ['Query', storage.queries],
    ['Mutation', storage.mutations],
    ['Subscription', storage.subscriptions],
  ];
  for (const [domain, resolvers] of Object.entries(resolversByDomain) as [Domain, readonly Function[]][]) {
    for (const resolver of resolvers) {
      for (const [root, fields] of groups) {
        for (const field of fields) {
          if (field.target === resolver || resolver.prototype instanceof field.target) {
            domains.set(`${root}.${field.schemaName}`, domain);
          }
        }
      }
    }
  }
  return domains;
}

/** The decision of every Query/Mutation field; undefined marks a field nobody decided about. */
export function rootFieldDecisions(
  schema: GraphQLSchema,
  domains: Map<string, Domain>,
): Map<string, Decision | undefined> {
  const decisions = new Map<string, Decision | undefined>();
  for (const root of ['Query', 'Mutation', 'Subscription'] as const) {
    const type = schema.getRootType(root.toLowerCase() as never);
    for (const name of Object.keys(type?.getFields() ?? {})) {
      decisions.set(`${root}.${name}`, decideRootField(root, name, domains.get(`${root}.${name}`)));
    }
  }
  return decisions;
}

function identityOf(context: unknown): Identity {
  const identity = (context as { identity?: Identity } | undefined)?.identity;
  if (!identity) throw new UnauthenticatedError();
  return identity;
}

/**
 * Enforces the policy on the built schema: every Query/Mutation field checks the caller's role
 * before its resolver runs (so a refused operation issues no SQL); a field without a decision is
 * refused for everyone. Sensitive object fields resolve to null for roles not allowed to see them.
 */
export function applyAuthorization(schema: GraphQLSchema, domains: Map<string, Domain>): GraphQLSchema {
  for (const [key, decision] of rootFieldDecisions(schema, domains)) {
    const [root, name] = key.split('.') as [Root, string];
    const field = schema.getRootType(root.toLowerCase() as never)!.getFields()[name];
    const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context, info) => {
      const { role } = identityOf(context);
      if (!decision?.roles.includes(role)) {
        throw new ForbiddenError(`Your role (${role}) may not use ${name}`);
      }
      return resolve(source, args, context, info);
    };
  }
  for (const [key, decision] of Object.entries(FIELD_DECISIONS)) {
    const [typeName, fieldName] = key.split('.');
    const type = schema.getType(typeName);
    if (!type) continue; // the type is not (yet) in the schema
    const field = (type as { getFields?: () => Record<string, any> }).getFields?.()[fieldName];
    if (!field) throw new Error(`FIELD_DECISIONS: ${key} is not a field of the schema`);
    if (field.type instanceof GraphQLNonNull) {
      throw new Error(
        `FIELD_DECISIONS: ${key} must be nullable, it resolves to null for roles that may not see it`,
      );
    }
    const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
    field.resolve = (source: unknown, args: any, context: unknown, info: any) =>
      decision.roles.includes(identityOf(context).role) ? resolve(source, args, context, info) : null;
  }
  return schema;
}
