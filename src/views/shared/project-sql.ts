import { raw, type Sql, sql } from './sql';

/**
 * Schedule slip in days of project alias `p` as of `asOf`:
 * delivered on or before asOf → actualEnd − plannedEnd (negative when early);
 * still open and past plannedEnd → asOf − plannedEnd; otherwise 0.
 */
export function slipDaysSql(alias: string, asOf: string): Sql {
  const p = raw(alias);
  return sql`(case
    when ${p}.actual_end is not null and ${p}.actual_end <= ${asOf}::date then ${p}.actual_end - ${p}.planned_end
    when ${asOf}::date > ${p}.planned_end then ${asOf}::date - ${p}.planned_end
    else 0 end)`;
}

export const SLIP_DESCRIPTION =
  'Schedule slip in days as of asOf: delivered (actualEnd on or before asOf) → actualEnd − plannedEnd (negative when early); ' +
  'still open after plannedEnd → asOf − plannedEnd; otherwise 0.';
