import { BadUserInputError } from '../../graphql/errors';

/** Today in UTC, YYYY-MM-DD: the default `asOf` of every view. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The `asOf` argument, or today (UTC) when omitted. */
export function resolveAsOf(asOf?: string | null): string {
  return asOf ?? todayUtc();
}

/** First and last day of a fiscal year (fiscal years are calendar years). */
export function fiscalYearBounds(fiscalYear: number): { start: string; end: string } {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2000 || fiscalYear > 2100) {
    throw new BadUserInputError('fiscalYear must be an integer from 2000 to 2100', {
      argument: 'fiscalYear',
    });
  }
  return { start: `${fiscalYear}-01-01`, end: `${fiscalYear}-12-31` };
}

/** Shared description of the `asOf` argument. */
export const AS_OF_DESCRIPTION =
  'Evaluate as of this date: only data dated on or before it counts (measurement periods, actuals months). Default: today (UTC).';
