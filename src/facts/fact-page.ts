import type { Knex } from '@mikro-orm/postgresql';
import { type OrgScope, orgScopeCondition } from '../auth/org-scope';
import type { GraphQLContext } from '../graphql/context';
import { type ConnectionData, paginate, type PageRequest, type Row } from '../graphql/pagination';
import type { Sql } from '../views/shared/sql';

/**
 * The rows of a fact table as a knex query `select * from (<fact SQL>) as f`: filters are added
 * on its camelCase columns (`f.kpiCode`); PostgreSQL pushes them into the fact SQL. The same
 * builder, ordered with `orderByClause`, can be streamed from a cursor (CSV export).
 */
export function factRows(knex: Knex, factSql: Sql, scope: OrgScope | null): Knex.QueryBuilder {
  const qb = knex
    .select('f.*')
    .from(knex.raw(`(${factSql.text}) as f`, factSql.bindings as Knex.RawBinding[]));
  if (scope) {
    const condition = orgScopeCondition('f."orgUnitId"', scope);
    qb.whereRaw(condition.sql, condition.bindings as Knex.RawBinding[]);
  }
  return qb;
}

/** One page of a fact table: one keyset statement (plus the COUNT when selected). */
export function pageOfFacts<T>(
  ctx: GraphQLContext,
  request: Omit<PageRequest<T>, 'toNodes'>,
  toFact: (row: Row) => T,
): Promise<ConnectionData<T>> {
  return paginate(ctx.em.getKnex(), { ...request, toNodes: (rows) => rows.map(toFact) });
}
