import type { EntityManager } from '@mikro-orm/postgresql';
import { type CompanyCounts, loadCompany } from './company-loader';
import { DEMO_SEED } from './demo-calendar';
import { DEMO_COMPANY } from './demo-company';

/** Divisions (copies of the demo company's shape) per unit of scale. */
export const DIVISIONS_PER_SCALE = 10;

export interface GenerateOptions {
  /** Scale factor N ≥ 1: the company has N × 10 divisions, each shaped like the demo company. */
  scale: number;
  /** Seed of the measurement, actual and exchange-rate noise (default: the demo's seed). */
  seed?: number;
}

/**
 * Loads a synthetic company for benchmarks into an empty database, in one transaction: scale × 10
 * divisions, each a copy of Northwind Manufacturing with its trees, links, alignment gaps and three
 * currencies (codes suffixed "-Dn" from division 2 on). Scale 1 ≈ 130 org units, 150 goals, 600 KPIs
 * (12,800 measurements), 400 budgets, 250 projects, 200 risks; statement count does not grow with the scale.
 */
export async function generateCompany(em: EntityManager, options: GenerateOptions): Promise<CompanyCounts> {
  const { scale, seed = DEMO_SEED } = options;
  if (!Number.isSafeInteger(scale) || scale < 1) throw new Error('scale must be a positive integer');
  return em.transactional((tx) =>
    loadCompany(tx, DEMO_COMPANY, { divisions: scale * DIVISIONS_PER_SCALE, seed }),
  );
}
