import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';

/** The response header that carries a request's SQL statement count. */
export const SQL_STATEMENTS_HEADER = 'x-sql-statements';

/**
 * Opt-in (`SQL_STATEMENT_HEADER=true`, for `npm run bench`): counts the SQL statements each GraphQL
 * request issues (knex `query` events raised in the request's async context) and returns the count
 * in the `x-sql-statements` response header. Mount `middleware` right before Apollo's and add `plugin`.
 */
export function sqlStatementCounter(orm: MikroORM): {
  middleware: RequestHandler;
  plugin: ApolloServerPlugin;
} {
  const current = new AsyncLocalStorage<{ statements: number }>();
  orm.em
    .getConnection()
    .getKnex()
    .on('query', () => {
      const store = current.getStore();
      if (store) store.statements += 1;
    });
  return {
    middleware: (_req, _res, next) => current.run({ statements: 0 }, next),
    plugin: {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            const store = current.getStore();
            if (store) response.http.headers.set(SQL_STATEMENTS_HEADER, String(store.statements));
          },
        };
      },
    },
  };
}
