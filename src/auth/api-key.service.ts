import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, NotFoundError } from '../graphql/errors';
import { decodeGlobalId, encodeGlobalId } from '../graphql/global-id';
import { OrgUnit } from '../organisation/org-unit.entity';
import { ApiKey } from './api-key.entity';
import type { Identity } from './identity';
import { isRole, Role } from './role.enum';

/** Keys look like `tl_<12 hex prefix>_<43 base64url characters>`: 256 random bits after the prefix. */
const KEY_PATTERN = /^tl_([0-9a-f]{12})_[A-Za-z0-9_-]{43}$/;

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export interface ApiKeyListing {
  id: number;
  name: string;
  role: Role;
  orgUnitId: string | null;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** Creating, listing and revoking API keys (the CLI), and resolving a presented key (each request). */
export class ApiKeyService {
  constructor(private readonly em: EntityManager) {}

  /** Creates a key; returns the key itself, which is never stored and cannot be shown again. */
  async create(input: {
    name: string;
    role: string;
    orgUnitId?: string;
  }): Promise<{ key: string; apiKey: ApiKey }> {
    const name = input.name.trim();
    if (!/^[\w .:@-]{1,100}$/.test(name)) {
      throw new BadUserInputError('name: 1–100 letters, digits, spaces or . : @ _ -', { argument: 'name' });
    }
    if (!isRole(input.role)) {
      throw new BadUserInputError(`role: use one of ${Object.values(Role).join(', ')}`, { argument: 'role' });
    }
    const role = input.role;
    if (role === Role.UNIT_LEAD && !input.orgUnitId) {
      throw new BadUserInputError('A UNIT_LEAD key needs --org-unit <OrgUnit ID>', { argument: 'orgUnit' });
    }
    return this.em.transactional(async (em) => {
      let orgUnit: OrgUnit | undefined;
      if (input.orgUnitId) {
        const id = decodeGlobalId(input.orgUnitId, 'OrgUnit', 'orgUnit');
        orgUnit = (await em.findOne(OrgUnit, { id })) ?? undefined;
        if (!orgUnit) throw new NotFoundError('OrgUnit', input.orgUnitId);
      }
      const prefix = randomBytes(6).toString('hex');
      const key = `tl_${prefix}_${randomBytes(32).toString('base64url')}`;
      const apiKey = em.create(ApiKey, {
        name,
        role,
        orgUnit: role === Role.UNIT_LEAD ? orgUnit : undefined,
        keyHash: hashApiKey(key),
        prefix,
      });
      await em.flush();
      return { key, apiKey };
    });
  }

  async list(): Promise<ApiKeyListing[]> {
    const keys = await this.em.find(ApiKey, {}, { orderBy: { id: 'asc' } });
    return keys.map((k) => ({
      id: k.id,
      name: k.name,
      role: k.role,
      orgUnitId: k.orgUnit ? encodeGlobalId('OrgUnit', k.orgUnit.id) : null,
      prefix: k.prefix,
      createdAt: k.createdAt,
      lastUsedAt: k.lastUsedAt ?? null,
      revokedAt: k.revokedAt ?? null,
    }));
  }

  /** Revokes the key with numeric `idOrPrefix` or that prefix; a revoked key stops working at once. */
  async revoke(idOrPrefix: string): Promise<ApiKey> {
    return this.em.transactional(async (em) => {
      const where = /^\d{1,9}$/.test(idOrPrefix) ? { id: Number(idOrPrefix) } : { prefix: idOrPrefix };
      const apiKey = await em.findOne(ApiKey, where);
      if (!apiKey) throw new NotFoundError('ApiKey', idOrPrefix);
      apiKey.revokedAt ??= new Date();
      await em.flush();
      return apiKey;
    });
  }

  /**
   * The identity of a presented key, or undefined when it is unknown or revoked. One statement:
   * it also stamps `last_used_at` (at most once a minute, so busy feeds do not rewrite the row each call).
   */
  async resolve(key: string): Promise<Identity | undefined> {
    if (!KEY_PATTERN.test(key)) return undefined;
    const rows = (await this.em.getConnection().execute(
      `with found as (
         select id, name, role, org_unit_id, prefix from api_key where key_hash = ? and revoked_at is null
       ), touched as (
         update api_key set last_used_at = now() from found
         where api_key.id = found.id and (api_key.last_used_at is null or api_key.last_used_at < now() - interval '1 minute')
       )
       select name, role, org_unit_id as "orgUnitId", prefix from found`,
      [hashApiKey(key)],
    )) as { name: string; role: Role; orgUnitId: number | null; prefix: string }[];
    const row = rows[0];
    if (!row) return undefined;
    if (row.role === Role.UNIT_LEAD && row.orgUnitId === null) return undefined;
    return {
      subject: `api-key:${row.prefix}`,
      name: row.name,
      role: row.role,
      scope: row.role === Role.UNIT_LEAD ? { rootOrgUnitId: row.orgUnitId! } : null,
      via: 'api-key',
    };
  }
}
