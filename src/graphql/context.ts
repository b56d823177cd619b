import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { forkWithAuditActor } from '../audit/audit-actor';
import type { Identity } from '../auth/identity';
import type { OrgScope } from '../auth/org-scope';
import type { AppConfig } from '../config';
import type { CompiledDataSlot } from './compiled-reads/raw-json';
import { Loaders } from './loaders';

/** Everything a resolver may use, built fresh for every request. */
export interface GraphQLContext {
  /** A forked entity manager: a fresh identity map per request; its writes are audited as `identity`. */
  em: EntityManager;
  loaders: Loaders;
  config: AppConfig;
  log: Logger;
  requestId: string;
  /** Row-level restriction of the caller (UNIT_LEAD); null means unrestricted. Apply it in SQL. */
  scope: OrgScope | null;
  /** The authenticated caller (src/auth): role, subject, and for UNIT_LEAD the scope above. */
  identity: Identity;
  /** Over HTTP with compiled reads on: where a compiled read leaves its answer (compiled-reads/raw-json.ts). */
  compiledData?: CompiledDataSlot;
}

export function createContext(
  em: EntityManager,
  config: AppConfig,
  log: Logger,
  requestId: string,
  identity: Identity,
): GraphQLContext {
  const forked = forkWithAuditActor(em, { actor: identity.subject, role: identity.role, requestId });
  return {
    em: forked,
    loaders: new Loaders(forked, identity.scope),
    config,
    log,
    requestId,
    scope: identity.scope,
    identity,
  };
}
