import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { ApiKey } from '../../src/auth/api-key.entity';
import { runApiKeyCli } from '../../src/auth/api-key.cli';
import { Role } from '../../src/auth/role.enum';
import { encodeGlobalId } from '../../src/graphql/global-id';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

const READ = '{ kpiByCode(code: "KEY-KPI") { code owner { email } } }';
const WRITE = 'mutation { setKpiTargets(input: []) { inserted } }';

describe('API keys', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    const seed = new SeedBuilder(t.em());
    seed.kpi({ orgUnit: seed.orgUnit(), code: 'KEY-KPI', owner: seed.person() });
    await seed.flush();
  });
  afterAll(() => t?.close());

  const cli = (...args: string[]) => runApiKeyCli(args, t.app.config);

  it('creates a read-only ANALYST key with the CLI, shown once and stored hashed', async () => {
    const lines = await cli('create', '--name', 'powerbi', '--role', 'ANALYST');
    const key = lines[2];
    expect(key).toMatch(/^tl_[0-9a-f]{12}_/);
    const stored = await t.em().findOneOrFail(ApiKey, { name: 'powerbi' });
    expect(stored.keyHash).not.toContain(key.slice(16));
    expect(stored.lastUsedAt).toBeUndefined();

    const read = await t.request(READ, {}, { 'x-api-key': key });
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({ kpiByCode: { code: 'KEY-KPI', owner: { email: null } } });
    const write = await t.request(WRITE, {}, { 'x-api-key': key });
    expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.em().findOneOrFail(ApiKey, { name: 'powerbi' })).lastUsedAt).toBeInstanceOf(Date);

    const listed = (await cli('list')).join('\n');
    expect(listed).toContain('powerbi');
    expect(listed).toContain(stored.prefix);
    expect(listed).not.toContain(key);

    const audit = await t.em().find(AuditEntry, { entityType: 'ApiKey' });
    expect(audit.map((a) => a.operation)).toEqual(['CREATE']);
    expect(audit[0].actor).toMatch(/^cli:/);
    expect(audit[0].changes.keyHash).toBeUndefined();
  });

  it('audits writes made with a key under the key prefix', async () => {
    const [, , key] = await cli('create', '--name', 'planning', '--role', 'COO');
    const result = await t.request(
      'mutation { recordKpiMeasurements(input: [{ kpiCode: "KEY-KPI", period: "2026-03-01", value: 3 }]) { inserted } }',
      {},
      { 'x-api-key': key },
    );
    expect(result.errors).toBeUndefined();
    const entry = await t.em().findOneOrFail(AuditEntry, { entityType: 'KpiMeasurement' });
    expect(entry.actor).toBe(`api-key:${key.slice(3, 15)}`);
    expect(entry.role).toBe(Role.COO);
  });

  it('refuses a revoked, unknown or malformed key with UNAUTHENTICATED', async () => {
    const [, , key] = await cli('create', '--name', 'temp', '--role', 'CFO');
    expect((await t.request(READ, {}, { 'x-api-key': key })).status).toBe(200);
    await cli('revoke', key.slice(3, 15));
    for (const presented of [key, `${key.slice(0, -1)}x`, 'nonsense']) {
      const result = await t.request(READ, {}, { 'x-api-key': presented });
      expect(result.status).toBe(401);
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await t.em().findOneOrFail(ApiKey, { name: 'temp' })).revokedAt).toBeInstanceOf(Date);
  });

  it('needs an existing org unit for a UNIT_LEAD key and rejects bad input', async () => {
    await expect(cli('create', '--name', 'lead', '--role', 'UNIT_LEAD')).rejects.toThrow(/org-unit/);
    await expect(
      cli('create', '--name', 'lead', '--role', 'UNIT_LEAD', '--org-unit', encodeGlobalId('OrgUnit', 999999)),
    ).rejects.toThrow(/does not exist/);
    await expect(cli('create', '--name', 'x', '--role', 'KING')).rejects.toThrow(/role/);
    await expect(cli('revoke', 'nope')).rejects.toThrow(/does not exist/);
    await expect(cli('frobnicate')).rejects.toThrow(/Usage/);
  });
});
