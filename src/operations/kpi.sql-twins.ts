import { raw, Sql, sql } from '../db/sql';
import { sqlTwin } from '../graphql/compiled-reads/sql-twins';
import { checkLast } from './latest-measurements.loader';
import { periodRange } from './period-range';

// SQL twins of KpiResolver's fields (src/graphql/compiled-reads/sql-twins.ts). Their arguments are
// checked as the resolver checks them: a refused one throws, and the resolver then reports it.

/** The rows of `table` (as `alias`) of the KPI `parent` with a period from `from` to `to`. */
function kpiPeriods(table: string, alias: string, parent: string, args: Record<string, unknown>): Sql {
  const from = args.from as string | null | undefined;
  const to = args.to as string | null | undefined;
  periodRange(from, to);
  return sql`from ${raw(`${table} ${alias} where ${alias}.kpi_id = ${parent}.id`)}${
    from ? sql` and ${raw(alias)}.period >= ${from}::date` : raw('')
  }${to ? sql` and ${raw(alias)}.period <= ${to}::date` : raw('')}`;
}

sqlTwin('Kpi', 'measurements', {
  kind: 'rows',
  rows: (args, parent, alias) => {
    const last = args.last as number | null | undefined;
    if (last == null)
      return { from: kpiPeriods('kpi_measurement', alias, parent, args), orderBy: `${alias}.period` };
    const latest = checkLast(last);
    const m = `${alias}_m`;
    return {
      from: sql`from (select * ${kpiPeriods('kpi_measurement', m, parent, args)} order by ${raw(m)}.period desc limit ${latest}) ${raw(alias)}`,
      orderBy: `${alias}.period`,
    };
  },
});

sqlTwin('Kpi', 'targets', {
  kind: 'rows',
  rows: (args, parent, alias) => ({
    from: kpiPeriods('kpi_target', alias, parent, args),
    orderBy: `${alias}.period, ${alias}.id`,
  }),
});
