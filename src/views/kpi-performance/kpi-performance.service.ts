import DataLoader from 'dataloader';
import type { GraphQLContext } from '../../graphql/context';
import { BadUserInputError } from '../../graphql/errors';
import { attainmentSql, statusSql } from '../shared/kpi-sql';
import type { RagStatus } from '../shared/rag-status.enum';
import { inScope, intArray, selectRows, sql } from '../shared/sql';
import { KpiTrend, TREND_TOLERANCE } from './kpi-trend.enum';
import type { KpiPoint } from './kpi-point.type';

interface PointRow {
  kpi_id: number;
  period: string | null;
  value: number | null;
  target: number | null;
  attainment: number | null;
  status: RagStatus;
}

const ATTAINMENT = attainmentSql('k.direction', 'm.value', 't.value');
const STATUS = statusSql(ATTAINMENT, 'k.amber_threshold', 'k.red_threshold');

function toPoint(row: PointRow): KpiPoint | null {
  if (!row.period) return null;
  return {
    period: row.period,
    value: row.value,
    target: row.target,
    attainment: row.attainment,
    status: row.status,
  };
}

/**
 * KPI performance per request: every method returns a batched DataLoader, so that a field asked for
 * on any number of KPIs is one SQL statement (per distinct argument set).
 */
export class KpiPerformanceService {
  constructor(private readonly ctx: GraphQLContext) {}

  /** Value, target, attainment and status of each KPI in `period` (NO_DATA when after asOf). */
  inPeriod(period: string, asOf: string): DataLoader<number, KpiPoint> {
    return this.ctx.loaders.memo(
      `views:kpi-period:${period}:${asOf}`,
      () =>
        new DataLoader<number, KpiPoint>(async (ids) => {
          const rows = await selectRows<PointRow>(
            this.ctx,
            sql`select k.id as kpi_id, ${period}::date::text as period, m.value::float8 as value,
                t.value::float8 as target, ${ATTAINMENT}::float8 as attainment, ${STATUS} as status
              from kpi k
              left join kpi_measurement m on m.kpi_id = k.id and m.period = ${period}::date and m.period <= ${asOf}::date
              left join kpi_target t on t.kpi_id = k.id and t.period = ${period}::date
              where k.id = any(${intArray(ids)}::int[]) and ${inScope('k.org_unit_id', this.ctx.scope)}`,
          );
          const byId = new Map(rows.map((row) => [row.kpi_id, row]));
          return ids.map((id) => {
            const row = byId.get(id);
            return row
              ? (toPoint(row) as KpiPoint)
              : { period, value: null, target: null, attainment: null, status: 'NO_DATA' as RagStatus };
          });
        }),
    );
  }

  /** The latest measured period on or before asOf, with its target; null when never measured. */
  latest(asOf: string): DataLoader<number, KpiPoint | null> {
    return this.ctx.loaders.memo(
      `views:kpi-latest:${asOf}`,
      () =>
        new DataLoader<number, KpiPoint | null>(async (ids) => {
          const rows = await selectRows<PointRow>(
            this.ctx,
            sql`select k.id as kpi_id, m.period::text as period, m.value::float8 as value,
                t.value::float8 as target, ${ATTAINMENT}::float8 as attainment, ${STATUS} as status
              from kpi k
              join lateral (select lm.period, lm.value from kpi_measurement lm
                            where lm.kpi_id = k.id and lm.period <= ${asOf}::date
                            order by lm.period desc limit 1) m on true
              left join kpi_target t on t.kpi_id = k.id and t.period = m.period
              where k.id = any(${intArray(ids)}::int[]) and ${inScope('k.org_unit_id', this.ctx.scope)}`,
          );
          const byId = new Map(rows.map((row) => [row.kpi_id, toPoint(row)]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
  }

  /** Every period from `from` to min(`to`, asOf) that has a measurement or a target. */
  series(from: string | null, to: string | null, asOf: string): DataLoader<number, KpiPoint[]> {
    if (from && to && from > to) {
      throw new BadUserInputError(`from (${from}) must be on or before to (${to})`, { argument: 'from' });
    }
    const lower = from ?? '0001-01-01';
    const upper = to && to < asOf ? to : asOf;
    return this.ctx.loaders.memo(
      `views:kpi-series:${lower}:${upper}`,
      () =>
        new DataLoader<number, KpiPoint[]>(async (ids) => {
          const rows = await selectRows<PointRow>(
            this.ctx,
            sql`select k.id as kpi_id, p.period::text as period, m.value::float8 as value,
                t.value::float8 as target, ${ATTAINMENT}::float8 as attainment, ${STATUS} as status
              from kpi k
              cross join lateral (
                select sm.period from kpi_measurement sm
                  where sm.kpi_id = k.id and sm.period between ${lower}::date and ${upper}::date
                union
                select st.period from kpi_target st
                  where st.kpi_id = k.id and st.period between ${lower}::date and ${upper}::date) p
              left join kpi_measurement m on m.kpi_id = k.id and m.period = p.period
              left join kpi_target t on t.kpi_id = k.id and t.period = p.period
              where k.id = any(${intArray(ids)}::int[]) and ${inScope('k.org_unit_id', this.ctx.scope)}
              order by k.id, p.period`,
          );
          const groups = new Map<number, KpiPoint[]>(ids.map((id) => [id, []]));
          for (const row of rows) groups.get(row.kpi_id)?.push(toPoint(row) as KpiPoint);
          return ids.map((id) => groups.get(id) ?? []);
        }),
    );
  }

  /** Trend over the last 3 measured periods on or before asOf (see KpiTrend). */
  trend(asOf: string): DataLoader<number, KpiTrend> {
    return this.ctx.loaders.memo(
      `views:kpi-trend:${asOf}`,
      () =>
        new DataLoader<number, KpiTrend>(async (ids) => {
          const rows = await selectRows<{ kpi_id: number; trend: KpiTrend }>(
            this.ctx,
            sql`with ranked as (
                select m.kpi_id, m.value, row_number() over (partition by m.kpi_id order by m.period desc) as rn
                from kpi_measurement m
                join kpi k on k.id = m.kpi_id
                where m.kpi_id = any(${intArray(ids)}::int[]) and m.period <= ${asOf}::date
                  and ${inScope('k.org_unit_id', this.ctx.scope)}),
              ends as (
                select r.kpi_id, count(*) as n,
                  (array_agg(r.value order by r.rn))[1] as latest,
                  (array_agg(r.value order by r.rn desc))[1] as oldest
                from ranked r where r.rn <= 3 group by r.kpi_id),
              change as (
                select e.kpi_id, e.n,
                  (case when k.direction = 'HIGHER_IS_BETTER' then e.latest - e.oldest else e.oldest - e.latest end) as delta,
                  e.oldest
                from ends e join kpi k on k.id = e.kpi_id)
              select c.kpi_id,
                case when c.n < 2 then 'INSUFFICIENT_DATA'
                     when (case when c.oldest = 0 then sign(c.delta) else c.delta / abs(c.oldest) end) > ${TREND_TOLERANCE} then 'IMPROVING'
                     when (case when c.oldest = 0 then sign(c.delta) else c.delta / abs(c.oldest) end) < ${-TREND_TOLERANCE} then 'WORSENING'
                     else 'STABLE' end as trend
              from change c`,
          );
          const byId = new Map(rows.map((row) => [row.kpi_id, row.trend]));
          return ids.map((id) => byId.get(id) ?? KpiTrend.INSUFFICIENT_DATA);
        }),
    );
  }
}
