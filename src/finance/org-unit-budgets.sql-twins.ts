import { rowsByForeignKey, sqlTwin } from '../graphql/compiled-reads/sql-twins';

// SQL twins of OrgUnitBudgetsResolver's fields (src/graphql/compiled-reads/sql-twins.ts).

sqlTwin(
  'OrgUnit',
  'budgets',
  rowsByForeignKey('budget', 'org_unit_id', (a) => `${a}.fiscal_year, ${a}.code, ${a}.id`, {
    archivable: true,
  }),
);
