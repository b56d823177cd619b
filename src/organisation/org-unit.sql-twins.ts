import { rowsByForeignKey, sqlTwin } from '../graphql/compiled-reads/sql-twins';

// SQL twins of OrgUnitResolver's fields (src/graphql/compiled-reads/sql-twins.ts).

sqlTwin(
  'OrgUnit',
  'children',
  rowsByForeignKey('org_unit', 'parent_id', (a) => `${a}.code, ${a}.id`, { archivable: true }),
);
sqlTwin(
  'OrgUnit',
  'people',
  rowsByForeignKey('person', 'org_unit_id', (a) => `${a}.name, ${a}.id`, { archivable: true }),
);
