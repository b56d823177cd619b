import { rowsByForeignKey, sqlTwin } from '../graphql/compiled-reads/sql-twins';

// SQL twins of TechProjectResolver's fields (src/graphql/compiled-reads/sql-twins.ts). `goals` has
// none: the resolver sorts by String.prototype.localeCompare (ICU, the process locale), an order no
// database collation is guaranteed to match.

sqlTwin(
  'TechProject',
  'milestones',
  rowsByForeignKey('milestone', 'project_id', (a) => `${a}.due_date, ${a}.id`),
);
sqlTwin(
  'TechProject',
  'contributions',
  rowsByForeignKey('project_contribution', 'project_id', (a) => `${a}.id`),
);
