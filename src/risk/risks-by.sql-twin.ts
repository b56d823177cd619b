import { rowsByForeignKey, type SqlTwin } from '../graphql/compiled-reads/sql-twins';

/**
 * The SQL twin of `risksBy` (risk-loaders.ts) for the foreign key `column`: the same filter and
 * order, highest exposure first, then oldest.
 */
export function risksByTwin(column: 'goal_id' | 'project_id' | 'kpi_id'): SqlTwin {
  return rowsByForeignKey('risk', column, (a) => `${a}.likelihood * ${a}.impact desc, ${a}.id`, {
    archivable: true,
  });
}
