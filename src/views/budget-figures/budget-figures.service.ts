import DataLoader from 'dataloader';
import type { GraphQLContext } from '../../graphql/context';
import { MissingExchangeRateError, rateSql } from '../shared/currency';
import { slipDaysSql } from '../shared/project-sql';
import { inScope, intArray, raw, selectRows, sql } from '../shared/sql';
import { actualsAsOf, BUDGET_FIGURES } from './budget-figures.sql';
import type { BudgetFigures } from './budget-figures.type';

interface FiguresRow {
  id: number;
  currency: string;
  planned: string;
  actual: string;
  variance: string;
  variance_pct: number | null;
  forecast: string | null;
  months: number;
  missing?: string | null;
}

function toFigures(row: FiguresRow): BudgetFigures {
  return {
    currency: row.currency.trim(),
    planned: row.planned,
    actual: row.actual,
    variance: row.variance,
    variancePct: row.variance_pct,
    forecast: row.forecast,
    monthsWithActuals: row.months,
  };
}

/** Batched budget and project figures: one SQL statement per loader and request. */
export class BudgetFiguresService {
  constructor(private readonly ctx: GraphQLContext) {}

  /** Figures of each budget in its own currency. */
  inBudgetCurrency(asOf: string): DataLoader<number, BudgetFigures | null> {
    return this.ctx.loaders.memo(
      `views:budget-figures:${asOf}`,
      () =>
        new DataLoader<number, BudgetFigures | null>(async (ids) => {
          const rows = await selectRows<FiguresRow>(
            this.ctx,
            sql`select b.id, b.currency, b.planned::text as planned,
                ${raw(BUDGET_FIGURES.actual('b', 'a'))} as actual,
                ${raw(BUDGET_FIGURES.variance('b', 'a'))} as variance,
                ${raw(BUDGET_FIGURES.variancePct('b', 'a'))} as variance_pct,
                ${raw(BUDGET_FIGURES.forecast('b', 'a'))} as forecast,
                a.months
              from budget b
              cross join lateral (${actualsAsOf('b', asOf)}) a
              where b.id = any(${intArray(ids)}::int[]) and ${inScope('b.org_unit_id', this.ctx.scope)}`,
          );
          const byId = new Map(rows.map((row) => [row.id, toFigures(row)]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
  }

  /** Figures of each budget converted into the reporting currency; a missing rate fails that budget. */
  inReportingCurrency(asOf: string): DataLoader<number, BudgetFigures | null> {
    const reporting = this.ctx.config.reportingCurrency;
    return this.ctx.loaders.memo(
      `views:budget-figures-reporting:${asOf}`,
      () =>
        new DataLoader<number, BudgetFigures | null>(async (ids) => {
          const rows = await selectRows<FiguresRow>(
            this.ctx,
            sql`with conv as (
                select b.id, b.currency, round(b.planned * pr.rate, 2) as planned,
                  round(coalesce(a.actual, 0), 2) as actual, a.months,
                  case when pr.rate is null then b.currency || '|' || make_date(b.fiscal_year, 1, 1)::text
                       when a.missing_month is not null then b.currency || '|' || a.missing_month end as missing
                from budget b
                cross join lateral (select ${rateSql('b.currency', 'make_date(b.fiscal_year, 1, 1)', reporting)} as rate) pr
                cross join lateral (
                  select sum(ba.amount * ar.rate) as actual, count(*)::int as months,
                    min(case when ar.rate is null then ba.month::text end) as missing_month
                  from budget_actual ba
                  cross join lateral (select ${rateSql('b.currency', 'ba.month', reporting)} as rate) ar
                  where ba.budget_id = b.id and ba.month <= ${asOf}::date) a
                where b.id = any(${intArray(ids)}::int[]) and ${inScope('b.org_unit_id', this.ctx.scope)})
              select id, currency, missing, months, planned::text as planned, actual::text as actual,
                (actual - planned)::text as variance,
                case when planned <> 0 then ((actual - planned) / planned * 100)::float8 end as variance_pct,
                case when months > 0 then round(actual / months * 12, 2)::text end as forecast
              from conv`,
          );
          const byId = new Map(rows.map((row) => [row.id, row]));
          return ids.map((id) => {
            const row = byId.get(id);
            if (!row) return null;
            if (row.missing) {
              const [currency, month] = row.missing.split('|');
              return new MissingExchangeRateError(
                currency.trim(),
                month,
                reporting,
              ) as unknown as BudgetFigures;
            }
            return { ...toFigures(row), currency: reporting };
          });
        }),
    );
  }

  /** Schedule slip and budget burn of each project. */
  projectDelivery(asOf: string): DataLoader<number, { slipDays: number; burnPct: number | null } | null> {
    return this.ctx.loaders.memo(
      `views:project-delivery:${asOf}`,
      () =>
        new DataLoader<number, { slipDays: number; burnPct: number | null } | null>(async (ids) => {
          const rows = await selectRows<{ id: number; slip_days: number; burn_pct: number | null }>(
            this.ctx,
            sql`select p.id, ${slipDaysSql('p', asOf)}::int as slip_days,
                case when b.planned > 0 then (coalesce(a.actual, 0) / b.planned * 100)::float8 end as burn_pct
              from tech_project p
              left join budget b on b.id = p.budget_id and ${inScope('b.org_unit_id', this.ctx.scope)}
              left join lateral (select sum(ba.amount) as actual from budget_actual ba
                                 where ba.budget_id = b.id and ba.month <= ${asOf}::date) a on true
              where p.id = any(${intArray(ids)}::int[]) and ${inScope('p.org_unit_id', this.ctx.scope)}`,
          );
          const byId = new Map(
            rows.map((row) => [row.id, { slipDays: row.slip_days, burnPct: row.burn_pct }]),
          );
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
  }
}
