import { RagStatus } from '../shared/rag-status.enum';

/** Goal score at or above this is GREEN. */
export const GREEN_FROM = 80;
/** Goal score at or above this (and below GREEN_FROM) is AMBER; below it RED. */
export const AMBER_FROM = 60;
/** Points of reported project health. */
export const PROJECT_HEALTH_POINTS: Record<string, number> = { GREEN: 100, AMBER: 60, RED: 20 };
/** A project this many days late has a schedule score of 0 (linear from 100 at on time). */
export const SLIP_DAYS_TO_ZERO = 90;
/** Points a budget loses per percent of forecast overspend (25 % overspend → 0). */
export const POINTS_PER_OVERSPEND_PCT = 4;
/** Weight of a budget driver and of a child-goal driver (their links carry no weight). */
export const BUDGET_WEIGHT = 1;
export const CHILD_GOAL_WEIGHT = 1;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** Key result: 100 × attainment capped to [0, 1] (at or above the key result's target scores 100). */
export function keyResultScore(attainment: number): number {
  return 100 * clamp(attainment, 0, 1);
}

/** Project: mean of reported-health points and schedule score (100 − slip × 100/90, within 0–100). */
export function projectScore(health: string, slipDays: number): { score: number; schedule: number } {
  const schedule = clamp(100 - (Math.max(0, slipDays) * 100) / SLIP_DAYS_TO_ZERO, 0, 100);
  return { score: ((PROJECT_HEALTH_POINTS[health] ?? 0) + schedule) / 2, schedule };
}

/** Budget: 100 − 4 × forecast overspend % (within 0–100); a planned 0 with spend scores 0. */
export function budgetScore(
  planned: number,
  forecast: number,
): { score: number; overspendPct: number | null } {
  if (planned <= 0) return { score: forecast > 0 ? 0 : 100, overspendPct: null };
  const overspendPct = Math.max(0, ((forecast - planned) / planned) * 100);
  return { score: clamp(100 - POINTS_PER_OVERSPEND_PCT * overspendPct, 0, 100), overspendPct };
}

export function statusOf(score: number | null): RagStatus {
  if (score === null) return RagStatus.NO_DATA;
  if (score >= GREEN_FROM) return RagStatus.GREEN;
  if (score >= AMBER_FROM) return RagStatus.AMBER;
  return RagStatus.RED;
}

/** Weighted mean over the drivers that have a score; null when none has. */
export function weightedScore(drivers: { score: number | null; weight: number }[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const driver of drivers) {
    if (driver.score === null || driver.weight <= 0) continue;
    sum += driver.score * driver.weight;
    weights += driver.weight;
  }
  return weights > 0 ? sum / weights : null;
}

export const HEALTH_DESCRIPTION =
  `Goal health: the weighted mean of its drivers' scores (0–100), over the drivers that have data on or before asOf. ` +
  `Drivers: each key result (weight = key-result weight; score = 100 × min(max(attainment vs the key result's target of the KPI's latest measurement, 0), 1)); ` +
  `each contributing project (weight = contribution weight; score = (reported health GREEN 100 / AMBER 60 / RED 20 + schedule score) / 2, ` +
  `schedule score = 100 − max(slip days, 0) × 100/${SLIP_DAYS_TO_ZERO}, within 0–100; projects CANCELLED or starting after asOf are left out); ` +
  `each budget funding the goal (weight ${BUDGET_WEIGHT}; score = 100 − ${POINTS_PER_OVERSPEND_PCT} × max(run-rate forecast − planned, 0) / planned × 100, within 0–100; no data without actuals); ` +
  `each child goal (weight ${CHILD_GOAL_WEIGHT}; its own score, no data when it has none). ` +
  `Status GREEN when score ≥ ${GREEN_FROM}, AMBER when ≥ ${AMBER_FROM}, else RED; NO_DATA when no driver has data.`;
