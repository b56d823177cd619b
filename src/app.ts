import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { AuditSubscriber } from './audit/audit.subscriber';
import { Authenticator, identityOf, requireIdentity } from './auth/authenticate';
import { TokenVerifier } from './auth/token-verifier';
import type { AppConfig } from './config';
import { type Database, migrate, openDatabase } from './db/database';
import { seedIfWanted } from './demo/seed-if-wanted';
import { createContext, type GraphQLContext } from './graphql/context';
import { UnauthenticatedError } from './graphql/errors';
import { compiledReadsPlugin } from './graphql/compiled-reads/compiled-reads.plugin';
import { compiledDataSlotOf, spliceCompiledData } from './graphql/compiled-reads/raw-json';
import { createErrorFormatter } from './graphql/format-error';
import { persistedQueries } from './graphql/apq/persisted-queries';
import { sandboxLandingPageOptions } from './graphql/sandbox-document';
import { buildThroughlineSchema } from './graphql/schema';
import { queryLimits } from './graphql/limits';
import { exportRoutes } from './http/export/export.routes';
import { healthRoutes } from './http/health.routes';
import { ensureBody, httpErrors } from './http/http-errors';
import { requestIdOf, requestLogging, requestLogPlugin } from './http/request-log';
import { requestTimeout } from './http/request-timeout';
import { sqlStatementCounter } from './http/sql-statement-counter';
import { createLogger, type Logger } from './shared/logger';

export interface App {
  config: AppConfig;
  database: Database;
  log: Logger;
  /** Verifies bearer tokens and API keys; `auth.tokens.sign()` makes development tokens. */
  auth: Authenticator;
  httpServer: http.Server;
  /** Starts listening; resolves with the URL of `/graphql`. */
  listen(): Promise<string>;
  /** Stops accepting, drains in-flight requests, closes the database. */
  stop(): Promise<void>;
}

/** Builds the whole service for `config`: database (migrated, seeded), schema, Apollo, HTTP. */
export async function createApp(config: AppConfig, log: Logger = createLogger(config)): Promise<App> {
  const database = await openDatabase(config, (message) => log.debug(message));
  // Every audited flush (an entity manager carrying an actor) writes its audit rows in its transaction.
  database.orm.em.getEventManager().registerSubscriber(new AuditSubscriber());
  try {
    if (config.migrateOnStart) {
      const applied = await migrate(database.orm);
      if (applied.length) log.info({ migrations: applied }, 'applied migrations');
    }
    await seedIfWanted(database, config, log);
  } catch (error) {
    await database.close();
    throw error;
  }

  const schema = await buildThroughlineSchema();
  const auth = new Authenticator(new TokenVerifier(config), database.orm.em);
  const app = express();
  app.disable('x-powered-by');
  // An ETag would hash every answer (SHA-1 of up to megabytes) for POSTs no cache revalidates.
  app.set('etag', false);
  const httpServer = http.createServer(app);
  const production = config.nodeEnv === 'production';
  const limits = queryLimits(config.limits);
  const sqlCounter = config.sqlStatementHeader ? sqlStatementCounter(database.orm) : undefined;

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    // Abuse limits (README): one operation per request, CSRF prevention (a request
    // must be JSON or carry a preflight-forcing header), introspection only where configured.
    allowBatchedHttpRequests: false,
    // Dashboards send a hash instead of the document (APQ), from a bounded in-memory cache.
    persistedQueries: persistedQueries(),
    csrfPrevention: true,
    introspection: config.limits.introspection,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    // main.ts owns the signals: drain, close the database, then exit 0.
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter(log, !production),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo installs cache-control by default: a hook on every resolved field, for hints we never set.
      ApolloServerPluginCacheControlDisabled(),
      requestLogPlugin(),
      ...limits.plugins,
      ...(sqlCounter ? [sqlCounter.plugin] : []),
      ...(config.compiledReads ? [compiledReadsPlugin(database.orm.getMetadata())] : []),
      production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({
            ...(await sandboxLandingPageOptions(config, auth.tokens)),
            footer: false,
          }),
    ],
  });
  await apollo.start();

  app.use(requestLogging(log));
  app.use(healthRoutes(database.orm));
  app.use(
    '/graphql',
    requestTimeout(config.requestTimeoutMs),
    requireIdentity(auth, { allowLandingPage: true }),
    express.json({ limit: config.limits.maxBodyBytes }),
    ensureBody,
    ...(sqlCounter ? [sqlCounter.middleware] : []),
    ...(config.compiledReads ? [spliceCompiledData()] : []),
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const identity = identityOf(res);
        if (!identity) throw new UnauthenticatedError();
        const requestId = requestIdOf(res);
        const requestLog = log.child({ requestId, actor: identity.subject, role: identity.role });
        return {
          ...createContext(database.orm.em, config, requestLog, requestId, identity),
          compiledData: compiledDataSlotOf(res),
        };
      },
    }),
  );
  // CSV exports of the flat facts (README): same credentials and org scope as /graphql.
  app.use(
    '/export',
    exportRoutes({ schema, knex: database.orm.em.getKnex(), embedded: database.embedded, config, auth, log }),
  );
  app.use(httpErrors(log, config.limits.maxBodyBytes));

  let stopping: Promise<void> | undefined;
  return {
    config,
    database,
    log,
    auth,
    httpServer,
    listen: () =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.port, config.host, () => {
          const { port } = httpServer.address() as AddressInfo;
          const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
          resolve(`http://${host}:${port}/graphql`);
        });
      }),
    stop: () =>
      (stopping ??= (async () => {
        await apollo.stop();
        await database.close();
      })()),
  };
}
