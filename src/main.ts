import 'reflect-metadata';
import { createApp } from './app';
import { developmentTokens } from './auth/development-tokens';
import { ConfigError, loadConfig } from './config';
import { DatabaseUnavailableError } from './db/database';
import { createLogger } from './shared/logger';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config);
  const app = await createApp(config, log);
  const url = await app.listen();
  log.info({ url, database: app.database.description }, 'Throughline is ready');
  if (config.nodeEnv !== 'production') {
    console.log(`\n  Throughline sandbox: ${url}\n`);
    const tokens = await developmentTokens(app);
    if (tokens.length) {
      console.log('  Development tokens (this run only; send as `Authorization: Bearer <token>`):');
      for (const { role, token, orgUnitCode } of tokens) {
        console.log(`  token ${role}${orgUnitCode ? ` (org unit ${orgUnitCode})` : ''}: ${token}`);
      }
      console.log('');
    }
  }

  let shuttingDown = false;
  const shutdown = (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    app.stop().then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  // `on`, not `once`: signal-exit (a dependency of a dependency) re-raises a signal that no other listener holds.
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseUnavailableError) {
    console.error(`throughline: ${error.message}`);
  } else {
    console.error('throughline: failed to start:', error);
  }
  process.exit(1);
});
