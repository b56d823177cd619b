import { raw, type Sql } from '../../db/sql';

/**
 * The SQL twin of a field resolver, for the compiled read path (README "Performance"): the same
 * rows or value the resolver returns, as SQL correlated with the parent row. A twin returns
 * undefined (or throws, checking them as its resolver does) for arguments it does not compile (an
 * invalid `last`, say): the request then runs through the resolvers, which report the error. `test/graphql/compiled-reads/compiled-reads.test.ts` runs every
 * twin against its resolver on a generated company.
 */
export type SqlTwin =
  | {
      /** A list of entities (the field's item type): `from` names the item table as `alias`. */
      kind: 'rows';
      rows(
        args: Record<string, unknown>,
        parent: string,
        alias: string,
      ): { from: Sql; orderBy: string } | undefined;
    }
  | {
      /** A leaf in its output form (a Decimal as text, a Date as YYYY-MM-DD). */
      kind: 'value';
      value(args: Record<string, unknown>, parent: string): Sql | undefined;
    };

const twins = new Map<string, SqlTwin>();

/** Registers the twin of `typeName.fieldName` (GraphQL names); a field has one twin at most. */
export function sqlTwin(typeName: string, fieldName: string, twin: SqlTwin): void {
  const key = `${typeName}.${fieldName}`;
  if (twins.has(key)) throw new Error(`sqlTwin: ${key} has a twin already`);
  twins.set(key, twin);
}

export function twinOf(typeName: string, fieldName: string): SqlTwin | undefined {
  return twins.get(`${typeName}.${fieldName}`);
}

/** Every registered twin's `Type.field`, for the tests. */
export function twinnedFields(): string[] {
  return [...twins.keys()];
}

/**
 * The twin of a list by foreign key (what `loaders.manyBy` reads): the rows of `table` whose
 * `foreignKey` is the parent's id, ordered by `orderBy(alias)`; with `archivable`, archived rows only
 * when the field's `includeArchived` argument is true.
 */
export function rowsByForeignKey(
  table: string,
  foreignKey: string,
  orderBy: (alias: string) => string,
  options: { archivable?: boolean } = {},
): SqlTwin {
  return {
    kind: 'rows',
    rows: (args, parent, alias) => ({
      from: raw(
        `from ${table} ${alias} where ${alias}.${foreignKey} = ${parent}.id${
          options.archivable && !args.includeArchived ? ` and ${alias}.archived_at is null` : ''
        }`,
      ),
      orderBy: orderBy(alias),
    }),
  };
}
