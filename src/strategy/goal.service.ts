import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrgScope } from '../auth/org-scope';
import { assignDefined, inTransaction, loadForUpdate } from '../db/versioned-update';
import { BadUserInputError, ConflictError } from '../graphql/errors';
import { decodeGlobalId } from '../graphql/global-id';
import { Person } from '../organisation/person.entity';
import { assertNoCycle, assertNoLiveChildren, lockTree } from '../organisation/tree-rules';
import { mustFind } from '../technology/must-find';
import type { CreateGoalInput } from './create-goal.input';
import { goalScopeCondition } from './goal.filter';
import { StrategicGoal } from './strategic-goal.entity';
import type { UpdateGoalInput } from './update-goal.input';

/** Reads and writes of single strategic goals. */
export class GoalService {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: OrgScope | null = null,
  ) {}

  /** One goal by global ID (archived ones included); null when absent or outside the caller's scope. */
  async findById(globalId: string): Promise<StrategicGoal | null> {
    const qb = this.em
      .createQueryBuilder(StrategicGoal, 'g')
      .select('*')
      .where({ id: decodeGlobalId(globalId, 'StrategicGoal') });
    if (this.scope) {
      const { sql, bindings } = goalScopeCondition('g.id', 'g.owner_id', this.scope);
      void qb.andWhere(sql, bindings);
    }
    return (await qb.getSingleResult()) ?? null;
  }

  create(input: CreateGoalInput): Promise<StrategicGoal> {
    assertHorizon(input.startDate, input.endDate);
    return this.writing(input.code, async (em) => {
      await assertCodeFree(em, input.code);
      const owner = input.ownerId ? await mustFind(em, Person, input.ownerId, 'ownerId') : undefined;
      const parent = input.parentId ? await liveParent(em, input.parentId) : undefined;
      const goal = em.create(StrategicGoal, {
        code: input.code,
        title: input.title,
        description: input.description,
        perspective: input.perspective,
        status: input.status,
        fiscalYear: input.fiscalYear,
        startDate: input.startDate,
        endDate: input.endDate,
        owner,
        parent,
      });
      await em.flush();
      return goal;
    });
  }

  update(globalId: string, version: number, input: UpdateGoalInput): Promise<StrategicGoal> {
    return this.writing(input.code, async (em) => {
      const goal = await loadForUpdate(em, StrategicGoal, globalId, version);
      assertHorizon(input.startDate ?? goal.startDate, input.endDate ?? goal.endDate);
      if (input.code !== undefined && input.code !== goal.code) await assertCodeFree(em, input.code);
      let owner: Person | null | undefined;
      if (input.ownerId === null) owner = null;
      else if (input.ownerId !== undefined) owner = await mustFind(em, Person, input.ownerId, 'ownerId');
      let parent: StrategicGoal | null | undefined;
      if (input.parentId === null) parent = null;
      else if (input.parentId !== undefined) {
        parent = await liveParent(em, input.parentId);
        await lockTree(em, 'strategic_goal');
        await assertNoCycle(em, 'strategic_goal', goal.id, parent.id, 'goal');
      }
      assignDefined(goal, {
        code: input.code,
        title: input.title,
        description: input.description,
        perspective: input.perspective,
        status: input.status,
        fiscalYear: input.fiscalYear,
        startDate: input.startDate,
        endDate: input.endDate,
        owner,
        parent,
      } as Partial<StrategicGoal>);
      await em.flush();
      return goal;
    });
  }

  /** Sets archivedAt (kept when already archived); refused while a direct child goal is not archived. */
  archive(globalId: string, version: number): Promise<StrategicGoal> {
    return inTransaction(this.em, async (em) => {
      const goal = await loadForUpdate(em, StrategicGoal, globalId, version);
      if (!goal.archivedAt) {
        assertNoLiveChildren(
          await em.count(StrategicGoal, { parent: goal, archivedAt: null }),
          'goal',
          'goals',
        );
        goal.archivedAt = new Date();
        await em.flush();
      }
      return goal;
    });
  }

  /** One transaction; a unique-code race lost to a concurrent writer is a CONFLICT too. */
  private async writing<R>(code: string | undefined, work: (em: EntityManager) => Promise<R>): Promise<R> {
    try {
      return await inTransaction(this.em, work);
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new ConflictError(`A goal with code ${code} already exists`, { field: 'code' });
      }
      throw error;
    }
  }
}

function assertHorizon(startDate: string, endDate: string): void {
  if (startDate > endDate) {
    throw new BadUserInputError(`startDate (${startDate}) must be on or before endDate (${endDate})`, {
      field: 'startDate',
    });
  }
}

async function assertCodeFree(em: EntityManager, code: string): Promise<void> {
  if (await em.count(StrategicGoal, { code })) {
    throw new ConflictError(`A goal with code ${code} already exists`, { field: 'code' });
  }
}

/** The goal another one cascades from: must exist (NOT_FOUND) and not be archived (BAD_USER_INPUT). */
async function liveParent(em: EntityManager, globalId: string): Promise<StrategicGoal> {
  const parent = await mustFind(em, StrategicGoal, globalId, 'parentId');
  if (parent.archivedAt) {
    throw new BadUserInputError(`parentId: goal ${parent.code} is archived`, { argument: 'parentId' });
  }
  return parent;
}
