import DataLoader from 'dataloader';
import type { GraphQLContext } from '../graphql/context';
import { readOnlyReference } from '../graphql/read-only';
import { KpiMeasurement } from './kpi-measurement.entity';
import { Kpi } from './kpi.entity';

/** The most measurements `Kpi.measurements(last:)` returns per KPI. */
export const MAX_LAST_MEASUREMENTS = 1000;

const COLUMNS = `id, kpi_id, period::text as period, value::float8 as value, source, version,
  (extract(epoch from created_at) * 1000)::float8 as created_ms,
  (extract(epoch from updated_at) * 1000)::float8 as updated_ms,
  (extract(epoch from recorded_at) * 1000)::float8 as recorded_ms`;

interface MeasurementRow {
  id: number;
  kpi_id: number;
  period: string;
  value: number;
  source: string | null;
  version: number;
  created_ms: number;
  updated_ms: number;
  recorded_ms: number;
}

/**
 * A read-only KpiMeasurement built straight from its row, outside the unit of work: MikroORM's
 * hydration (entity factory, identity map, reference propagation) cost ~40 µs per row and was a
 * quarter of the strategy-execution request's CPU (docs/readme/performance.md). It is still an
 * instance of KpiMeasurement (`id`, `__typename`), and `kpi` is a read-only reference to its KPI
 * (src/graphql/read-only.ts) that `@RelationField` resolves through the loader.
 */
function readOnlyMeasurement(row: MeasurementRow): KpiMeasurement {
  const field = (value: unknown) => ({ value, enumerable: true });
  // Own properties, defined in one call: the prototype's MikroORM setters (change tracking) stay out of it.
  return Object.create(KpiMeasurement.prototype, {
    id: field(row.id),
    kpi: field(readOnlyReference(Kpi, row.kpi_id)),
    period: field(row.period),
    value: field(row.value),
    source: field(row.source ?? undefined),
    version: field(row.version),
    createdAt: field(new Date(row.created_ms)),
    updatedAt: field(new Date(row.updated_ms)),
    recordedAt: field(new Date(row.recorded_ms)),
  }) as KpiMeasurement;
}

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
        const rows = await ctx.em.getConnection().execute<MeasurementRow[]>(
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
          groups.get(row.kpi_id)?.push(readOnlyMeasurement(row));
        }
        return keys.map((key) => groups.get(key) ?? []);
      }),
  );
}
