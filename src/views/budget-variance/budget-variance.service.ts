import type { OrgScope } from '../../auth/org-scope';
import type { GraphQLContext } from '../../graphql/context';
import { encodeGlobalId } from '../../graphql/global-id';
import { fiscalYearBounds } from '../shared/as-of';
import { assertNoMissingRate, rateSql } from '../shared/currency';
import { inScope, raw, selectRows, sql } from '../shared/sql';
import { BudgetGrouping, type BudgetVarianceRow } from './budget-variance.types';

const GROUPS: Record<BudgetGrouping, { key: string; label: string }> = {
  ORG_UNIT: { key: 'b.org_unit_id::text', label: 'ou.name' },
  CATEGORY: { key: 'b.category::text', label: 'b.category::text' },
  GOAL: {
    key: "coalesce(b.goal_id::text, 'NONE')",
    label: "coalesce(g.code || ' ' || g.title, '(no goal)')",
  },
  MONTH: { key: 'f.month::text', label: "to_char(f.month, 'YYYY-MM')" },
  CURRENCY: { key: 'trim(b.currency)', label: 'trim(b.currency)' },
};

interface Row {
  key: string | null;
  label: string | null;
  planned: string;
  actual: string;
  variance: string;
  variance_pct: number | null;
  missing: string | null;
}

/** Budget plan versus actual in the reporting currency, grouped in SQL (one statement). */
export class BudgetVarianceService {
  constructor(private readonly ctx: GraphQLContext) {}

  async rows(
    fiscalYear: number,
    groupBy: BudgetGrouping,
    asOf: string,
    unitScope: OrgScope | null = null,
    withTotal = false,
  ): Promise<BudgetVarianceRow[]> {
    const { start, end } = fiscalYearBounds(fiscalYear);
    const reporting = this.ctx.config.reportingCurrency;
    const group = GROUPS[groupBy];
    const monthly = groupBy === BudgetGrouping.MONTH;
    const plannedFacts = monthly
      ? raw(`select b.id as budget_id, m::date as month, b.planned * b.planned_rate / 12 as planned, 0::numeric as actual
             from b cross join generate_series(make_date(b.fiscal_year, 1, 1), make_date(b.fiscal_year, 12, 1), interval '1 month') m`)
      : raw(
          `select b.id as budget_id, null::date as month, b.planned * b.planned_rate as planned, 0::numeric as actual from b`,
        );
    const pair = `${group.key}, ${group.label}`;
    const grouping = raw(withTotal ? `grouping sets ((${pair}), ())` : pair);
    const rows = await selectRows<Row>(
      this.ctx,
      sql`with b as (
            select b.*, ${rateSql('b.currency', 'make_date(b.fiscal_year, 1, 1)', reporting)} as planned_rate
            from budget b
            where b.fiscal_year = ${fiscalYear} and b.archived_at is null
              and ${inScope('b.org_unit_id', this.ctx.scope, unitScope)}),
          a as (
            select ba.budget_id, ba.month, ba.amount, ${rateSql('b.currency', 'ba.month', reporting)} as rate
            from budget_actual ba join b on b.id = ba.budget_id
            where ba.month <= ${asOf}::date and ba.month between ${start}::date and ${end}::date),
          facts as (
            ${plannedFacts}
            union all
            select a.budget_id, a.month, 0::numeric, a.amount * a.rate from a),
          missing as (
            select min(trim(b.currency) || '|' || make_date(b.fiscal_year, 1, 1)::text) as m from b where b.planned_rate is null
            union all
            select min(trim(b.currency) || '|' || a.month::text) from a join b on b.id = a.budget_id where a.rate is null)
          select ${raw(group.key)} as key, ${raw(group.label)} as label,
            round(sum(f.planned), 2)::text as planned, round(sum(f.actual), 2)::text as actual,
            (round(sum(f.actual), 2) - round(sum(f.planned), 2))::text as variance,
            case when sum(f.planned) <> 0 then ((sum(f.actual) - sum(f.planned)) / sum(f.planned) * 100)::float8 end as variance_pct,
            (select min(m) from missing) as missing
          from facts f
          join b on b.id = f.budget_id
          left join org_unit ou on ou.id = b.org_unit_id
          left join strategic_goal g on g.id = b.goal_id
          group by ${grouping}
          order by 1 nulls last`,
    );
    assertNoMissingRate(rows, reporting);
    return rows.map((row) => ({
      key: row.key === null ? 'TOTAL' : this.encodeKey(groupBy, row.key),
      label: row.label ?? 'Total',
      planned: row.planned,
      actual: row.actual,
      variance: row.variance,
      variancePct: row.variance_pct,
      currency: reporting,
    }));
  }

  private encodeKey(groupBy: BudgetGrouping, key: string): string {
    if (groupBy === BudgetGrouping.ORG_UNIT) return encodeGlobalId('OrgUnit', Number(key));
    if (groupBy === BudgetGrouping.GOAL && key !== 'NONE')
      return encodeGlobalId('StrategicGoal', Number(key));
    return key;
  }
}
