import { type OrgScope, orgScopeCondition } from '../../auth/org-scope';
import { raw, Sql } from '../../db/sql';
import type { GraphQLContext } from '../../graphql/context';

export { intArray, raw, Sql, sql } from '../../db/sql';

/**
 * `column` restricted to the caller's org scope and, optionally, to further org-unit subtrees
 * (a view's `orgUnitId` argument). `true` when unrestricted.
 */
export function inScope(column: string, ...scopes: (OrgScope | null | undefined)[]): Sql {
  const parts = scopes
    .filter((scope): scope is OrgScope => !!scope)
    .map((scope) => orgScopeCondition(column, scope));
  if (!parts.length) return raw('true');
  return new Sql(
    parts.map((part) => `(${part.sql})`).join(' and '),
    parts.flatMap((part) => part.bindings),
  );
}

/** Runs one SQL statement on the request's connection and returns its rows. */
export async function selectRows<T>(ctx: GraphQLContext, query: Sql): Promise<T[]> {
  return ctx.em.getConnection().execute<T[]>(query.text, query.bindings as never[], 'all');
}
