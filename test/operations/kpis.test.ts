import { encodeGlobalId } from '../../src/graphql/global-id';
import { Kpi } from '../../src/operations/kpi.entity';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

const KPI_FIELDS = `id code name description unit direction frequency processArea amberThreshold redThreshold
  archivedAt version orgUnit { code } owner { name }`;

const KPI_BY_ID = `query ($id: ID!) { kpi(id: $id) { ${KPI_FIELDS} } }`;
const KPI_BY_CODE = `query ($code: String!) { kpiByCode(code: $code) { ${KPI_FIELDS} } }`;
const CREATE = `mutation ($input: CreateKpiInput!) { createKpi(input: $input) { ${KPI_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateKpiInput!) {
  updateKpi(id: $id, version: $version, input: $input) { ${KPI_FIELDS} } }`;
const ARCHIVE = `mutation ($id: ID!, $version: Int!) { archiveKpi(id: $id, version: $version) { ${KPI_FIELDS} } }`;

const SERIES = `query ($id: ID!, $from: Date, $to: Date) {
  kpi(id: $id) {
    measurements(from: $from, to: $to) { period value source kpi { code } }
    targets(from: $from, to: $to) { period value }
  }
}`;

const UNIT_TREE = `query ($id: ID!, $all: Boolean) {
  node(id: $id) { ... on OrgUnit { code kpis(includeArchived: $all) {
    code measurements { period value } targets { period value }
  } } }
}`;

