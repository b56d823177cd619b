import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { OrgScope } from '../auth/org-scope';
import type { AppConfig } from '../config';
import { Loaders } from './loaders';

/** Everything a resolver may use, built fresh for every request. */
export interface GraphQLContext {
  /** A forked entity manager: a fresh identity map per request. */
  em: EntityManager;
  loaders: Loaders;
  config: AppConfig;
  log: Logger;
  requestId: string;
  /** Row-level restriction of the caller (UNIT_LEAD); null means unrestricted. Apply it in SQL. */
  scope: OrgScope | null;
}

export function createContext(
  em: EntityManager,
  config: AppConfig,
  log: Logger,
  requestId: string,
): GraphQLContext {
  const forked = em.fork();
  return { em: forked, loaders: new Loaders(forked), config, log, requestId, scope: null };
}
