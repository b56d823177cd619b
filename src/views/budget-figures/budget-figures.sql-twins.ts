import { raw, sql } from '../../db/sql';
import { sqlTwin } from '../../graphql/compiled-reads/sql-twins';
import { resolveAsOf } from '../shared/as-of';
import { actualsAsOf, BUDGET_FIGURES } from './budget-figures.sql';

// SQL twins of BudgetFiguresResolver's fields (src/graphql/compiled-reads/sql-twins.ts), with the
// formulas of BudgetFiguresService.inBudgetCurrency (budget-figures.sql.ts).

for (const [field, figure] of Object.entries(BUDGET_FIGURES)) {
  sqlTwin('Budget', field, {
    kind: 'value',
    value: (args, parent) => {
      const actuals = `${parent}_a`;
      return sql`(select ${raw(figure(parent, actuals))} from (${actualsAsOf(
        parent,
        resolveAsOf(args.asOf as string | null | undefined),
      )}) ${raw(actuals)})`;
    },
  });
}
