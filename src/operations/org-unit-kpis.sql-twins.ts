import { rowsByForeignKey, sqlTwin } from '../graphql/compiled-reads/sql-twins';

// SQL twins of OrgUnitKpisResolver's fields (src/graphql/compiled-reads/sql-twins.ts).

sqlTwin(
  'OrgUnit',
  'kpis',
  rowsByForeignKey('kpi', 'org_unit_id', (a) => `${a}.code, ${a}.id`, { archivable: true }),
);
