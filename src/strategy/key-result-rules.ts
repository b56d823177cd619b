/** Weights are stored with 4 decimals, so the smallest weight in (0, 1] is 0.0001. */
export const MIN_WEIGHT = 0.0001;
/** Target values are numeric(20,6): at most 14 digits before the decimal point. */
export const MAX_TARGET_ABS = 1e14;
