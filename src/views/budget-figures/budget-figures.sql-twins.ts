import { raw, type Sql, sql } from '../../db/sql';
import { sqlTwin } from '../../graphql/compiled-reads/sql-twins';
import { resolveAsOf } from '../shared/as-of';

// SQL twins of BudgetFiguresResolver's fields (src/graphql/compiled-reads/sql-twins.ts); the
// formulas are those of BudgetFiguresService.inBudgetCurrency, word for word.

/**
 * One figure of the budget `parent` as of `args.asOf`: `figure` gets the budget alias and the alias
 * of its actuals on or before asOf (`actual`: their sum, null without any; `months`: their count).
 */
function budgetFigure(
  args: Record<string, unknown>,
  parent: string,
  figure: (budget: string, actuals: string) => string,
): Sql {
  const a = `${parent}_a`;
  const ba = `${parent}_ba`;
  const asOf = resolveAsOf(args.asOf as string | null | undefined);
  const actuals = sql`select sum(${raw(ba)}.amount) as actual, count(*)::int as months
    from budget_actual ${raw(`${ba} where ${ba}.budget_id = ${parent}.id`)} and ${raw(ba)}.month <= ${asOf}::date`;
  return sql`(select ${raw(figure(parent, a))} from (${actuals}) ${raw(a)})`;
}

sqlTwin('Budget', 'actual', {
  kind: 'value',
  value: (args, parent) =>
    budgetFigure(args, parent, (_b, a) => `coalesce(${a}.actual, 0)::numeric(18,2)::text`),
});

sqlTwin('Budget', 'variance', {
  kind: 'value',
  value: (args, parent) =>
    budgetFigure(args, parent, (b, a) => `(coalesce(${a}.actual, 0) - ${b}.planned)::numeric(18,2)::text`),
});

sqlTwin('Budget', 'variancePct', {
  kind: 'value',
  value: (args, parent) =>
    budgetFigure(
      args,
      parent,
      (b, a) =>
        `case when ${b}.planned <> 0 then ((coalesce(${a}.actual, 0) - ${b}.planned) / ${b}.planned * 100)::float8 end`,
    ),
});

sqlTwin('Budget', 'forecast', {
  kind: 'value',
  value: (args, parent) =>
    budgetFigure(
      args,
      parent,
      (_b, a) => `case when ${a}.months > 0 then round(${a}.actual / ${a}.months * 12, 2)::text end`,
    ),
});
