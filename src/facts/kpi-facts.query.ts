import type { Knex } from '@mikro-orm/postgresql';
import type { OrgScope } from '../auth/org-scope';
import { encodeGlobalId } from '../graphql/global-id';
import type { Row } from '../graphql/pagination';
import { attainmentSql, statusSql } from '../views/shared/kpi-sql';
import { raw } from '../views/shared/sql';
import { factRows } from './fact-page';
import type { KpiFact } from './kpi-fact.type';

/**
 * One row per KPI × period that has a measurement, a target or both: measurements (with their
 * target) UNION ALL targets without a measurement. Both branches read the (period, kpi_id)
 * indexes, so keyset pages in the default (period, KPI) order cost the same on any page.
 */
export function kpiFactRows(knex: Knex, scope: OrgScope | null, includeArchived: boolean): Knex.QueryBuilder {
  const attainment = attainmentSql('k.direction', 'x.value', 'x.target');
  const status = statusSql(raw('a.attainment'), 'k.amber_threshold', 'k.red_threshold');
  return factRows(
    knex,
    raw(`select k.id as "kpiId", k.code as "kpiCode", k.name as "kpiName", k.unit as "unit",
        k.direction::text as "direction", k.frequency::text as "frequency", k.process_area::text as "processArea",
        ou.id as "orgUnitId", ou.code as "orgUnitCode", ou.name as "orgUnitName",
        x.period as "period", x.value::float8 as "value", x.target::float8 as "target",
        a.attainment::float8 as "attainment", ${status.text} as "status",
        k.amber_threshold::float8 as "amberThreshold", k.red_threshold::float8 as "redThreshold",
        x.source as "source"
      from (
        select m.kpi_id, m.period, m.value, t.value as target, m.source
          from kpi_measurement m
          left join kpi_target t on t.kpi_id = m.kpi_id and t.period = m.period
        union all
        select t.kpi_id, t.period, null::numeric, t.value, null::varchar
          from kpi_target t
          where not exists (select 1 from kpi_measurement m where m.kpi_id = t.kpi_id and m.period = t.period)
      ) x
      join kpi k on k.id = x.kpi_id
      join org_unit ou on ou.id = k.org_unit_id
      cross join lateral (select ${attainment.text} as attainment) a
      ${includeArchived ? '' : 'where k.archived_at is null'}`),
    scope,
  );
}

/** A row of `kpiFactRows` as the GraphQL KpiFact (global IDs for the keys). */
export function toKpiFact(row: Row): KpiFact {
  return {
    ...(row as unknown as KpiFact),
    kpiId: encodeGlobalId('Kpi', row.kpiId as number),
    orgUnitId: encodeGlobalId('OrgUnit', row.orgUnitId as number),
  };
}