describe('KPIs: queries, relations and mutations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function seedUnit(): Promise<{ unitId: string; ownerId: string; unitCode: string }> {
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit();
    const owner = seed.person();
    await seed.flush();
    return {
      unitId: encodeGlobalId('OrgUnit', unit.id),
      ownerId: encodeGlobalId('Person', owner.id),
      unitCode: unit.code,
    };
  }

  function createInput(unitId: string, extra: Record<string, unknown> = {}) {
    return {
      code: `K-${Math.random().toString(36).slice(2, 10)}`,
      name: 'On-time delivery',
      unit: '%',
      direction: 'HIGHER_IS_BETTER',
      processArea: 'LOGISTICS',
      orgUnitId: unitId,
      ...extra,
    };
  }

  describe('kpi(id) and kpiByCode(code)', () => {
    it('returns the KPI with its references, and null when absent', async () => {
      const seed = new SeedBuilder(t.em());
      const unit = seed.orgUnit();
      const owner = seed.person({ name: 'Olga Owner' });
      const kpi = seed.kpi({
        orgUnit: unit,
        owner,
        code: 'Q-OTD',
        unit: 'days',
        amberThreshold: 1.1,
        redThreshold: 0.8,
      });
      await seed.flush();
      const id = encodeGlobalId('Kpi', kpi.id);

      const byId = await t.execute(KPI_BY_ID, { id });
      expect(byId.kpi).toMatchObject({
        id,
        code: 'Q-OTD',
        unit: 'days',
        amberThreshold: 1.1,
        redThreshold: 0.8,
        orgUnit: { code: unit.code },
        owner: { name: 'Olga Owner' },
        version: 1,
      });
      const byCode = await t.execute(KPI_BY_CODE, { code: 'Q-OTD' });
      expect(byCode.kpiByCode.id).toBe(id);

      expect((await t.execute(KPI_BY_ID, { id: encodeGlobalId('Kpi', 999_999) })).kpi).toBeNull();
      expect((await t.execute(KPI_BY_CODE, { code: 'NO-SUCH' })).kpiByCode).toBeNull();
    });

    it('rejects a malformed or wrong-type ID with BAD_USER_INPUT', async () => {
      for (const id of ['garbage!', encodeGlobalId('OrgUnit', 1)]) {
        const result = await t.request(KPI_BY_ID, { id });
        expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      }
    });
  });

  describe('Kpi.measurements, Kpi.targets and OrgUnit.kpis', () => {
    it('lists measurements and targets by period, filtered by from/to', async () => {
      const seed = new SeedBuilder(t.em());
      const kpi = seed.kpi({ orgUnit: seed.orgUnit() });
      // Created out of order on purpose: the API orders by period.
      for (const [period, value] of [
        ['2026-03-01', 3],
        ['2026-01-01', 1],
        ['2026-02-01', 2],
      ] as const) {
        seed.measurement(kpi, period, value, { source: 'ERP' });
        seed.kpiTarget(kpi, period, value * 10);
      }
      await seed.flush();
      const id = encodeGlobalId('Kpi', kpi.id);

      const all = (await t.execute(SERIES, { id })).kpi;
      expect(all.measurements.map((m: { period: string }) => m.period)).toEqual([
        '2026-01-01',
        '2026-02-01',
        '2026-03-01',
      ]);
      expect(all.measurements[0]).toEqual({
        period: '2026-01-01',
        value: 1,
        source: 'ERP',
        kpi: { code: kpi.code },
      });
      expect(all.targets.map((m: { value: number }) => m.value)).toEqual([10, 20, 30]);

      const window = (await t.execute(SERIES, { id, from: '2026-02-01', to: '2026-02-01' })).kpi;
      expect(window.measurements.map((m: { value: number }) => m.value)).toEqual([2]);
      expect(window.targets.map((m: { value: number }) => m.value)).toEqual([20]);
      const from = (await t.execute(SERIES, { id, from: '2026-02-01' })).kpi;
      expect(from.measurements.map((m: { value: number }) => m.value)).toEqual([2, 3]);
      const to = (await t.execute(SERIES, { id, to: '2026-02-01' })).kpi;
      expect(to.targets.map((m: { value: number }) => m.value)).toEqual([10, 20]);

      const reversed = await t.request(SERIES, { id, from: '2026-03-01', to: '2026-01-01' });
      expect(reversed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('keeps different from/to arguments apart within one request', async () => {
      const seed = new SeedBuilder(t.em());
      const kpi = seed.kpi({ orgUnit: seed.orgUnit() });
      for (const month of ['01', '02', '03']) seed.measurement(kpi, `2026-${month}-01`, Number(month));
      await seed.flush();
      const data = await t.execute(
        `query ($id: ID!) { kpi(id: $id) {
          early: measurements(to: "2026-01-01") { value }
          late: measurements(from: "2026-02-01") { value }
          all: measurements { value }
        } }`,
        { id: encodeGlobalId('Kpi', kpi.id) },
      );
      expect(data.kpi.early.map((m: { value: number }) => m.value)).toEqual([1]);
      expect(data.kpi.late.map((m: { value: number }) => m.value)).toEqual([2, 3]);
      expect(data.kpi.all.map((m: { value: number }) => m.value)).toEqual([1, 2, 3]);
    });

    it('lists the KPIs of an org unit by code, hiding archived ones unless asked', async () => {
      const seed = new SeedBuilder(t.em());
      const unit = seed.orgUnit();
      const other = seed.orgUnit();
      seed.kpi({ orgUnit: unit, code: 'OU-B' });
      seed.kpi({ orgUnit: unit, code: 'OU-A' });
      seed.kpi({ orgUnit: unit, code: 'OU-C', archivedAt: new Date() });
      seed.kpi({ orgUnit: other, code: 'OU-OTHER' });
      await seed.flush();
      const id = encodeGlobalId('OrgUnit', unit.id);

      const live = await t.execute(UNIT_TREE, { id });
      expect(live.node.kpis.map((k: { code: string }) => k.code)).toEqual(['OU-A', 'OU-B']);
      const all = await t.execute(UNIT_TREE, { id, all: true });
      expect(all.node.kpis.map((k: { code: string }) => k.code)).toEqual(['OU-A', 'OU-B', 'OU-C']);
    });

    async function seedUnitWithKpis(kpiCount: number): Promise<string[]> {
      const seed = new SeedBuilder(t.em());
      const unit = seed.orgUnit();
      const ids: Kpi[] = [];
      for (let k = 0; k < kpiCount; k++) {
        const kpi = seed.kpi({ orgUnit: unit });
        ids.push(kpi);
        for (const month of ['01', '02', '03']) {
          seed.measurement(kpi, `2026-${month}-01`, k);
          seed.kpiTarget(kpi, `2026-${month}-01`, k + 1);
        }
      }
      await seed.flush();
      return [encodeGlobalId('OrgUnit', unit.id), ...ids.map((kpi) => encodeGlobalId('Kpi', kpi.id))];
    }

    it('makes the same number of SQL statements for 5 KPIs as for 200 (nested under an org unit and by nodes)', async () => {
      const NODES = `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Kpi {
        code measurements(from: "2026-02-01") { value } targets { value } orgUnit { code } } } }`;
      const [smallUnit, ...smallKpis] = await seedUnitWithKpis(5);
      const [bigUnit, ...bigKpis] = await seedUnitWithKpis(200);

      let smallRows = 0;
      const fewTree = await t.countSql(async () => {
        const data = await t.execute(UNIT_TREE, { id: smallUnit });
        smallRows = data.node.kpis.flatMap((k: { measurements: unknown[] }) => k.measurements).length;
      });
      let bigRows = 0;
      const manyTree = await t.countSql(async () => {
        const data = await t.execute(UNIT_TREE, { id: bigUnit });
        bigRows = data.node.kpis.flatMap((k: { measurements: unknown[] }) => k.measurements).length;
      });
      expect(smallRows).toBe(15);
      expect(bigRows).toBe(600);
      expect(manyTree).toBe(fewTree);
      expect(fewTree).toBe(4); // org unit, its KPIs, measurements, targets

      const fewNodes = await t.countSql(() => t.execute(NODES, { ids: smallKpis }));
      let nodeRows = 0;
      const manyNodes = await t.countSql(async () => {
        const data = await t.execute(NODES, { ids: bigKpis });
        nodeRows = data.nodes.flatMap((k: { measurements: unknown[] }) => k.measurements).length;
      });
      expect(nodeRows).toBe(400);
      expect(manyNodes).toBe(fewNodes);
      expect(fewNodes).toBeGreaterThanOrEqual(3); // KPIs, measurements, targets (+ org units)
      expect(fewNodes).toBeLessThanOrEqual(4);
    });
  });

  describe('createKpi', () => {
    it('creates a KPI with documented default thresholds and frequency', async () => {
      const { unitId, ownerId, unitCode } = await seedUnit();
      const input = createInput(unitId, { ownerId, description: 'Share of orders delivered on time' });
      const created = (await t.execute(CREATE, { input })).createKpi;
      expect(created).toMatchObject({
        code: input.code,
        frequency: 'MONTHLY',
        amberThreshold: 1,
        redThreshold: 0.9,
        description: 'Share of orders delivered on time',
        orgUnit: { code: unitCode },
        archivedAt: null,
        version: 1,
      });
      expect(created.owner.name).toBeTruthy();
      const stored = await t.em().findOneOrFail(Kpi, { code: input.code });
      expect(stored.amberThreshold).toBe(1);
      expect(stored.redThreshold).toBe(0.9);
    });

    it('rejects a taken code with CONFLICT and a malformed code with BAD_USER_INPUT', async () => {
      const { unitId } = await seedUnit();
      const input = createInput(unitId);
      await t.execute(CREATE, { input });
      const duplicate = await t.request(CREATE, { input: { ...input, name: 'Again' } });
      expect(duplicate.errors?.[0].extensions?.code).toBe('CONFLICT');
      for (const code of ['x', 'has space', '-leading', 'A'.repeat(41)]) {
        const bad = await t.request(CREATE, { input: { ...input, code } });
        expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      }
      expect(await t.em().count(Kpi, { name: 'Again' })).toBe(0);
    });

    it.each([
      [{ redThreshold: 0 }, 'redThreshold'],
      [{ redThreshold: -0.5 }, 'redThreshold'],
      [{ amberThreshold: 0.8, redThreshold: 0.9 }, 'redThreshold'],
      [{ amberThreshold: 10.5, redThreshold: 1 }, 'amberThreshold'],
    ])('rejects thresholds %j with BAD_USER_INPUT', async (thresholds, field) => {
      const { unitId } = await seedUnit();
      const input = createInput(unitId, thresholds);
      const result = await t.request(CREATE, { input });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toContain(field);
      expect(await t.em().count(Kpi, { code: input.code })).toBe(0);
    });

    it('accepts the edge thresholds red = amber = 10', async () => {
      const { unitId } = await seedUnit();
      const created = await t.execute(CREATE, {
        input: createInput(unitId, { amberThreshold: 10, redThreshold: 10 }),
      });
      expect(created.createKpi).toMatchObject({ amberThreshold: 10, redThreshold: 10 });
    });

    it('rejects unknown org units and owners with NOT_FOUND and malformed IDs with BAD_USER_INPUT', async () => {
      const { unitId } = await seedUnit();
      const unknownUnit = await t.request(CREATE, { input: createInput(encodeGlobalId('OrgUnit', 999_999)) });
      expect(unknownUnit.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const unknownOwner = await t.request(CREATE, {
        input: createInput(unitId, { ownerId: encodeGlobalId('Person', 999_999) }),
      });
      expect(unknownOwner.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const wrongType = await t.request(CREATE, { input: createInput(encodeGlobalId('Person', 1)) });
      expect(wrongType.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('updateKpi and archiveKpi', () => {
    async function created(extra: Record<string, unknown> = {}) {
      const { unitId } = await seedUnit();
      return (await t.execute(CREATE, { input: createInput(unitId, extra) })).createKpi as {
        id: string;
        code: string;
        version: number;
      };
    }

    it('changes the given fields only, bumps the version, and clears nullable fields with null', async () => {
      const { ownerId } = await seedUnit();
      const kpi = await created({ description: 'old', ownerId });
      const { unitId: newUnitId, unitCode: newUnitCode } = await seedUnit();
      const updated = (
        await t.execute(UPDATE, {
          id: kpi.id,
          version: kpi.version,
          input: {
            name: 'Renamed',
            redThreshold: 0.5,
            orgUnitId: newUnitId,
            description: null,
            ownerId: null,
          },
        })
      ).updateKpi;
      expect(updated).toMatchObject({
        code: kpi.code,
        name: 'Renamed',
        unit: '%',
        redThreshold: 0.5,
        amberThreshold: 1,
        description: null,
        owner: null,
        orgUnit: { code: newUnitCode },
        version: kpi.version + 1,
      });
    });

    it('rejects a stale version with CONFLICT and writes nothing', async () => {
      const kpi = await created();
      await t.execute(UPDATE, { id: kpi.id, version: kpi.version, input: { name: 'First' } });
      const stale = await t.request(UPDATE, { id: kpi.id, version: kpi.version, input: { name: 'Second' } });
      expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
      const staleArchive = await t.request(ARCHIVE, { id: kpi.id, version: kpi.version });
      expect(staleArchive.errors?.[0].extensions?.code).toBe('CONFLICT');
      const now = (await t.execute(KPI_BY_ID, { id: kpi.id })).kpi;
      expect(now).toMatchObject({ name: 'First', archivedAt: null, version: kpi.version + 1 });
    });

    it('validates update input: taken code, thresholds against stored values, null for required fields, unknown IDs', async () => {
      const other = await created();
      const kpi = await created({ amberThreshold: 1.2, redThreshold: 0.9 });
      const cases: [Record<string, unknown>, string][] = [
        [{ code: other.code }, 'CONFLICT'],
        [{ code: 'bad code' }, 'BAD_USER_INPUT'],
        [{ redThreshold: 1.3 }, 'BAD_USER_INPUT'], // above the stored amber 1.2
        [{ amberThreshold: 0.8 }, 'BAD_USER_INPUT'], // below the stored red 0.9
        [{ name: null }, 'BAD_USER_INPUT'],
        [{ orgUnitId: encodeGlobalId('OrgUnit', 999_999) }, 'NOT_FOUND'],
        [{ ownerId: encodeGlobalId('Person', 999_999) }, 'NOT_FOUND'],
      ];
      for (const [input, code] of cases) {
        const result = await t.request(UPDATE, { id: kpi.id, version: kpi.version, input });
        expect([input, result.errors?.[0].extensions?.code]).toEqual([input, code]);
      }
      const unknown = await t.request(UPDATE, {
        id: encodeGlobalId('Kpi', 999_999),
        version: 1,
        input: { name: 'x' },
      });
      expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const now = (await t.execute(KPI_BY_ID, { id: kpi.id })).kpi;
      expect(now).toMatchObject({
        code: kpi.code,
        amberThreshold: 1.2,
        redThreshold: 0.9,
        version: kpi.version,
      });
    });

    it('refuses QUARTERLY while measurements sit on non-quarter months, allows it otherwise', async () => {
      const kpi = await created();
      await t.execute(
        `mutation ($input: [KpiMeasurementInput!]!) { recordKpiMeasurements(input: $input) { inserted } }`,
        {
          input: [{ kpiCode: kpi.code, period: '2026-02-01', value: 1 }],
        },
      );
      const refused = await t.request(UPDATE, {
        id: kpi.id,
        version: kpi.version,
        input: { frequency: 'QUARTERLY' },
      });
      expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

      const clean = await created();
      const switched = await t.execute(UPDATE, {
        id: clean.id,
        version: clean.version,
        input: { frequency: 'QUARTERLY' },
      });
      expect(switched.updateKpi.frequency).toBe('QUARTERLY');
    });

    it('archives a KPI: archivedAt set, still readable by id', async () => {
      const kpi = await created();
      const archived = (await t.execute(ARCHIVE, { id: kpi.id, version: kpi.version })).archiveKpi;
      expect(archived.archivedAt).toEqual(expect.any(String));
      expect(archived.version).toBe(kpi.version + 1);
      expect((await t.execute(KPI_BY_ID, { id: kpi.id })).kpi.archivedAt).toBe(archived.archivedAt);
      const unknown = await t.request(ARCHIVE, { id: encodeGlobalId('Kpi', 999_999), version: 1 });
      expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });
  });
});
