import { rowsByForeignKey, type SqlTwin } from '../graphql/compiled-reads/sql-twins';

/** The SQL twin of `projectsBy` (project-loaders.ts) for the foreign key `column`: its filter and order. */
export function projectsByTwin(column: 'org_unit_id' | 'budget_id'): SqlTwin {
  return rowsByForeignKey('tech_project', column, (a) => `${a}.code, ${a}.id`, { archivable: true });
}
