import { raw, type Sql } from './sql';

/**
 * SQL expression of KPI attainment (numeric), null when actual or target is null.
 * - HIGHER_IS_BETTER: target > 0 → actual / target; target ≤ 0 → 1 when actual ≥ target, else 0.
 * - LOWER_IS_BETTER: actual > 0 and target > 0 → target / actual; otherwise (a zero or negative
 *   actual or target) → 1 when actual ≤ target (e.g. zero defects against any target ≥ 0), else 0.
 * Never Infinity or NaN.
 */
export function attainmentSql(direction: string, actual: string, target: string): Sql {
  return raw(`(case
    when ${actual} is null or ${target} is null then null
    when ${direction} = 'HIGHER_IS_BETTER' then
      case when ${target} > 0 then ${actual}::numeric / ${target}
           when ${actual} >= ${target} then 1::numeric else 0::numeric end
    else
      case when ${actual} > 0 and ${target} > 0 then ${target}::numeric / ${actual}
           when ${actual} <= ${target} then 1::numeric else 0::numeric end
  end)`);
}

/** SQL expression of a KPI status from an attainment expression and the KPI's thresholds. */
export function statusSql(attainment: Sql, amber: string, red: string): Sql {
  return raw(`(case
    when (${attainment.text}) is null then 'NO_DATA'
    when (${attainment.text}) >= ${amber} then 'GREEN'
    when (${attainment.text}) >= ${red} then 'AMBER'
    else 'RED' end)`);
}

export const ATTAINMENT_DESCRIPTION =
  'Attainment: HIGHER_IS_BETTER actual / target, LOWER_IS_BETTER target / actual (not capped). ' +
  'Zero and negative values: HIGHER_IS_BETTER with target ≤ 0 → 1 when actual ≥ target, else 0; ' +
  'LOWER_IS_BETTER with actual ≤ 0 or target ≤ 0 → 1 when actual ≤ target (zero defects meet any target ≥ 0), else 0. ' +
  'Null when the measurement or the target is missing.';

export const STATUS_DESCRIPTION =
  "Status: GREEN when attainment ≥ the KPI's amberThreshold (default 1.0), AMBER when ≥ its redThreshold (default 0.9), else RED; NO_DATA when the measurement or the target is missing.";
