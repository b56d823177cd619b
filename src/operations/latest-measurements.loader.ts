import DataLoader from 'dataloader';
import type { GraphQLContext } from '../graphql/context';
import { BadUserInputError } from '../graphql/errors';
import { readOnlyPrototype, readOnlyReference } from '../graphql/read-only';
import { KpiMeasurement } from './kpi-measurement.entity';
import { Kpi } from './kpi.entity';

/** The most measurements `Kpi.measurements(last:)` returns per KPI. */
export const MAX_LAST_MEASUREMENTS = 1000;

/** `last` of `Kpi.measurements`, checked: BAD_USER_INPUT unless 1 to MAX_LAST_MEASUREMENTS. */
export function checkLast(last: number): number {
  if (!Number.isInteger(last) || last < 1 || last > MAX_LAST_MEASUREMENTS) {
    throw new BadUserInputError(`last must be from 1 to ${MAX_LAST_MEASUREMENTS}`, { argument: 'last' });
  }
  return last;
}

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
 * A read-only KpiMeasurement (src/graphql/read-only.ts) built straight from its row, outside the unit of work: MikroORM's
 * hydration (entity factory, identity map, reference propagation) cost ~40 µs per row and was a
 * quarter of the strategy-execution request's CPU (README). It is still an
 * instance of KpiMeasurement (`id`, `__typename`), and `kpi` is a read-only reference to its KPI
 * (src/graphql/read-only.ts) that `@RelationField` resolves through the loader.
 */
function readOnlyMeasurement(prototype: KpiMeasurement, row: MeasurementRow): KpiMeasurement {
  // The read-only prototype shadows MikroORM's change-tracking setters: plain own properties.
  const measurement = Object.create(prototype) as KpiMeasurement;
  measurement.id = row.id;
  measurement.kpi = readOnlyReference(Kpi, row.kpi_id);
  measurement.period = row.period;
  measurement.value = row.value;
  measurement.source = row.source ?? undefined;
  measurement.version = row.version;
  measurement.createdAt = new Date(row.created_ms);
  measurement.updatedAt = new Date(row.updated_ms);
  measurement.recordedAt = new Date(row.recorded_ms);
  return measurement;
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
        const prototype = readOnlyPrototype(ctx.em, KpiMeasurement);
        for (const row of rows) {
          groups.get(row.kpi_id)?.push(readOnlyMeasurement(prototype, row));
        }
        return keys.map((key) => groups.get(key) ?? []);
      }),
  );
}
