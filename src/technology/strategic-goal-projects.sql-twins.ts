import { raw, sql } from '../db/sql';
import { sqlTwin } from '../graphql/compiled-reads/sql-twins';

// SQL twins of StrategicGoalProjectsResolver's fields (src/graphql/compiled-reads/sql-twins.ts).

sqlTwin('StrategicGoal', 'contributions', {
  kind: 'rows',
  rows: (args, parent, alias) => ({
    from: sql`from project_contribution ${raw(alias)} join tech_project ${raw(
      `${alias}_p on ${alias}_p.id = ${alias}.project_id`,
    )} where ${raw(`${alias}.goal_id = ${parent}.id`)}${raw(
      args.includeArchived ? '' : ` and ${alias}_p.archived_at is null`,
    )}`,
    orderBy: `${alias}_p.code, ${alias}.id`,
  }),
});

sqlTwin('StrategicGoal', 'projects', {
  kind: 'rows',
  // The projects of contributionsByGoal, in its order (project code, then contribution).
  rows: (args, parent, alias) => ({
    from: sql`from project_contribution ${raw(`${alias}_c`)} join tech_project ${raw(
      `${alias} on ${alias}.id = ${alias}_c.project_id`,
    )} where ${raw(`${alias}_c.goal_id = ${parent}.id`)}${raw(
      args.includeArchived ? '' : ` and ${alias}.archived_at is null`,
    )}`,
    orderBy: `${alias}.code, ${alias}_c.id`,
  }),
});
