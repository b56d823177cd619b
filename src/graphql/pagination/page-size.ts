import { BadUserInputError } from '../errors';

/** Items per page when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 100;
/** The largest `first` or `last` a client may ask for. */
export const MAX_PAGE_SIZE = 1000;

export interface PageWindow {
  /** true: the page follows `after` in list order; false: it precedes `before` (paging backward). */
  forward: boolean;
  size: number;
}

/** Checks `first`/`last` and returns which way to read and how many rows; bad values are BAD_USER_INPUT. */
export function pageWindow(first?: number | null, last?: number | null): PageWindow {
  const given = (value: number | null | undefined): value is number => value !== undefined && value !== null;
  if (given(first) && given(last)) {
    throw new BadUserInputError('Pass either `first` or `last`, not both', { argument: 'first' });
  }
  const check = (value: number, argument: string): number => {
    if (!Number.isInteger(value) || value < 0) {
      throw new BadUserInputError(
        `${argument} must be a whole number from 0 to ${MAX_PAGE_SIZE}; got ${value}`,
        {
          argument,
        },
      );
    }
    if (value > MAX_PAGE_SIZE) {
      throw new BadUserInputError(
        `${argument} is ${value}, more than the maximum page size of ${MAX_PAGE_SIZE}; page with \`after: pageInfo.endCursor\` instead`,
        { argument, maxPageSize: MAX_PAGE_SIZE },
      );
    }
    return value;
  };
  if (given(last)) return { forward: false, size: check(last, 'last') };
  if (given(first)) return { forward: true, size: check(first, 'first') };
  return { forward: true, size: DEFAULT_PAGE_SIZE };
}
