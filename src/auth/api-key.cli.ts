import 'reflect-metadata';
import { userInfo } from 'node:os';
import { forkWithAuditActor } from '../audit/audit-actor';
import { AuditSubscriber } from '../audit/audit.subscriber';
import { type AppConfig, ConfigError, loadConfig } from '../config';
import { DatabaseUnavailableError, migrate, openDatabase } from '../db/database';
import { ApiKeyService } from './api-key.service';
import { Role } from './role.enum';

const USAGE = `Usage:
  npm run apikey -- create --name <name> --role <${Object.values(Role).join('|')}> [--org-unit <OrgUnit ID>]
  npm run apikey -- list
  npm run apikey -- revoke <id|prefix>`;

export class UsageError extends Error {}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  if (index === -1) return undefined;
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
  return value;
}

/**
 * `apikey create|list|revoke` against DATABASE_URL (or the embedded database under DATA_DIR).
 * Writes are audited as `cli:<os user>` acting as ADMIN. Returns the lines to print.
 */
export async function runApiKeyCli(args: string[], config: AppConfig): Promise<string[]> {
  const [command, ...rest] = args;
  if (!['create', 'list', 'revoke'].includes(command ?? '')) throw new UsageError(USAGE);
  const database = await openDatabase(config);
  try {
    if (config.migrateOnStart) await migrate(database.orm);
    database.orm.em.getEventManager().registerSubscriber(new AuditSubscriber());
    const em = forkWithAuditActor(database.orm.em.fork(), { actor: `cli:${safeUser()}`, role: Role.ADMIN });
    const service = new ApiKeyService(em);
    if (command === 'create') {
      const name = option(rest, 'name');
      const role = option(rest, 'role');
      if (!name || !role) throw new UsageError(USAGE);
      const { key, apiKey } = await service.create({ name, role, orgUnitId: option(rest, 'org-unit') });
      return [
        `Created API key ${apiKey.id} "${apiKey.name}" (${apiKey.role}, prefix ${apiKey.prefix}).`,
        'The key is shown only this once; send it as `X-Api-Key: <key>`:',
        key,
      ];
    }
    if (command === 'list') {
      const keys = await service.list();
      if (!keys.length) return ['No API keys.'];
      return keys.map(
        (k) =>
          `${k.id}\t${k.prefix}\t${k.name}\t${k.role}${k.orgUnitId ? ` ${k.orgUnitId}` : ''}\tcreated ${k.createdAt.toISOString()}` +
          `\tlast used ${k.lastUsedAt?.toISOString() ?? 'never'}${k.revokedAt ? `\tREVOKED ${k.revokedAt.toISOString()}` : ''}`,
      );
    }
    const target = rest[0];
    if (!target) throw new UsageError(USAGE);
    const revoked = await service.revoke(target);
    return [`Revoked API key ${revoked.id} "${revoked.name}" (prefix ${revoked.prefix}).`];
  } finally {
    await database.close();
  }
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

if (require.main === module) {
  runApiKeyCli(process.argv.slice(2), loadConfig()).then(
    (lines) => {
      process.stdout.write(`${lines.join('\n')}\n`);
    },
    (error: unknown) => {
      const known =
        error instanceof UsageError ||
        error instanceof ConfigError ||
        error instanceof DatabaseUnavailableError;
      const graphqlCode = (error as { extensions?: { code?: string } }).extensions?.code;
      console.error(known || graphqlCode ? `apikey: ${(error as Error).message}` : error);
      process.exit(1);
    },
  );
}
