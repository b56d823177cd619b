import type { EntityManager } from '@mikro-orm/postgresql';
import { entityScopeCondition } from '../auth/entity-scope';
import type { OrgScope } from '../auth/org-scope';
import { decodeGlobalId } from '../graphql/global-id';
import { BudgetActual } from './budget-actual.entity';

/** Reads of single budget actuals (they are written by the feed, BudgetActualFeedRepository). */
export class BudgetActualService {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: OrgScope | null = null,
  ) {}

  /** One actual by global ID; null when absent or when its budget lies outside the caller's scope. */
  async findById(globalId: string): Promise<BudgetActual | null> {
    const qb = this.em
      .createQueryBuilder(BudgetActual, 'a')
      .select('*')
      .where({ id: decodeGlobalId(globalId, 'BudgetActual') });
    const scoped = entityScopeCondition('BudgetActual', 'a', this.scope);
    if (scoped) void qb.andWhere(scoped.sql, scoped.bindings);
    return (await qb.getSingleResult()) ?? null;
  }
}
