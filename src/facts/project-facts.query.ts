import type { Knex } from '@mikro-orm/postgresql';
import type { OrgScope } from '../auth/org-scope';
import { encodeGlobalId } from '../graphql/global-id';
import type { Row } from '../graphql/pagination';
import { slipDaysSql } from '../views/shared/project-sql';
import { inScope, raw, sql } from '../views/shared/sql';
import { factRows } from './fact-page';
import type { ProjectFact } from './project-fact.type';

/**
 * One row per project with its org unit, funding budget and that budget's planned and actual spend.
 * For a UNIT_LEAD a funding budget outside the subtree is left out (the row reads as unfunded).
 */
export function projectFactRows(
  knex: Knex,
  scope: OrgScope | null,
  includeArchived: boolean,
  asOf: string,
): Knex.QueryBuilder {
  return factRows(
    knex,
    sql`select p.id as "projectId", p.code as "projectCode", p.name as "projectName",
        p.status::text as "status", p.health::text as "health", p.progress::int as "progress",
        p.planned_start as "plannedStart", p.planned_end as "plannedEnd", p.actual_end as "actualEnd",
        ${slipDaysSql('p', asOf)}::int as "scheduleSlipDays",
        ou.id as "orgUnitId", ou.code as "orgUnitCode", ou.name as "orgUnitName",
        b.code as "fundingBudgetCode", b.currency::text as "currency", b.planned::text as "plannedSpend",
        case when b.id is null then null else coalesce(s.actual, 0)::numeric(18,2)::text end as "actualSpend"
      from tech_project p
      join org_unit ou on ou.id = p.org_unit_id
      left join budget b on b.id = p.budget_id and ${inScope('b.org_unit_id', scope)}
      left join lateral (select sum(ba.amount) as actual from budget_actual ba where ba.budget_id = b.id) s on true
      ${raw(includeArchived ? '' : 'where p.archived_at is null')}`,
    scope,
  );
}

/** A row of `projectFactRows` as the GraphQL ProjectFact (global IDs for the keys). */
export function toProjectFact(row: Row): ProjectFact {
  return {
    ...(row as unknown as ProjectFact),
    projectId: encodeGlobalId('TechProject', row.projectId as number),
    orgUnitId: encodeGlobalId('OrgUnit', row.orgUnitId as number),
  };
}
