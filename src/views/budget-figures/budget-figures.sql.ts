import { raw, type Sql, sql } from '../../db/sql';

/**
 * The actuals of the budget row `budget` booked on or before `asOf`, as one row: `actual` (their
 * sum, null without any) and `months` (their count). Alias it and read it with `BUDGET_FIGURES`.
 */
export function actualsAsOf(budget: string, asOf: string): Sql {
  const ba = `${budget}_ba`;
  return sql`select sum(${raw(ba)}.amount) as actual, count(*)::int as months
    from budget_actual ${raw(`${ba} where ${ba}.budget_id = ${budget}.id`)} and ${raw(ba)}.month <= ${asOf}::date`;
}

/**
 * Plan-versus-actual figures in the budget's currency, from the budget row `b` and its actuals `a`
 * (`actualsAsOf`), in their output form: Decimals as text, the percentage as float8, null where
 * undefined. BudgetFiguresService and the compiled read path's twins both use these.
 */
export const BUDGET_FIGURES = {
  actual: (_b: string, a: string) => `coalesce(${a}.actual, 0)::numeric(18,2)::text`,
  variance: (b: string, a: string) => `(coalesce(${a}.actual, 0) - ${b}.planned)::numeric(18,2)::text`,
  variancePct: (b: string, a: string) =>
    `case when ${b}.planned <> 0 then ((coalesce(${a}.actual, 0) - ${b}.planned) / ${b}.planned * 100)::float8 end`,
  forecast: (_b: string, a: string) =>
    `case when ${a}.months > 0 then round(${a}.actual / ${a}.months * 12, 2)::text end`,
} as const;
