import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { bulkAuditCte } from '../audit/bulk-audit';
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

interface KpiKey {
  id: number;
  quarterly: boolean;
  archived: boolean;
}

interface Columns {
  kpiIds: number[];
  periods: string[];
  values: number[];
  sources: (string | null)[];
}

// `before` and `audit_rows` (src/audit/bulk-audit.ts): one audit row per written row, same statement.
const UPSERT_MEASUREMENTS = (audit: string) => `
with input as (
  select * from unnest(?::int[], ?::date[], ?::numeric[], ?::text[]) as r(kpi_id, period, value, source)
), before as (
  select m.id, m.value, m.source from kpi_measurement m join input r on r.kpi_id = m.kpi_id and r.period = m.period
), written as (
  insert into kpi_measurement (kpi_id, period, value, source, recorded_at)
  select r.kpi_id, r.period, r.value, r.source, now()
  from input r
  on conflict (kpi_id, period) do update
    set value = excluded.value, source = excluded.source, recorded_at = now(),
        version = kpi_measurement.version + 1, updated_at = now()
    where kpi_measurement.value is distinct from excluded.value
       or kpi_measurement.source is distinct from excluded.source
  returning id, value, source, (xmax = 0) as inserted
), ${audit}
select count(*) filter (where inserted)::int as inserted, count(*) filter (where not inserted)::int as updated
from written`;

const UPSERT_TARGETS = (audit: string) => `
with input as (
  select * from unnest(?::int[], ?::date[], ?::numeric[]) as r(kpi_id, period, value)
), before as (
  select t.id, t.value from kpi_target t join input r on r.kpi_id = t.kpi_id and r.period = t.period
), written as (
  insert into kpi_target (kpi_id, period, value)
  select r.kpi_id, r.period, r.value
  from input r
  on conflict (kpi_id, period) do update
    set value = excluded.value, version = kpi_target.version + 1, updated_at = now()
    where kpi_target.value is distinct from excluded.value
  returning id, value, (xmax = 0) as inserted
), ${audit}
select count(*) filter (where inserted)::int as inserted, count(*) filter (where not inserted)::int as updated
from written`;

/**
 * The KPI feeds (measurements from ERP and production systems, targets from planning):
 * idempotent upserts by (KPI code, period). Whatever the number of rows, a call costs one lookup
 * of the codes and one set-based INSERT … ON CONFLICT in one transaction; no entity is hydrated.
 */
export class KpiFeedRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: OrgScope | null,
  ) {}

  recordMeasurements(rows: readonly KpiMeasurementInput[]): Promise<BulkWriteResult> {
    return this.write(rows, true, (columns, em) => {
      const audit = bulkAuditCte(em, {
        entityType: 'KpiMeasurement',
        written: 'written',
        before: 'before',
        fields: { value: 'value', source: 'source' },
      });
      return {
        sql: UPSERT_MEASUREMENTS(audit.sql),
        bindings: [
          plainArray(columns.kpiIds),
          plainArray(columns.periods),
          plainArray(columns.values),
          textArray(columns.sources),
          ...audit.bindings,
        ],
      };
    });
  }

  setTargets(rows: readonly KpiTargetInput[]): Promise<BulkWriteResult> {
    return this.write(rows, false, (columns, em) => {
      const audit = bulkAuditCte(em, {
        entityType: 'KpiTarget',
        written: 'written',
        before: 'before',
        fields: { value: 'value' },
      });
      return {
        sql: UPSERT_TARGETS(audit.sql),
        bindings: [
          plainArray(columns.kpiIds),
          plainArray(columns.periods),
          plainArray(columns.values),
          ...audit.bindings,
        ],
      };
    });
  }

  private async write(
    rows: readonly (KpiTargetInput & { source?: string | null })[],
    withSource: boolean,
    statement: (columns: Columns, em: EntityManager) => { sql: string; bindings: unknown[] },
  ): Promise<BulkWriteResult> {
    if (rows.length > MAX_FEED_ROWS) {
      throw new BadUserInputError(`input: at most ${MAX_FEED_ROWS} rows a call, got ${rows.length}`, {
        argument: 'input',
        maxRows: MAX_FEED_ROWS,
      });
    }
    if (rows.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
    return inTransaction(this.em, async (em) => {
      const knex = em.getKnex();
      const trx = em.getTransactionContext<Knex.Transaction>();
      const kpis = await this.lookUpCodes(knex, trx, rows);
      const columns = validate(rows, kpis, withSource);
      const { sql, bindings } = statement(columns, em);
      const query = knex.raw(sql, bindings as Knex.RawBinding[]);
      if (trx) query.transacting(trx);
      const result = (await query) as { rows: { inserted: number; updated: number }[] };
      const { inserted, updated } = result.rows[0];
      return { inserted, updated, unchanged: rows.length - inserted - updated };
    });
  }

  /** One statement for all codes of the call; KPIs outside the caller's org scope count as unknown. */
  private async lookUpCodes(
    knex: Knex,
    trx: Knex.Transaction | undefined,
    rows: readonly { kpiCode: string }[],
  ): Promise<Map<string, KpiKey>> {
    const codes = [...new Set(rows.map((row) => row.kpiCode))];
    const scope = orgScopeCondition('org_unit_id', this.scope);
    const query = knex.raw(
      `select id, code, frequency = 'QUARTERLY' as quarterly, archived_at is not null as archived
       from kpi where code = any(?::text[]) and ${scope.sql}`,
      [textArray(codes), ...scope.bindings] as Knex.RawBinding[],
    );
    if (trx) query.transacting(trx);
    const result = (await query) as { rows: (KpiKey & { code: string })[] };
    return new Map(result.rows.map((row) => [row.code, row]));
  }
}

