import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { type BulkAudit, bulkAuditCte } from '../audit/bulk-audit';
import { type OrgScope, orgScopeCondition } from '../auth/org-scope';
import { inTransaction } from '../db/versioned-update';
import type { BulkWriteResult } from '../graphql/bulk-write-result';
import { BadUserInputError, BulkValidationError, type RowProblem } from '../graphql/errors';
import { tryDecodeGlobalId } from '../graphql/global-id';
import type { BudgetActualInput } from './budget-actual-feed-row.input';
import { AMOUNT_PATTERN, isMonthStart } from './finance-rules';

/** The most rows one feed call may carry. */
export const MAX_ACTUAL_ROWS = 10_000;

interface BudgetKey {
  id: number;
  code: string;
  fiscalYear: number;
  archived: boolean;
}

interface Columns {
  budgetIds: number[];
  months: string[];
  amounts: string[];
}

// `audit.returning` and `audit_rows` (src/audit/bulk-audit.ts): one audit row per written row, same
// statement. Unchanged rows fail the DO UPDATE's WHERE, so they are neither rewritten nor returned.
const UPSERT_ACTUALS = (audit: BulkAudit) => `
with written as (
  insert into budget_actual (budget_id, month, amount)
  select r.budget_id, r.month, r.amount
  from unnest(?::int[], ?::date[], ?::numeric[]) as r(budget_id, month, amount)
  on conflict (budget_id, month) do update
    set amount = excluded.amount, version = budget_actual.version + 1, updated_at = now()
    where budget_actual.amount is distinct from excluded.amount
  returning id, amount, (xmax = 0) as inserted${audit.returning}
), ${audit.sql}
select count(*) filter (where inserted)::int as inserted, count(*) filter (where not inserted)::int as updated
from written`;

/**
 * The budget actuals feed (monthly spend from the ERP): idempotent upserts by (budget, month).
 * Whatever the number of rows, a call costs one lookup of the budgets it names and one set-based
 * INSERT … ON CONFLICT, in one transaction; no entity is hydrated.
 */
export class BudgetActualFeedRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: OrgScope | null,
  ) {}

  async record(rows: readonly BudgetActualInput[]): Promise<BulkWriteResult> {
    if (rows.length > MAX_ACTUAL_ROWS) {
      throw new BadUserInputError(`input: at most ${MAX_ACTUAL_ROWS} rows a call, got ${rows.length}`, {
        argument: 'input',
        maxRows: MAX_ACTUAL_ROWS,
      });
    }
    if (rows.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
    const refs = rows.map(decodeReference);
    return inTransaction(this.em, async (em) => {
      const knex = em.getKnex();
      const trx = em.getTransactionContext<Knex.Transaction>();
      const budgets = await this.lookUp(knex, trx, refs);
      const columns = validate(rows, refs, budgets);
      const audit = bulkAuditCte(em, {
        entityType: 'BudgetActual',
        table: 'budget_actual',
        written: 'written',
        fields: { amount: 'amount' },
      });
      const query = knex.raw(UPSERT_ACTUALS(audit), [
        plainArray(columns.budgetIds),
        plainArray(columns.months),
        plainArray(columns.amounts),
        ...audit.bindings,
      ] as Knex.RawBinding[]);
      if (trx) query.transacting(trx);
      const result = (await query) as { rows: { inserted: number; updated: number }[] };
      const { inserted, updated } = result.rows[0];
      return { inserted, updated, unchanged: rows.length - inserted - updated };
    });
  }

  /** One statement for all budgets the call names; budgets outside the caller's org scope count as unknown. */
  private async lookUp(
    knex: Knex,
    trx: Knex.Transaction | undefined,
    refs: readonly Reference[],
  ): Promise<Budgets> {
    const codes = new Set<string>();
    const ids = new Set<number>();
    for (const ref of refs) {
      if (ref.code !== undefined) codes.add(ref.code);
      if (ref.id !== undefined) ids.add(ref.id);
    }
    const scope = orgScopeCondition('org_unit_id', this.scope);
    const query = knex.raw(
      `select id, code, fiscal_year as "fiscalYear", archived_at is not null as archived
       from budget where (code = any(?::text[]) or id = any(?::int[])) and ${scope.sql}`,
      [textArray([...codes]), plainArray([...ids]), ...scope.bindings] as Knex.RawBinding[],
    );
    if (trx) query.transacting(trx);
    const result = (await query) as { rows: BudgetKey[] };
    return {
      byCode: new Map(result.rows.map((row) => [row.code, row])),
      byId: new Map(result.rows.map((row) => [row.id, row])),
    };
  }
}

