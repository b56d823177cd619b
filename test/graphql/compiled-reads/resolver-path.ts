import { execute, type GraphQLSchema, parse } from 'graphql';
import { Role } from '../../../src/auth/role.enum';
import { createContext } from '../../../src/graphql/context';
import { buildThroughlineSchema } from '../../../src/graphql/schema';
import type { TestApp } from '../../helpers/test-app';

/**
 * Runs an operation through graphql-js and the resolvers only (what every query did before the
 * compiled read path), as an unscoped ADMIN of `t`'s app: the reference the compiled answers must equal.
 */
export async function throughResolvers(
  t: TestApp,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{
  data?: unknown;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}> {
  const schema: GraphQLSchema = await buildThroughlineSchema();
  const contextValue = createContext(t.app.database.orm.em, t.app.config, t.app.log, 'resolver-path', {
    subject: 'test-admin',
    role: Role.ADMIN,
    scope: null,
    via: 'jwt',
  });
  const result = await execute({ schema, document: parse(query), variableValues: variables, contextValue });
  // Through JSON, as the HTTP answer: null prototypes and undefined keys compare like the wire.
  return JSON.parse(JSON.stringify(result)) as Awaited<ReturnType<typeof throughResolvers>>;
}
