/** Project codes: letters, digits, "-" and "_", 2–40 characters, starting with a letter or digit. */
export const PROJECT_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$/;
export const PROJECT_CODE_MESSAGE = 'code must be 2–40 letters, digits, "-" or "_"';
