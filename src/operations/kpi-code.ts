/** KPI codes: letters, digits, "-" and "_", 2–40 characters, starting with a letter or digit. */
export const KPI_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$/;

export const KPI_CODE_MESSAGE =
  'code must be 2–40 letters, digits, "-" or "_", starting with a letter or digit';

/** The largest attainment ratio a threshold may take. */
export const MAX_THRESHOLD = 10;
