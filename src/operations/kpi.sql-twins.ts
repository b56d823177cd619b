import { raw, Sql, sql } from '../db/sql';
import { sqlTwin } from '../graphql/compiled-reads/sql-twins';
import { MAX_LAST_MEASUREMENTS } from './latest-measurements.loader';

// SQL twins of KpiResolver's fields (src/graphql/compiled-reads/sql-twins.ts).

sqlTwin('Kpi', 'measurements', {
  kind: 'rows',
  rows: (args, parent, alias) => {
    const from = args.from as string | null | undefined;
    const to = args.to as string | null | undefined;
    const last = args.last as number | null | undefined;
    // Invalid arguments: the resolver reports them (BAD_USER_INPUT).
    if (from && to && from > to) return undefined;
    if (last != null && (!Number.isInteger(last) || last < 1 || last > MAX_LAST_MEASUREMENTS))
      return undefined;
    const m = last == null ? alias : `${alias}_m`;
    const where = sql`where ${raw(`${m}.kpi_id = ${parent}.id`)}${from ? sql` and ${raw(m)}.period >= ${from}::date` : raw('')}${
      to ? sql` and ${raw(m)}.period <= ${to}::date` : raw('')
    }`;
    const rows: Sql =
      last == null
        ? sql`from kpi_measurement ${raw(alias)} ${where}`
        : sql`from (select * from kpi_measurement ${raw(m)} ${where} order by ${raw(m)}.period desc limit ${last}) ${raw(alias)}`;
    return { from: rows, orderBy: `${alias}.period` };
  },
});

sqlTwin('Kpi', 'targets', {
  kind: 'rows',
  rows: (args, parent, alias) => {
    const from = args.from as string | null | undefined;
    const to = args.to as string | null | undefined;
    // from after to: the resolver reports it (periodRange, BAD_USER_INPUT).
    if (from && to && from > to) return undefined;
    return {
      from: sql`from kpi_target ${raw(alias)} where ${raw(`${alias}.kpi_id = ${parent}.id`)}${
        from ? sql` and ${raw(alias)}.period >= ${from}::date` : raw('')
      }${to ? sql` and ${raw(alias)}.period <= ${to}::date` : raw('')}`,
      orderBy: `${alias}.period, ${alias}.id`,
    };
  },
});
