/**
 * The fixed calendar of the demo company, so that every seed is identical whatever the wall clock says.
 *
 * - History: 24 closed months, November 2024 to October 2026 (monthly KPIs are measured for each).
 * - Quarterly KPIs are measured for the 8 closed quarters Q4 2024 to Q3 2026.
 * - Targets run to the end of fiscal year 2026 (December 2026 for monthly KPIs, Q4 2026 for quarterly ones).
 * - "Today" is 15 November 2026: fiscal year 2026 has actuals January to October; 2025 is complete.
 * - Fiscal years are calendar years.
 */
export const DEMO_TODAY = '2026-11-15';
/** The first month of history: month index 0. */
export const HISTORY_START = '2024-11-01';
/** Closed months of history (indexes 0 to 23, the last one October 2026). */
export const HISTORY_MONTHS = 24;
/** Month indexes of monthly targets: November 2024 to December 2026. */
export const TARGET_MONTHS = 26;
export const CURRENT_FISCAL_YEAR = 2026;
export const PREVIOUS_FISCAL_YEAR = 2025;
/** Seed of the demo company's pseudo-random noise. */
export const DEMO_SEED = 20261115;
