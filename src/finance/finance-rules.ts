/** Budget codes: letters, digits, "-" and "_", 2–40 characters, starting with a letter or digit. */
export const BUDGET_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$/;
export const BUDGET_CODE_MESSAGE = 'code must be 2–40 letters, digits, "-" or "_"';

/** Fiscal years a budget may cover (a fiscal year is the calendar year). */
export const MIN_FISCAL_YEAR = 2000;
export const MAX_FISCAL_YEAR = 2100;

/** A non-negative amount for numeric(18,2): at most 16 digits before and 2 after the point. */
export const PLANNED_PATTERN = /^\d{1,16}(\.\d{1,2})?$/;
export const PLANNED_MESSAGE =
  'planned must be a non-negative decimal with at most 2 decimals and 16 integer digits, e.g. "1250000.00"';

/** A signed amount for numeric(18,2): at most 16 digits before and 2 after the point. */
export const AMOUNT_PATTERN = /^-?\d{1,16}(\.\d{1,2})?$/;

/** A rate for numeric(18,8) greater than 0: at most 10 digits before and 8 after the point, not all zero. */
export const RATE_PATTERN = /^(?=[\d.]*[1-9])\d{1,10}(\.\d{1,8})?$/;
export const RATE_MESSAGE =
  'rate must be a decimal greater than 0 with at most 8 decimals and 10 integer digits, e.g. "1.08250000"';

/** "YYYY-MM-01": the Date scalar already guaranteed a calendar date, so the day decides. */
export function isMonthStart(date: unknown): date is string {
  return typeof date === 'string' && date.length === 10 && date.endsWith('-01');
}

/**
 * A validated decimal written with exactly `scale` decimals, as PostgreSQL
 * returns numeric(p, scale): "1250" → "1250.00", so that responses and later reads agree.
 */
export function toScale(text: string, scale: number): string {
  const [whole, fraction = ''] = text.split('.');
  return `${whole.replace(/^(-?)0+(?=\d)/, '$1')}.${fraction.padEnd(scale, '0')}`;
}
