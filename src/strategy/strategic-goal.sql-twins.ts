import { raw, sql } from '../db/sql';
import { rowsByForeignKey, sqlTwin } from '../graphql/compiled-reads/sql-twins';

// SQL twins of StrategicGoalResolver's fields (src/graphql/compiled-reads/sql-twins.ts).

sqlTwin(
  'StrategicGoal',
  'keyResults',
  rowsByForeignKey('key_result', 'goal_id', (a) => `${a}.id`),
);

sqlTwin(
  'StrategicGoal',
  'children',
  rowsByForeignKey('strategic_goal', 'parent_id', (a) => `${a}.code, ${a}.id`, { archivable: true }),
);

sqlTwin('StrategicGoal', 'kpis', {
  kind: 'rows',
  // The KPIs of the goal's key results, in key result order (oldest first).
  rows: (_args, parent, alias) => ({
    from: sql`from key_result ${raw(`${alias}_kr join kpi ${alias} on ${alias}.id = ${alias}_kr.kpi_id`)} where ${raw(
      `${alias}_kr.goal_id = ${parent}.id`,
    )}`,
    orderBy: `${alias}_kr.id`,
  }),
});
