import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type DocumentNode, print } from 'graphql';
import { type App, createApp } from '../../src/app';
import { Role } from '../../src/auth/role.enum';
import { type AppConfig, loadConfig } from '../../src/config';
import { createTestDatabase } from './test-database';

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface TestApp {
  app: App;
  url: string;
  /** A fresh entity manager for arranging data and checking what was written. */
  em(): EntityManager;
  /** Sends an operation over HTTP; returns the whole response (data and errors). */
  request<T = any, V = Record<string, unknown>>(
    document: TypedDocumentNode<T, V> | DocumentNode | string,
    variables?: V,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T> & { status: number }>;
  /** Sends an operation and fails the test on any GraphQL error. */
  execute<T = any, V = Record<string, unknown>>(
    document: TypedDocumentNode<T, V> | DocumentNode | string,
    variables?: V,
    headers?: Record<string, string>,
  ): Promise<T>;
  /**
   * A valid bearer token for `role` (UNIT_LEAD needs the global ID of its org unit). Requests send an
   * ADMIN token unless the caller passes `authorization` (`''` for none) or `x-api-key`.
   */
  tokenFor(role: Role | `${Role}`, orgUnitId?: string): Promise<string>;
  /** `{ authorization: 'Bearer …' }` for `role`, ready to pass as request headers. */
  as(role: Role | `${Role}`, orgUnitId?: string): Promise<Record<string, string>>;
  /** Counts the SQL statements `run` makes the server issue. */
  countSql(run: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config: AppConfig = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_DEMO: 'false',
    DATA_DIR: 'memory://',
    ...(database.url ? { DATABASE_URL: database.url } : {}),
    ...env,
  });
  let app: App;
  try {
    app = await createApp(config);
  } catch (error) {
    await database.drop();
    throw error;
  }
  const url = await app.listen();
  let statements = 0;
  app.database.orm.em
    .getConnection()
    .getKnex()
    .on('query', () => {
      statements += 1;
    });

  const tokenFor: TestApp['tokenFor'] = (role, orgUnitId) =>
    app.auth.tokens.sign({ sub: `test-${role.toLowerCase()}`, role: role as Role, orgUnitId });
  const adminToken = await tokenFor(Role.ADMIN);

  const request: TestApp['request'] = async (document, variables, headers = {}) => {
    const query = typeof document === 'string' ? document : print(document as DocumentNode);
    const sent: Record<string, string> = {
      'content-type': 'application/json',
      ...('x-api-key' in headers ? {} : { authorization: `Bearer ${adminToken}` }),
      ...headers,
    };
    if (sent.authorization === '') delete sent.authorization;
    const response = await fetch(url, {
      method: 'POST',
      headers: sent,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse<any>;
    return { ...body, status: response.status };
  };

  return {
    app,
    url,
    em: () => app.database.orm.em.fork(),
    request,
    tokenFor,
    as: async (role, orgUnitId) => ({ authorization: `Bearer ${await tokenFor(role, orgUnitId)}` }),
    async execute(document, variables, headers) {
      const result = await request(document, variables, headers);
      if (result.errors?.length) {
        throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      }
      return result.data as any;
    },
    async countSql(run) {
      const before = statements;
      await run();
      return statements - before;
    },
    async close() {
      await app.stop();
      await database.drop();
    },
  };
}
