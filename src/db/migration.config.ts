import { loadConfig } from '../config';
import { ormOptions } from './mikro-orm.config';

// The MikroORM CLI (`npm run db:migrate`, `db:migration:create`) needs a default export.
// It talks to DATABASE_URL, or to the local development server.
const config = loadConfig();
export default ormOptions({
  config: {
    ...config,
    databaseUrl: config.databaseUrl ?? 'postgres://postgres@127.0.0.1:5432/throughline_dev',
  },
});
