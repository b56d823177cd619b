import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { type BulkAudit, bulkAuditCte } from '../audit/bulk-audit';
import { type OrgScope, orgScopeCondition } from '../auth/org-scope';
import { inTransaction } from '../db/versioned-update';
import type { BulkWriteResult } from '../graphql/bulk-write-result';
import { BadUserInputError, BulkValidationError, type RowProblem } from '../graphql/errors';
import type { KpiMeasurementInput, KpiTargetInput } from './kpi-feed-row.input';

/** The most rows one feed call may carry. */
export const MAX_FEED_ROWS = 10_000;
/** numeric(20,6) holds values with at most 14 digits before the decimal point. */
const MAX_ABS_VALUE = 1e14;
const MAX_SOURCE_LENGTH = 100;

type FeedRow = KpiTargetInput & { source?: string | null };

/** The rows as PostgreSQL array literals, and what the rows' own content already says is wrong. */
interface CheckedRows {
  codes: string;
  periods: string;
  values: string;
  sources: string;
  /** Rows with a problem that does not depend on their KPI, by index. */
  problems: Map<number, RowCheck>;
}

interface RowCheck {
  /** The period is not a YYYY-MM-01 date. */
  notMonthStart: boolean;
  /** Value, source and duplicate reasons, in this order. */
  reasons: string[];
}

/** A row whose KPI makes it invalid, as the write statement found it (`bad` below). */
interface KpiProblem {
  index: number;
  unknown: boolean;
  archived: boolean;
  off_quarter: boolean;
}

/**
 * The rows (`input`), their KPIs (`resolved`, codes outside the caller's org scope count as unknown)
 * and the rows their KPI makes invalid (`bad`): unknown or archived, or a period off the quarter
 * starts of a QUARTERLY KPI. The write below reads `resolved` only when `bad` is empty, so the
 * rules and the write see the same snapshot of `kpi`.
 */
const RESOLVE_ROWS = (withSource: boolean, scope: string) => `
with input as (
  select * from unnest(?::text[], ?::date[], ?::numeric[]${withSource ? ', ?::text[]' : ''})
    with ordinality as r(kpi_code, period, value${withSource ? ', source' : ''}, ord)
), resolved as (
  select r.*, k.id as kpi_id, k.archived_at is not null as archived,
    k.frequency = 'QUARTERLY' and extract(month from r.period)::int % 3 <> 1 as off_quarter
  from input r left join kpi k on k.code = r.kpi_code and ${scope}
), bad as (
  select ord::int - 1 as index, kpi_id is null as unknown, archived, off_quarter
  from resolved where kpi_id is null or archived or off_quarter
)`;

// Writes only when the rows passed the checks in memory (the boolean binding) and `bad` is empty.
// `audit.returning` and `audit_rows` (src/audit/bulk-audit.ts): one audit row per written row, same
// statement. Unchanged rows fail the DO UPDATE's WHERE, so they are neither rewritten nor returned.
const UPSERT_MEASUREMENTS = (scope: string, audit: BulkAudit) => `${RESOLVE_ROWS(true, scope)}, written as (
  insert into kpi_measurement (kpi_id, period, value, source, recorded_at)
  select r.kpi_id, r.period, r.value, r.source, now()
  from resolved r
  where ?::boolean and not exists (select 1 from bad)
  on conflict (kpi_id, period) do update
    set value = excluded.value, source = excluded.source, recorded_at = now(),
        version = kpi_measurement.version + 1, updated_at = now()
    where kpi_measurement.value is distinct from excluded.value
       or kpi_measurement.source is distinct from excluded.source
  returning id, value, source, (xmax = 0) as inserted${audit.returning}
), ${audit.sql}
select count(*) filter (where inserted)::int as inserted, count(*) filter (where not inserted)::int as updated,
  (select json_agg(bad order by index) from bad) as problems
from written`;

