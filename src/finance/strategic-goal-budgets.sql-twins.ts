import { rowsByForeignKey, sqlTwin } from '../graphql/compiled-reads/sql-twins';

// SQL twins of StrategicGoalBudgetsResolver's fields (src/graphql/compiled-reads/sql-twins.ts).

sqlTwin(
  'StrategicGoal',
  'budgets',
  rowsByForeignKey('budget', 'goal_id', (a) => `${a}.fiscal_year, ${a}.code, ${a}.id`, { archivable: true }),
);
