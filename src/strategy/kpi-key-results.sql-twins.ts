import { rowsByForeignKey, sqlTwin } from '../graphql/compiled-reads/sql-twins';

// SQL twins of KpiKeyResultsResolver's fields (src/graphql/compiled-reads/sql-twins.ts).

sqlTwin(
  'Kpi',
  'keyResults',
  rowsByForeignKey('key_result', 'kpi_id', (a) => `${a}.id`),
);
