import { rowsByForeignKey, sqlTwin } from '../graphql/compiled-reads/sql-twins';

// SQL twins of PersonGoalsResolver's fields (src/graphql/compiled-reads/sql-twins.ts).

sqlTwin(
  'Person',
  'goals',
  rowsByForeignKey('strategic_goal', 'owner_id', (a) => `${a}.code, ${a}.id`, { archivable: true }),
);
