import type { EntityManager } from '@mikro-orm/core';
import type { Role } from '../auth/role.enum';

/** Who is changing data, carried by an entity manager (and every fork of it, transactions included). */
export interface AuditActor {
  actor: string;
  role: Role;
  requestId?: string;
}

/**
 * A fork of `em` whose writes are audited as `actor`. The actor rides in MikroORM's logger context,
 * which `em.fork()` and `em.transactional()` copy to their forks, so the flush subscriber and
 * raw-SQL feeds find it on whatever entity manager they are given.
 */
export function forkWithAuditActor<T extends EntityManager>(em: T, actor: AuditActor): T {
  return em.fork({ loggerContext: { auditActor: actor } }) as T;
}

/** The actor of `em`'s writes, or undefined outside requests and CLIs (migrations, demo seed, tests' arrange step). */
export function auditActorOf(em: EntityManager): AuditActor | undefined {
  return em.getLoggerContext<{ auditActor?: AuditActor }>({ disableContextResolution: true }).auditActor;
}
