import type { OrgScope } from '../../auth/org-scope';
import type { GraphQLContext } from '../../graphql/context';
import { encodeGlobalId } from '../../graphql/global-id';
import { attainmentSql, statusSql } from '../shared/kpi-sql';
import { inScope, raw, selectRows, sql } from '../shared/sql';
import { KpiGrouping, type KpiAttainmentRow } from './kpi-attainment.types';

const ATTAINMENT = attainmentSql('k.direction', 'm.value', 't.value');
const STATUS = statusSql(ATTAINMENT, 'k.amber_threshold', 'k.red_threshold');

const GROUPS: Record<KpiGrouping, { join: string; key: string; label: string }> = {
  PROCESS_AREA: { join: '', key: 'x.process_area::text', label: 'x.process_area::text' },
  ORG_UNIT: {
    join: 'join org_unit ou on ou.id = x.org_unit_id',
    key: 'x.org_unit_id::text',
    label: 'ou.name',
  },
  GOAL: {
    join: 'join key_result kr on kr.kpi_id = x.id join strategic_goal g on g.id = kr.goal_id and g.archived_at is null',
    key: 'g.id::text',
    label: "g.code || ' ' || g.title",
  },
};

export class KpiAttainmentService {
  constructor(private readonly ctx: GraphQLContext) {}

  /** Status counts and mean attainment per group for `period` (one statement). */
  async rows(
    period: string,
    groupBy: KpiGrouping,
    asOf: string,
    unitScope: OrgScope | null = null,
  ): Promise<KpiAttainmentRow[]> {
    const group = GROUPS[groupBy];
    const rows = await selectRows<{
      key: string;
      label: string;
      kpis: number;
      green: number;
      amber: number;
      red: number;
      no_data: number;
      average_attainment: number | null;
    }>(
      this.ctx,
      sql`with x as (
            select k.id, k.process_area, k.org_unit_id, ${ATTAINMENT} as attainment, ${STATUS} as status
            from kpi k
            left join kpi_measurement m on m.kpi_id = k.id and m.period = ${period}::date and m.period <= ${asOf}::date
            left join kpi_target t on t.kpi_id = k.id and t.period = ${period}::date
            where k.archived_at is null and ${inScope('k.org_unit_id', this.ctx.scope, unitScope)})
          select ${raw(group.key)} as key, ${raw(group.label)} as label, count(*)::int as kpis,
            (count(*) filter (where x.status = 'GREEN'))::int as green,
            (count(*) filter (where x.status = 'AMBER'))::int as amber,
            (count(*) filter (where x.status = 'RED'))::int as red,
            (count(*) filter (where x.status = 'NO_DATA'))::int as no_data,
            avg(x.attainment)::float8 as average_attainment
          from x ${raw(group.join)}
          group by 1, 2
          order by 2, 1`,
    );
    return rows.map((row) => ({
      key:
        groupBy === KpiGrouping.ORG_UNIT
          ? encodeGlobalId('OrgUnit', Number(row.key))
          : groupBy === KpiGrouping.GOAL
            ? encodeGlobalId('StrategicGoal', Number(row.key))
            : row.key,
      label: row.label,
      kpis: row.kpis,
      green: row.green,
      amber: row.amber,
      red: row.red,
      noData: row.no_data,
      averageAttainment: row.average_attainment,
    }));
  }
}
