import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { entityScopeCondition } from '../auth/entity-scope';
import type { OrgScope } from '../auth/org-scope';
import { assignDefined, inTransaction, loadForUpdate } from '../db/versioned-update';
import { BadUserInputError, ConflictError } from '../graphql/errors';
import { decodeGlobalId } from '../graphql/global-id';
import { OrgUnit } from '../organisation/org-unit.entity';
import { StrategicGoal } from '../strategy/strategic-goal.entity';
import { mustFind } from '../technology/must-find';
import { Budget } from './budget.entity';
import type { CreateBudgetInput } from './create-budget.input';
import { toScale } from './finance-rules';
import type { UpdateBudgetInput } from './update-budget.input';

/** Reads and writes of single budgets (the actuals feed is in BudgetActualFeedRepository). */
export class BudgetService {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: OrgScope | null = null,
  ) {}

  /** One budget by global ID (archived ones included); null when absent or outside the caller's scope. */
  async findById(globalId: string): Promise<Budget | null> {
    const qb = this.em
      .createQueryBuilder(Budget, 'b')
      .select('*')
      .where({ id: decodeGlobalId(globalId, 'Budget') });
    const scoped = entityScopeCondition('Budget', 'b', this.scope);
    if (scoped) void qb.andWhere(scoped.sql, scoped.bindings);
    return (await qb.getSingleResult()) ?? null;
  }

  create(input: CreateBudgetInput): Promise<Budget> {
    return this.writing(input.code, async (em) => {
      await assertCodeFree(em, input.code);
      const orgUnit = await findOrgUnit(em, input.orgUnitId, 'orgUnitId');
      const goal = input.goalId ? await findGoal(em, input.goalId, 'goalId') : undefined;
      const budget = em.create(Budget, {
        code: input.code,
        name: input.name,
        orgUnit,
        fiscalYear: input.fiscalYear,
        category: input.category,
        currency: input.currency,
        planned: toScale(input.planned, 2),
        goal,
      });
      await em.flush();
      return budget;
    });
  }

  update(globalId: string, version: number, input: UpdateBudgetInput): Promise<Budget> {
    return this.writing(input.code, async (em) => {
      const budget = await loadForUpdate(em, Budget, globalId, version);
      if (input.code !== undefined && input.code !== budget.code) await assertCodeFree(em, input.code);
      if (input.fiscalYear !== undefined && input.fiscalYear !== budget.fiscalYear) {
        await assertActualsWithin(em, budget.id, input.fiscalYear);
      }
      const orgUnit =
        input.orgUnitId !== undefined && input.orgUnitId !== null
          ? await findOrgUnit(em, input.orgUnitId, 'orgUnitId')
          : undefined;
      let goal: StrategicGoal | null | undefined;
      if (input.goalId === null) goal = null;
      else if (input.goalId !== undefined) goal = await findGoal(em, input.goalId, 'goalId');
      assignDefined(budget, {
        code: input.code,
        name: input.name,
        orgUnit,
        fiscalYear: input.fiscalYear,
        category: input.category,
        currency: input.currency,
        planned: input.planned === undefined ? undefined : toScale(input.planned, 2),
        goal,
      } as Partial<Budget>);
      await em.flush();
      return budget;
    });
  }

  /** Sets archivedAt (kept as it is when already archived); the actuals feed then refuses the budget. */
  archive(globalId: string, version: number): Promise<Budget> {
    return inTransaction(this.em, async (em) => {
      const budget = await loadForUpdate(em, Budget, globalId, version);
      if (!budget.archivedAt) {
        budget.archivedAt = new Date();
        await em.flush();
      }
      return budget;
    });
  }

  /** One transaction; a unique-code race lost to a concurrent writer is a CONFLICT too. */
  private async writing<R>(code: string | undefined, work: (em: EntityManager) => Promise<R>): Promise<R> {
    try {
      return await inTransaction(this.em, work);
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new ConflictError(`A budget with code ${code} already exists`, { field: 'code' });
      }
      throw error;
    }
  }
}

async function assertCodeFree(em: EntityManager, code: string): Promise<void> {
  if (await em.count(Budget, { code })) {
    throw new ConflictError(`A budget with code ${code} already exists`, { field: 'code' });
  }
}

/** An existing org unit (NOT_FOUND otherwise) that is not archived (BAD_USER_INPUT). */
async function findOrgUnit(em: EntityManager, globalId: string, argument: string): Promise<OrgUnit> {
  const unit = await mustFind(em, OrgUnit, globalId, argument);
  if (unit.archivedAt) {
    throw new BadUserInputError(`${argument}: org unit ${unit.code} is archived`, { field: argument });
  }
  return unit;
}

/** An existing goal (NOT_FOUND otherwise) that is not archived (BAD_USER_INPUT). */
async function findGoal(em: EntityManager, globalId: string, argument: string): Promise<StrategicGoal> {
  const goal = await mustFind(em, StrategicGoal, globalId, argument);
  if (goal.archivedAt) {
    throw new BadUserInputError(`${argument}: goal ${goal.code} is archived`, { field: argument });
  }
  return goal;
}

/** A budget may move to another fiscal year only when none of its actuals lies outside it. */
async function assertActualsWithin(em: EntityManager, budgetId: number, fiscalYear: number): Promise<void> {
  const [row] = await em.getConnection().execute<{ outside: string }[]>(
    `select count(*) as outside from budget_actual
     where budget_id = ? and (month < make_date(?, 1, 1) or month >= make_date(? + 1, 1, 1))`,
    [budgetId, fiscalYear, fiscalYear],
    'all',
    em.getTransactionContext(),
  );
  if (Number(row.outside) > 0) {
    throw new BadUserInputError(
      `fiscalYear: the budget has ${row.outside} actual(s) outside ${fiscalYear}; correct them first`,
      { field: 'fiscalYear' },
    );
  }
}