interface Budgets {
  byCode: Map<string, BudgetKey>;
  byId: Map<number, BudgetKey>;
}

/** How a row names its budget: a code, a decoded ID, or a problem with the ID. */
interface Reference {
  code?: string;
  id?: number;
  problem?: string;
}

function decodeReference(row: BudgetActualInput): Reference {
  const code = row.budgetCode ?? undefined;
  const globalId = row.budgetId ?? undefined;
  if (globalId === undefined) {
    return code === undefined ? { problem: 'budgetCode or budgetId is required' } : { code };
  }
  const decoded = tryDecodeGlobalId(globalId);
  if (!decoded || decoded.typeName !== 'Budget') {
    return { code, problem: `budgetId ${JSON.stringify(globalId)} is not a Budget ID` };
  }
  return { code, id: decoded.id };
}

// Array parameters are sent as PostgreSQL array literals built here: node-postgres would quote
// and escape every element of every array, a measurable cost at 10,000 rows.

/** `{1,2,3}` for validated integers, decimals and YYYY-MM-DD dates (nothing to quote). */
function plainArray(values: readonly (number | string)[]): string {
  return `{${values.join(',')}}`;
}

/** A text[] literal: every element double-quoted, its quotes and backslashes escaped. */
function textArray(values: readonly string[]): string {
  let literal = '{';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) literal += ',';
    literal += `"${values[i].replace(/["\\]/g, '\\$&')}"`;
  }
  return literal + '}';
}

/** The budget a row names, or the reason it names none. */
function resolveBudget(ref: Reference, budgets: Budgets): BudgetKey | string {
  if (ref.problem) return ref.problem;
  const byCode = ref.code === undefined ? undefined : budgets.byCode.get(ref.code);
  const byId = ref.id === undefined ? undefined : budgets.byId.get(ref.id);
  if (ref.code !== undefined && !byCode) return `unknown budget code ${JSON.stringify(ref.code)}`;
  if (ref.id !== undefined && !byId) return 'unknown budgetId: no such budget';
  if (byCode && byId && byCode.id !== byId.id) {
    return `budgetId and budgetCode ${JSON.stringify(ref.code)} name different budgets`;
  }
  return (byCode ?? byId)!;
}

/**
 * Checks every row in one pass; throws BulkValidationError listing each bad row (all its reasons),
 * else returns the column arrays to write.
 */
function validate(rows: readonly BudgetActualInput[], refs: readonly Reference[], budgets: Budgets): Columns {
  const count = rows.length;
  const problems: RowProblem[] = [];
  const budgetIds = new Array<number>(count);
  const months = new Array<string>(count);
  const amounts = new Array<string>(count);
  const firstIndexByKey = new Map<string, number>();
  for (let index = 0; index < count; index++) {
    const { month, amount } = rows[index];
    let reasons: string[] | undefined;
    const found = resolveBudget(refs[index], budgets);
    const budget = typeof found === 'string' ? undefined : found;
    if (typeof found === 'string') (reasons ??= []).push(found);
    else if (found.archived) (reasons ??= []).push(`budget ${found.code} is archived`);
    if (!isMonthStart(month)) {
      (reasons ??= []).push(`month ${JSON.stringify(month)} is not the first day of a month`);
    } else if (budget && Number(month.slice(0, 4)) !== budget.fiscalYear) {
      (reasons ??= []).push(
        `month ${month} is outside the fiscal year ${budget.fiscalYear} of budget ${budget.code}`,
      );
    }
    if (typeof amount !== 'string' || !AMOUNT_PATTERN.test(amount)) {
      (reasons ??= []).push(
        `amount ${JSON.stringify(amount)} is not a valid money amount (a decimal with at most 2 decimals and 16 integer digits)`,
      );
    }
    if (budget) {
      const key = `${budget.id}|${month}`;
      const first = firstIndexByKey.get(key);
      if (first === undefined) firstIndexByKey.set(key, index);
      else (reasons ??= []).push(`duplicate of row ${first} (same budget ${budget.code} and month ${month})`);
    }
    if (reasons) problems.push({ index, reason: reasons.join('; ') });
    else {
      budgetIds[index] = budget!.id;
      months[index] = month;
      amounts[index] = amount;
    }
  }
  if (problems.length) throw new BulkValidationError(problems);
  return { budgetIds, months, amounts };
}
