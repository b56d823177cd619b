import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { Role } from '../../src/auth/role.enum';
import { encodeGlobalId } from '../../src/graphql/global-id';
import { KpiMeasurement } from '../../src/operations/kpi-measurement.entity';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

const KPI = 'query ($code: String!) { kpiByCode(code: $code) { code owner { name email } } }';
const RECORD =
  'mutation ($input: [KpiMeasurementInput!]!) { recordKpiMeasurements(input: $input) { inserted updated } }';

describe('UNIT_LEAD scoping and hidden e-mail addresses', () => {
  let t: TestApp;
  let lead: Record<string, string>;
  let kpiIds: { inside: number; outside: number };
  beforeAll(async () => {
    t = await startTestApp();
    const seed = new SeedBuilder(t.em());
    const root = seed.orgUnit({ code: 'ROOT' });
    const plant = seed.orgUnit({ code: 'PLANT', parent: root });
    const line = seed.orgUnit({ code: 'LINE', parent: plant });
    const sales = seed.orgUnit({ code: 'SALES', parent: root });
    const owner = seed.person({ name: 'Olga', email: 'olga@example.com' });
    const inside = seed.kpi({ orgUnit: line, code: 'IN-KPI', owner });
    const outside = seed.kpi({ orgUnit: sales, code: 'OUT-KPI', owner });
    await seed.flush();
    kpiIds = { inside: inside.id, outside: outside.id };
    lead = await t.as(Role.UNIT_LEAD, encodeGlobalId('OrgUnit', plant.id));
  });
  afterAll(() => t?.close());

  it('sees KPIs of its subtree and nothing outside it', async () => {
    expect((await t.execute(KPI, { code: 'IN-KPI' }, lead)).kpiByCode.code).toBe('IN-KPI');
    const outside = await t.request(KPI, { code: 'OUT-KPI' }, lead);
    expect(outside.data?.kpiByCode ?? null).toBeNull();
    expect(JSON.stringify(outside)).not.toContain('OUT-KPI"');
    const byId = await t.request(
      `{ kpi(id: "${encodeGlobalId('Kpi', kpiIds.outside)}") { code } }`,
      {},
      lead,
    );
    expect(byId.data?.kpi ?? null).toBeNull();
  });

  it('cannot use node(id), which has no org scope', async () => {
    const result = await t.request(
      `{ node(id: "${encodeGlobalId('Kpi', kpiIds.outside)}") { id } }`,
      {},
      lead,
    );
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('records measurements in its subtree; a row outside refuses the whole call and writes nothing', async () => {
    const ok = await t.execute(
      RECORD,
      { input: [{ kpiCode: 'IN-KPI', period: '2026-01-01', value: 1 }] },
      lead,
    );
    expect(ok.recordKpiMeasurements.inserted).toBe(1);
    const auditBefore = await t.em().count(AuditEntry, {});
    const refused = await t.request(
      RECORD,
      {
        input: [
          { kpiCode: 'IN-KPI', period: '2026-02-01', value: 2 },
          { kpiCode: 'OUT-KPI', period: '2026-02-01', value: 2 },
        ],
      },
      lead,
    );
    // Outside the subtree counts as unknown: the error does not reveal that the code exists elsewhere.
    expect(refused.errors?.[0].extensions?.code).toMatch(/^(FORBIDDEN|BAD_USER_INPUT)$/);
    expect(refused.errors?.[0].extensions?.rows?.map((r: { index: number }) => r.index)).toEqual([1]);
    expect(await t.em().count(KpiMeasurement, { kpi: kpiIds.outside })).toBe(0);
    expect(await t.em().count(KpiMeasurement, { kpi: kpiIds.inside })).toBe(1);
    expect(await t.em().count(AuditEntry, {})).toBe(auditBefore);
  });

  it.each([
    [Role.CEO, 'olga@example.com'],
    [Role.CFO, 'olga@example.com'],
    [Role.CIO, 'olga@example.com'],
    [Role.COO, 'olga@example.com'],
    [Role.ADMIN, 'olga@example.com'],
    [Role.ANALYST, null],
    [Role.UNIT_LEAD, null],
  ])("shows people's e-mail to %s as %s, without an error", async (role, expected) => {
    const headers = role === Role.UNIT_LEAD ? lead : await t.as(role);
    const result = await t.request(KPI, { code: 'IN-KPI' }, headers);
    expect(result.errors).toBeUndefined();
    expect(result.data!.kpiByCode.owner).toEqual({ name: 'Olga', email: expected });
  });
});
