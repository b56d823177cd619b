import { GraphQLError } from 'graphql';
import { raw, type Sql, sql } from './sql';

/** A conversion needed an exchange rate that is not on file: never silently 1.0. */
export class MissingExchangeRateError extends GraphQLError {
  constructor(currency: string, month: string, reportingCurrency: string) {
    super(
      `No exchange rate for ${currency} in ${month.slice(0, 7)} (needed to convert into ${reportingCurrency}); add the rate for that month`,
      { extensions: { code: 'MISSING_EXCHANGE_RATE', currency, month, reportingCurrency } },
    );
  }
}

/**
 * SQL expression: the rate converting `currencyColumn` into the reporting currency for the month
 * `monthExpression` (a date expression, first day of the month). 1 for the reporting currency
 * itself; null when the rate is missing (callers report it as MissingExchangeRateError).
 */
export function rateSql(currencyColumn: string, monthExpression: string, reportingCurrency: string): Sql {
  return sql`(case when ${raw(currencyColumn)} = ${reportingCurrency} then 1::numeric
    else (select xr.rate from exchange_rate xr where xr.currency = ${raw(currencyColumn)} and xr.month = ${raw(monthExpression)}) end)`;
}

/** A `missing` column value: "CUR|YYYY-MM-DD" of the first missing rate, or null. */
export interface MissingRateRow {
  missing?: string | null;
}

/** Throws when a query reported a missing rate in its `missing` column. */
export function assertNoMissingRate(rows: MissingRateRow[], reportingCurrency: string): void {
  const missing = rows.find((row) => row.missing)?.missing;
  if (missing) {
    const [currency, month] = missing.split('|');
    throw new MissingExchangeRateError(currency.trim(), month, reportingCurrency);
  }
}

export const REPORTING_CURRENCY_DESCRIPTION =
  'in the reporting currency: planned converts at the January rate of the fiscal year, each actual at its own month’s rate; ' +
  'the reporting currency itself converts at 1; a missing rate is a MISSING_EXCHANGE_RATE error naming the currency and month';