const UPSERT_TARGETS = (scope: string, audit: BulkAudit) => `${RESOLVE_ROWS(false, scope)}, written as (
  insert into kpi_target (kpi_id, period, value)
  select r.kpi_id, r.period, r.value
  from resolved r
  where ?::boolean and not exists (select 1 from bad)
  on conflict (kpi_id, period) do update
    set value = excluded.value, version = kpi_target.version + 1, updated_at = now()
    where kpi_target.value is distinct from excluded.value
  returning id, value, (xmax = 0) as inserted${audit.returning}
), ${audit.sql}
select count(*) filter (where inserted)::int as inserted, count(*) filter (where not inserted)::int as updated,
  (select json_agg(bad order by index) from bad) as problems
from written`;

/**
 * The KPI feeds (measurements from ERP and production systems, targets from planning):
 * idempotent upserts by (KPI code, period). Whatever the number of rows, a call is one statement in
 * one transaction: it resolves the codes, applies the rules that need the KPI and, only when every
 * row is valid, upserts them and writes their audit rows. The rules that need only the row are
 * checked in memory first; no entity is hydrated.
 */
export class KpiFeedRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: OrgScope | null,
  ) {}

  recordMeasurements(rows: readonly KpiMeasurementInput[]): Promise<BulkWriteResult> {
    return this.write(rows, true, (em, scope) => {
      const audit = bulkAuditCte(em, {
        entityType: 'KpiMeasurement',
        table: 'kpi_measurement',
        written: 'written',
        fields: { value: 'value', source: 'source' },
      });
      return { sql: UPSERT_MEASUREMENTS(scope, audit), auditBindings: audit.bindings };
    });
  }

  setTargets(rows: readonly KpiTargetInput[]): Promise<BulkWriteResult> {
    return this.write(rows, false, (em, scope) => {
      const audit = bulkAuditCte(em, {
        entityType: 'KpiTarget',
        table: 'kpi_target',
        written: 'written',
        fields: { value: 'value' },
      });
      return { sql: UPSERT_TARGETS(scope, audit), auditBindings: audit.bindings };
    });
  }

  private async write(
    rows: readonly FeedRow[],
    withSource: boolean,
    statement: (em: EntityManager, scope: string) => { sql: string; auditBindings: unknown[] },
  ): Promise<BulkWriteResult> {
    if (rows.length > MAX_FEED_ROWS) {
      throw new BadUserInputError(`input: at most ${MAX_FEED_ROWS} rows a call, got ${rows.length}`, {
        argument: 'input',
        maxRows: MAX_FEED_ROWS,
      });
    }
    if (rows.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
    const checked = checkRows(rows, withSource);
    return inTransaction(this.em, async (em) => {
      const knex = em.getKnex();
      const trx = em.getTransactionContext<Knex.Transaction>();
      const scope = orgScopeCondition('k.org_unit_id', this.scope);
      const { sql, auditBindings } = statement(em, scope.sql);
      const query = knex.raw(sql, [
        checked.codes,
        checked.periods,
        checked.values,
        ...(withSource ? [checked.sources] : []),
        ...scope.bindings,
        checked.problems.size === 0,
        ...auditBindings,
      ] as Knex.RawBinding[]);
      if (trx) query.transacting(trx);
      const result = (await query) as {
        rows: { inserted: number; updated: number; problems: KpiProblem[] | null }[];
      };
      const { inserted, updated, problems } = result.rows[0];
      if (checked.problems.size || problems) {
        throw new BulkValidationError(rowProblems(rows, checked.problems, problems ?? []));
      }
      return { inserted, updated, unchanged: rows.length - inserted - updated };
    });
  }
}

// Array parameters are sent as PostgreSQL array literals built here: node-postgres would quote
// and escape every element of every array, a measurable cost at 10,000 rows.

/** One element of a text[] literal: double-quoted, its quotes and backslashes escaped; null is NULL. */
function quoted(value: string | null): string {
  if (value === null) return 'NULL';
  return value.includes('"') || value.includes('\\') ? `"${value.replace(/["\\]/g, '\\$&')}"` : `"${value}"`;
}

