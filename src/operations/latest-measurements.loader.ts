import DataLoader from 'dataloader';
import type { GraphQLContext } from '../graphql/context';
import { KpiMeasurement } from './kpi-measurement.entity';

/** The most measurements `Kpi.measurements(last:)` returns per KPI. */
export const MAX_LAST_MEASUREMENTS = 1000;

const COLUMNS = 'id, created_at, updated_at, version, kpi_id, period, value, source, recorded_at';

/**
 * The latest `last` measurements of each KPI key (optionally within from..to), oldest period first:
 * one SQL statement per batch whatever the number of KPIs (row_number() over each KPI's periods).
 */
export function latestMeasurements(
  ctx: GraphQLContext,
  last: number,
  from?: string | null,
  to?: string | null,
): DataLoader<number, KpiMeasurement[]> {
  return ctx.loaders.memo(
    `operations:latestMeasurements:${last}:${from ?? ''}:${to ?? ''}`,
    () =>
      new DataLoader<number, KpiMeasurement[]>(async (keys) => {
        const bindings: unknown[] = [`{${keys.join(',')}}`];
        let range = '';
        if (from) {
          range += ' and m.period >= ?::date';
          bindings.push(from);
        }
        if (to) {
          range += ' and m.period <= ?::date';
          bindings.push(to);
        }
        bindings.push(last);
        const rows = await ctx.em.getConnection().execute<Record<string, unknown>[]>(
          `select ${COLUMNS} from (
             select m.*, row_number() over (partition by m.kpi_id order by m.period desc) as rank
             from kpi_measurement m
             where m.kpi_id = any(?::int[])${range}
           ) m
           where m.rank <= ?
           order by m.kpi_id, m.period`,
          bindings as never[],
          'all',
        );
        const groups = new Map<number, KpiMeasurement[]>(keys.map((key) => [key, []]));
        for (const row of rows) {
          groups.get(row.kpi_id as number)?.push(ctx.em.map(KpiMeasurement, row as never));
        }
        return keys.map((key) => groups.get(key) ?? []);
      }),
  );
}
