import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import type { MetadataStorage } from '@mikro-orm/core';
import type { GraphQLContext } from '../context';
import { compileRead, fragmentsOf } from './compiled-read';
import { compiledData, stringifyWithRaw } from './raw-json';

/**
 * The compiled read path: a query whose every selected field has a SQL form is answered by its root
 * resolvers plus one SQL statement per entity place in its shape (row_to_json, correlated
 * subqueries), without graphql-js resolving ~10,000 fields one promise at a time. Anything else —
 * mutations, callers with an org scope (UNIT_LEAD: their row rules live in the loaders), fields
 * without a SQL twin — runs through graphql-js as before. So does a compiled read that fails: the
 * resolvers then produce the error the client sees.
 */
export function compiledReadsPlugin(metadata: MetadataStorage): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ schema, operation, document, request, contextValue }) {
          const slot = contextValue.compiledData;
          if (contextValue.scope || !slot) return null;
          let data: string;
          try {
            const read = compileRead(
              schema,
              operation,
              fragmentsOf(document),
              request.variables,
              contextValue,
              metadata,
            );
            if (!read) return null;
            data = stringifyWithRaw(await read.run());
          } catch (error) {
            contextValue.log.debug({ err: error }, 'compiled read failed; running the resolvers');
            return null;
          }
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: {
              kind: 'single',
              // The entities' JSON is PostgreSQL's text: spliced into Apollo's answer (raw-json.ts).
              singleResult: { data: compiledData(slot, data) as never },
            },
          };
        },
      };
    },
  };
}
