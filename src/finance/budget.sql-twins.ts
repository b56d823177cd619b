import { rowsByForeignKey, sqlTwin } from '../graphql/compiled-reads/sql-twins';

// SQL twins of BudgetResolver's fields (src/graphql/compiled-reads/sql-twins.ts).

sqlTwin(
  'Budget',
  'actuals',
  rowsByForeignKey('budget_actual', 'budget_id', (a) => `${a}.month, ${a}.id`),
);
