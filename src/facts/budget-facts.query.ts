import type { Knex } from '@mikro-orm/postgresql';
import type { OrgScope } from '../auth/org-scope';
import { encodeGlobalId } from '../graphql/global-id';
import type { Row } from '../graphql/pagination';
import { rateSql } from '../views/shared/currency';
import { sql, raw } from '../views/shared/sql';
import type { BudgetFact } from './budget-fact.type';
import { factRows } from './fact-page';

/**
 * One row per budget × month of its fiscal year (fiscal years are calendar years), with the
 * month's actual (left join) and the reporting-currency amounts: planned at January's rate of the
 * fiscal year, actual at the month's rate (the views' rule); a missing rate gives null and
 * `missingRate = true`, never a guessed rate.
 */
export function budgetFactRows(
  knex: Knex,
  scope: OrgScope | null,
  includeArchived: boolean,
  reportingCurrency: string,
): Knex.QueryBuilder {
  const plannedRate = rateSql('b.currency', 'make_date(b.fiscal_year, 1, 1)', reportingCurrency);
  const monthRate = rateSql('b.currency', 'm.month', reportingCurrency);
  return factRows(
    knex,
    sql`select b.id as "budgetId", b.code as "budgetCode", b.name as "budgetName",
        ou.id as "orgUnitId", ou.code as "orgUnitCode", ou.name as "orgUnitName",
        b.category::text as "category", b.fiscal_year as "fiscalYear", m.month as "month",
        b.currency::text as "currency", b.planned::text as "planned", ba.amount::text as "actual",
        ${reportingCurrency}::text as "reportingCurrency",
        round(b.planned * pr.rate, 2)::text as "plannedReporting",
        round(ba.amount * mr.rate, 2)::text as "actualReporting",
        (pr.rate is null or mr.rate is null) as "missingRate"
      from budget b
      join org_unit ou on ou.id = b.org_unit_id
      cross join lateral (
        select d::date as month
        from generate_series(make_date(b.fiscal_year, 1, 1), make_date(b.fiscal_year, 12, 1), interval '1 month') d
      ) m
      left join budget_actual ba on ba.budget_id = b.id and ba.month = m.month
      cross join lateral (select ${plannedRate} as rate) pr
      cross join lateral (select ${monthRate} as rate) mr
      ${raw(includeArchived ? '' : 'where b.archived_at is null')}`,
    scope,
  );
}

/** A row of `budgetFactRows` as the GraphQL BudgetFact (global IDs for the keys). */
export function toBudgetFact(row: Row): BudgetFact {
  return {
    ...(row as unknown as BudgetFact),
    budgetId: encodeGlobalId('Budget', row.budgetId as number),
    orgUnitId: encodeGlobalId('OrgUnit', row.orgUnitId as number),
  };
}
