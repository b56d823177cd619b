import { type OrgScope, orgScopeCondition } from '../../auth/org-scope';
import type { GraphQLContext } from '../../graphql/context';

/** A raw SQL fragment with its `?` bindings, composable through the `sql` template tag. */
export class Sql {
  constructor(
    readonly text: string,
    readonly bindings: unknown[],
  ) {}
}

/**
 * Builds SQL from a template: interpolated `Sql` fragments are inlined (with their bindings),
 * every other value becomes a `?` binding. Keeps placeholders and bindings in step.
 */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  let text = strings[0];
  const bindings: unknown[] = [];
  values.forEach((value, index) => {
    if (value instanceof Sql) {
      text += value.text;
      bindings.push(...value.bindings);
    } else {
      text += '?';
      bindings.push(value);
    }
    text += strings[index + 1];
  });
  return new Sql(text, bindings);
}

/** A trusted SQL fragment (column names, constant expressions); never user input. */
export function raw(text: string): Sql {
  return new Sql(text, []);
}

/** A PostgreSQL integer-array literal for `= any(?::int[])`: one binding whatever the number of ids. */
export function intArray(ids: readonly number[]): string {
  return `{${ids.map((id) => Math.trunc(id)).join(',')}}`;
}

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
