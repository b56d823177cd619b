import type { EntityManager } from '@mikro-orm/postgresql';
import { type CompanyCounts, loadCompany } from './company-loader';
import { DEMO_SEED } from './demo-calendar';
import { DEMO_COMPANY } from './demo-company';

/**
 * Seeds Northwind Manufacturing (see `demo-company.ts` and `demo-calendar.ts`) into an empty database,
 * deterministically and in one transaction, with a few set-based statements per table.
 */
export async function seedDemoCompany(em: EntityManager): Promise<CompanyCounts> {
  return em.transactional((tx) => loadCompany(tx, DEMO_COMPANY, { divisions: 1, seed: DEMO_SEED }));
}