// Array parameters are sent as PostgreSQL array literals built here: node-postgres would quote
// and escape every element of every array, a measurable cost at 10,000 rows.

/** `{1,2,3}` for validated integers, finite numbers and YYYY-MM-DD dates (nothing to quote). */
function plainArray(values: readonly (number | string)[]): string {
  return `{${values.join(',')}}`;
}

/** A text[] literal: every element double-quoted, its quotes and backslashes escaped; null is NULL. */
function textArray(values: readonly (string | null)[]): string {
  let literal = '{';
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (i > 0) literal += ',';
    literal += value === null ? 'NULL' : `"${value.replace(/["\\]/g, '\\$&')}"`;
  }
  return literal + '}';
}

/** "YYYY-MM-01": the Date scalar already guaranteed a real calendar date, so two characters decide. */
function isMonthStart(period: string): boolean {
  return period.length === 10 && period.charCodeAt(8) === 48 && period.charCodeAt(9) === 49;
}

/** Months 01, 04, 07 and 10 start a quarter. */
function isQuarterMonth(period: string): boolean {
  const tens = period.charCodeAt(5);
  const units = period.charCodeAt(6);
  return (tens === 48 && (units === 49 || units === 52 || units === 55)) || (tens === 49 && units === 48);
}

/**
 * Checks every row in one pass; throws BulkValidationError listing each bad row (all its reasons),
 * else returns the column arrays to write.
 */
function validate(
  rows: readonly (KpiTargetInput & { source?: string | null })[],
  kpis: Map<string, KpiKey>,
  withSource: boolean,
): Columns {
  const count = rows.length;
  const problems: RowProblem[] = [];
  const kpiIds = new Array<number>(count);
  const periods = new Array<string>(count);
  const values = new Array<number>(count);
  const sources = new Array<string | null>(withSource ? count : 0);
  const firstIndexByKey = new Map<string, number>();
  for (let index = 0; index < count; index++) {
    const row = rows[index];
    const { kpiCode, period, value } = row;
    let reasons: string[] | undefined;
    const kpi = kpis.get(kpiCode);
    if (!kpi) (reasons ??= []).push(`unknown KPI code ${JSON.stringify(kpiCode)}`);
    else if (kpi.archived) (reasons ??= []).push(`KPI ${kpiCode} is archived`);
    if (typeof period !== 'string' || !isMonthStart(period)) {
      (reasons ??= []).push(`period ${JSON.stringify(period)} is not the first day of a month`);
    } else if (kpi?.quarterly && !isQuarterMonth(period)) {
      (reasons ??= []).push(
        `period ${period} is not the first day of a quarter (KPI ${kpiCode} is QUARTERLY)`,
      );
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      (reasons ??= []).push('value is not a finite number');
    } else if (value >= MAX_ABS_VALUE || value <= -MAX_ABS_VALUE) {
      (reasons ??= []).push(`value ${value} is out of range (|value| < 1e14)`);
    }
    if (withSource) {
      const source = row.source ?? null;
      if (source !== null && source.length > MAX_SOURCE_LENGTH) {
        (reasons ??= []).push(`source is longer than ${MAX_SOURCE_LENGTH} characters`);
      }
      sources[index] = source;
    }
    const key = kpiCode + '\u0000' + period;
    const first = firstIndexByKey.get(key);
    if (first === undefined) firstIndexByKey.set(key, index);
    else (reasons ??= []).push(`duplicate of row ${first} (same KPI ${kpiCode} and period ${period})`);

    if (reasons) problems.push({ index, reason: reasons.join('; ') });
    else {
      kpiIds[index] = kpi!.id;
      periods[index] = period;
      values[index] = value;
    }
  }
  if (problems.length) throw new BulkValidationError(problems);
  return { kpiIds, periods, values, sources };
}
