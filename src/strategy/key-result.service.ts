import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type OrgScope, orgScopeCondition } from '../auth/org-scope';
import { assignDefined, inTransaction, loadForUpdate } from '../db/versioned-update';
import { BadUserInputError, ConflictError } from '../graphql/errors';
import { decodeGlobalId } from '../graphql/global-id';
import { Kpi } from '../operations/kpi.entity';
import { mustFind } from '../technology/must-find';
import type { CreateKeyResultInput } from './create-key-result.input';
import { KeyResult } from './key-result.entity';
import { StrategicGoal } from './strategic-goal.entity';
import type { UpdateKeyResultInput } from './update-key-result.input';

const DUPLICATE = 'This goal already has a key result on this KPI: update that one instead';

/** Reads and writes of key results (goal ↔ KPI links). */
export class KeyResultService {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: OrgScope | null = null,
  ) {}

  /** One key result by global ID; null when absent or, for a UNIT_LEAD, its KPI lies outside their subtree. */
  async findById(globalId: string): Promise<KeyResult | null> {
    const qb = this.em
      .createQueryBuilder(KeyResult, 'kr')
      .select('*')
      .where({ id: decodeGlobalId(globalId, 'KeyResult') });
    if (this.scope) {
      const { sql, bindings } = orgScopeCondition('k.org_unit_id', this.scope);
      void qb.andWhere(`exists (select 1 from kpi k where k.id = kr.kpi_id and ${sql})`, bindings);
    }
    return (await qb.getSingleResult()) ?? null;
  }

  create(input: CreateKeyResultInput): Promise<KeyResult> {
    return this.writing(async (em) => {
      const goal = await mustFind(em, StrategicGoal, input.goalId, 'goalId');
      const kpi = await mustFind(em, Kpi, input.kpiId, 'kpiId');
      if (goal.archivedAt)
        throw new BadUserInputError(`goalId: goal ${goal.code} is archived`, { argument: 'goalId' });
      if (kpi.archivedAt)
        throw new BadUserInputError(`kpiId: KPI ${kpi.code} is archived`, { argument: 'kpiId' });
      if (await em.count(KeyResult, { goal, kpi })) throw new ConflictError(DUPLICATE);
      const keyResult = em.create(KeyResult, {
        goal,
        kpi,
        targetValue: input.targetValue,
        dueDate: input.dueDate,
        weight: input.weight,
      });
      await em.flush();
      return keyResult;
    });
  }

  update(globalId: string, version: number, input: UpdateKeyResultInput): Promise<KeyResult> {
    return this.writing(async (em) => {
      const keyResult = await loadForUpdate(em, KeyResult, globalId, version);
      assignDefined(keyResult, {
        targetValue: input.targetValue,
        dueDate: input.dueDate,
        weight: input.weight,
      } as Partial<KeyResult>);
      await em.flush();
      return keyResult;
    });
  }

  /** Deletes the key result at `version`; returns its global ID. */
  delete(globalId: string, version: number): Promise<string> {
    return this.writing(async (em) => {
      const keyResult = await loadForUpdate(em, KeyResult, globalId, version);
      em.remove(keyResult);
      await em.flush();
      return globalId;
    });
  }

  /** One transaction; a duplicate (goal, KPI) pair lost to a concurrent writer is a CONFLICT too. */
  private async writing<R>(work: (em: EntityManager) => Promise<R>): Promise<R> {
    try {
      return await inTransaction(this.em, work);
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError(DUPLICATE);
      throw error;
    }
  }
}
