import { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';

/** `/health`: the process is alive. `/ready`: the database answers within a second. */
export function healthRoutes(orm: MikroORM): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', async (_req, res) => {
    try {
      await Promise.race([
        orm.em.getConnection().execute('select 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 1000).unref()),
      ]);
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database does not answer' });
    }
  });
  return router;
}
