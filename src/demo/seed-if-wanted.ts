import type { AppConfig } from '../config';
import type { Database } from '../db/database';
import type { Logger } from '../shared/logger';
import { seedDemoCompany } from './seed-demo';

/**
 * SEED_DEMO=true seeds an empty database; SEED_DEMO=false never seeds;
 * unset seeds only an empty embedded database (the zero-configuration first start).
 */
export async function seedIfWanted(database: Database, config: AppConfig, log: Logger): Promise<void> {
  const wanted = config.seedDemo ?? database.embedded;
  if (!wanted) return;
  const [{ count }] = await database.orm.em
    .getConnection()
    .execute<{ count: string }[]>('select count(*)::int as count from org_unit');
  if (Number(count) > 0) return;
  const started = Date.now();
  const summary = await seedDemoCompany(database.orm.em.fork());
  log.info({ ...summary, ms: Date.now() - started }, 'seeded the demo company');
}
