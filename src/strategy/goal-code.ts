/** Goal codes: a letter or digit, then letters, digits, "-" or "_"; 2–40 characters in all. */
export const GOAL_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$/;
export const GOAL_CODE_MESSAGE =
  'code must be 2–40 letters, digits, "-" or "_", starting with a letter or digit';