/** "YYYY-MM-01": the Date scalar already guaranteed a real calendar date, so two characters decide. */
function isMonthStart(period: string): boolean {
  return period.length === 10 && period.charCodeAt(8) === 48 && period.charCodeAt(9) === 49;
}

/**
 * Checks in one pass what each row says by itself (period a month start, value finite and in range,
 * source length, no earlier row with the same KPI code and period) and builds the array literals.
 */
function checkRows(rows: readonly FeedRow[], withSource: boolean): CheckedRows {
  const problems = new Map<number, RowCheck>();
  const firstIndexByKey = new Map<string, number>();
  let codes = '{';
  let periods = '{';
  let values = '{';
  let sources = '{';
  // Feeds mostly repeat one source ("ERP"): quote it once.
  let lastSource: string | null | undefined;
  let lastSourceLiteral = '';
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    const { kpiCode, period, value } = row;
    let check: RowCheck | undefined;
    const periodOk = typeof period === 'string' && isMonthStart(period);
    if (!periodOk) check = { notMonthStart: true, reasons: [] };
    const valueOk = typeof value === 'number' && Number.isFinite(value);
    if (!valueOk) {
      (check ??= { notMonthStart: false, reasons: [] }).reasons.push('value is not a finite number');
    } else if (value >= MAX_ABS_VALUE || value <= -MAX_ABS_VALUE) {
      (check ??= { notMonthStart: false, reasons: [] }).reasons.push(
        `value ${value} is out of range (|value| < 1e14)`,
      );
    }
    if (withSource) {
      const source = row.source ?? null;
      if (source !== null && source.length > MAX_SOURCE_LENGTH) {
        (check ??= { notMonthStart: false, reasons: [] }).reasons.push(
          `source is longer than ${MAX_SOURCE_LENGTH} characters`,
        );
      }
      if (source !== lastSource) {
        lastSource = source;
        lastSourceLiteral = quoted(source);
      }
      sources += index > 0 ? ',' + lastSourceLiteral : lastSourceLiteral;
    }
    const key = kpiCode + '\u0000' + period;
    const first = firstIndexByKey.get(key);
    if (first === undefined) firstIndexByKey.set(key, index);
    else {
      (check ??= { notMonthStart: false, reasons: [] }).reasons.push(
        `duplicate of row ${first} (same KPI ${kpiCode} and period ${period})`,
      );
    }
    if (check) problems.set(index, check);

    const separator = index > 0 ? ',' : '';
    codes += separator + quoted(kpiCode);
    // Only month starts and finite numbers reach SQL (nothing to quote); anything else is NULL.
    periods += separator + (periodOk ? period : 'NULL');
    values += separator + (valueOk ? value : 'NULL');
  }
  return {
    codes: codes + '}',
    periods: periods + '}',
    values: values + '}',
    sources: sources + '}',
    problems,
  };
}

/** Every bad row with all its reasons, in row order: KPI, period, value, source, duplicate. */
function rowProblems(
  rows: readonly FeedRow[],
  checks: Map<number, RowCheck>,
  kpiProblems: readonly KpiProblem[],
): RowProblem[] {
  const byIndex = new Map(kpiProblems.map((problem) => [problem.index, problem]));
  const indexes = [...new Set([...checks.keys(), ...byIndex.keys()])].sort((a, b) => a - b);
  return indexes.map((index) => {
    const { kpiCode, period } = rows[index];
    const check = checks.get(index);
    const kpi = byIndex.get(index);
    const reasons: string[] = [];
    if (kpi?.unknown) reasons.push(`unknown KPI code ${JSON.stringify(kpiCode)}`);
    else if (kpi?.archived) reasons.push(`KPI ${kpiCode} is archived`);
    if (check?.notMonthStart) {
      reasons.push(`period ${JSON.stringify(period)} is not the first day of a month`);
    } else if (kpi?.off_quarter) {
      reasons.push(`period ${period} is not the first day of a quarter (KPI ${kpiCode} is QUARTERLY)`);
    }
    if (check) reasons.push(...check.reasons);
    return { index, reason: reasons.join('; ') };
  });
}
