import { forkWithAuditActor } from '../../src/audit/audit-actor';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { Role } from '../../src/auth/role.enum';
import { encodeGlobalId } from '../../src/graphql/global-id';
import { Kpi } from '../../src/operations/kpi.entity';
import { OrgUnit } from '../../src/organisation/org-unit.entity';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

const CREATE_KPI = `mutation ($input: CreateKpiInput!) { createKpi(input: $input) { id version } }`;
const UPDATE_KPI = `mutation ($id: ID!, $version: Int!, $input: UpdateKpiInput!) { updateKpi(id: $id, version: $version, input: $input) { id version } }`;
const ARCHIVE_KPI = `mutation ($id: ID!, $version: Int!) { archiveKpi(id: $id, version: $version) { id version } }`;
const RECORD = `mutation ($input: [KpiMeasurementInput!]!) { recordKpiMeasurements(input: $input) { inserted updated unchanged } }`;
const AUDIT_LOG = `query ($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id actor role at entityType entityId operation changes requestId } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('audit trail', () => {
  let t: TestApp;
  let unitId: string;
  beforeAll(async () => {
    t = await startTestApp();
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit();
    await seed.flush();
    unitId = encodeGlobalId('OrgUnit', unit.id);
  });
  afterAll(() => t?.close());

  async function entriesFor(entityId: string) {
    const data = await t.execute(AUDIT_LOG, { filter: { entityId } });
    return data.auditLog.edges.map((edge: any) => edge.node).reverse();
  }

  it('records create, update and archive with actor, role, request id and old/new values', async () => {
    const coo = await t.as(Role.COO);
    const headers = { ...coo, 'x-request-id': 'req-audit-1' };
    const created = await t.execute(
      CREATE_KPI,
      {
        input: {
          code: 'AUD-1',
          name: 'Audited',
          unit: '%',
          direction: 'HIGHER_IS_BETTER',
          frequency: 'MONTHLY',
          processArea: 'PRODUCTION',
          orgUnitId: unitId,
          amberThreshold: 0.9,
          redThreshold: 0.8,
        },
      },
      headers,
    );
    const id = created.createKpi.id;
    const updated = await t.execute(
      UPDATE_KPI,
      { id, version: created.createKpi.version, input: { name: 'Renamed' } },
      coo,
    );
    await t.execute(ARCHIVE_KPI, { id, version: updated.updateKpi.version }, coo);

    const entries = await entriesFor(id);
    expect(entries.map((e: any) => e.operation)).toEqual(['CREATE', 'UPDATE', 'ARCHIVE']);
    for (const entry of entries) {
      expect(entry).toMatchObject({ actor: 'test-coo', role: 'COO', entityType: 'Kpi', entityId: id });
    }
    expect(entries[0].requestId).toBe('req-audit-1');
    expect(entries[0].changes.code).toEqual({ old: null, new: 'AUD-1' });
    expect(entries[0].changes.orgUnit).toEqual({ old: null, new: unitId });
    expect(entries[1].changes).toEqual({ name: { old: 'Audited', new: 'Renamed' } });
    expect(Object.keys(entries[2].changes)).toEqual(['archivedAt']);
    expect(entries[2].changes.archivedAt.old).toBeNull();
  });

  it('writes nothing to the trail when the mutation fails (same transaction)', async () => {
    const before = await t.em().count(AuditEntry, {});
    const result = await t.request(CREATE_KPI, {
      input: {
        code: 'AUD-1',
        name: 'Duplicate code',
        unit: '%',
        direction: 'HIGHER_IS_BETTER',
        frequency: 'MONTHLY',
        processArea: 'PRODUCTION',
        orgUnitId: unitId,
        amberThreshold: 0.9,
        redThreshold: 0.8,
      },
    });
    expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await t.em().count(AuditEntry, {})).toBe(before);
  });

  it('records DELETE through the flush subscriber and skips writes without an actor', async () => {
    const plain = new SeedBuilder(t.em());
    const unit = plain.orgUnit();
    await plain.flush();
    const unitGlobalId = encodeGlobalId('OrgUnit', unit.id);
    expect(await t.em().count(AuditEntry, { entityId: unitGlobalId })).toBe(0);

    const em = forkWithAuditActor(t.em(), { actor: 'script', role: Role.ADMIN });
    const kpi = new SeedBuilder(em).kpi({ orgUnit: em.getReference(OrgUnit, unit.id) });
    await em.flush();
    em.remove(kpi);
    await em.flush();
    const entries = await t
      .em()
      .find(AuditEntry, { entityId: encodeGlobalId('Kpi', kpi.id) }, { orderBy: { id: 'asc' } });
    expect(entries.map((e) => e.operation)).toEqual(['CREATE', 'DELETE']);
    expect(entries[1].changes.code).toEqual({ old: kpi.code, new: null });
  });

  it('records one UPSERT row per inserted or changed feed row, with old and new values', async () => {
    const seed = new SeedBuilder(t.em());
    const unit = await t.em().findOneOrFail(Kpi, { code: 'AUD-1' });
    const kpi = seed.kpi({ orgUnit: unit.orgUnit, code: 'AUD-FEED' });
    await seed.flush();
    const rows = (value: number, source: string) => [
      { kpiCode: 'AUD-FEED', period: '2026-01-01', value, source },
      { kpiCode: 'AUD-FEED', period: '2026-02-01', value: 5, source: 'ERP' },
    ];
    const coo = await t.as(Role.COO);
    await t.execute(RECORD, { input: rows(1, 'ERP') }, coo);
    const second = await t.execute(RECORD, { input: rows(2, 'MES') }, coo);
    expect(second.recordKpiMeasurements).toEqual({ inserted: 0, updated: 1, unchanged: 1 });

    const entries = await t
      .em()
      .find(AuditEntry, { entityType: 'KpiMeasurement', actor: 'test-coo' }, { orderBy: { id: 'asc' } });
    const measurementIds = (await t
      .em()
      .getConnection()
      .execute('select id, period::text as period from kpi_measurement where kpi_id = ? order by period', [
        kpi.id,
      ])) as { id: number; period: string }[];
    const january = encodeGlobalId('KpiMeasurement', measurementIds[0].id);
    expect(entries).toHaveLength(3);
    expect(entries.every((e) => e.operation === 'UPSERT' && e.role === Role.COO)).toBe(true);
    const januaryEntries = entries.filter((e) => e.entityId === january);
    expect(januaryEntries.map((e) => e.changes)).toEqual([
      { value: { old: null, new: 1 }, source: { old: null, new: 'ERP' } },
      { value: { old: 1, new: 2 }, source: { old: 'ERP', new: 'MES' } },
    ]);
  });

  it('writes the feed audit rows in the same statement count whatever the number of rows', async () => {
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit();
    const kpi = seed.kpi({ orgUnit: unit });
    await seed.flush();
    const rows = (n: number, offset: number) =>
      Array.from({ length: n }, (_, i) => ({
        kpiCode: kpi.code,
        period: `${2000 + Math.floor((i + offset) / 12)}-${String(((i + offset) % 12) + 1).padStart(2, '0')}-01`,
        value: i,
      }));
    const few = await t.countSql(() => t.execute(RECORD, { input: rows(2, 0) }));
    const many = await t.countSql(() => t.execute(RECORD, { input: rows(200, 100) }));
    expect(many).toBe(few);
    expect(await t.em().count(AuditEntry, { entityType: 'KpiMeasurement', actor: 'test-admin' })).toBe(202);
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the audit table, for the application too', async () => {
    const connection = t.em().getConnection();
    expect(await t.em().count(AuditEntry, {})).toBeGreaterThan(0);
    await expect(connection.execute(`update audit_entry set actor = 'mallory'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(connection.execute('delete from audit_entry')).rejects.toThrow(/append-only/);
    await expect(connection.execute('truncate audit_entry')).rejects.toThrow(/append-only/);
    expect(await t.em().count(AuditEntry, { actor: 'mallory' })).toBe(0);
  });

  it('lets only CEO and ADMIN read the audit log, and pages it newest first', async () => {
    for (const role of [Role.CFO, Role.CIO, Role.COO, Role.ANALYST]) {
      const result = await t.request(AUDIT_LOG, {}, await t.as(role));
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
    }
    const ceo = await t.execute(AUDIT_LOG, { first: 2 }, await t.as(Role.CEO));
    expect(ceo.auditLog.edges).toHaveLength(2);
    expect(ceo.auditLog.pageInfo.hasNextPage).toBe(true);
    const next = await t.execute(AUDIT_LOG, { first: 2, after: ceo.auditLog.pageInfo.endCursor });
    const ids = [...ceo.auditLog.edges, ...next.auditLog.edges].map((e: any) =>
      Number(Buffer.from(e.node.id, 'base64url').toString().split(':')[1]),
    );
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(4);

    const byActor = await t.execute(AUDIT_LOG, { filter: { actor: 'test-coo', entityType: 'Kpi' } });
    expect(byActor.auditLog.edges.length).toBe(3);
    const future = await t.execute(AUDIT_LOG, { filter: { from: '2999-01-01T00:00:00Z' } });
    expect(future.auditLog.edges).toEqual([]);
    const bad = await t.request(AUDIT_LOG, { first: 0 });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
