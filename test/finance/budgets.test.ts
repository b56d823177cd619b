import { Budget } from '../../src/finance/budget.entity';
import { encodeGlobalId } from '../../src/graphql/global-id';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

const BUDGET = `
  query Budget($id: ID!) {
    budget(id: $id) {
      id code name fiscalYear category currency planned version archivedAt
      orgUnit { code }
      goal { code }
      actuals { month amount budget { code } }
    }
  }`;

const BUDGET_ACTUAL = `
  query BudgetActual($id: ID!) {
    budgetActual(id: $id) { id month amount version budget { code } }
  }`;

const CREATE = `
  mutation Create($input: CreateBudgetInput!) {
    createBudget(input: $input) {
      id code name fiscalYear category currency planned version orgUnit { code } goal { code }
    }
  }`;

const UPDATE = `
  mutation Update($id: ID!, $version: Int!, $input: UpdateBudgetInput!) {
    updateBudget(id: $id, version: $version, input: $input) {
      code name fiscalYear category currency planned version orgUnit { code } goal { code }
    }
  }`;

const ARCHIVE = `
  mutation Archive($id: ID!, $version: Int!) {
    archiveBudget(id: $id, version: $version) { archivedAt version }
  }`;

const UNIT_BUDGETS = `
  query UnitBudgets($id: ID!, $includeArchived: Boolean) {
    orgUnit(id: $id) {
      budgets(includeArchived: $includeArchived) {
        code fiscalYear
        orgUnit { code }
        goal { code }
        actuals { month amount }
      }
    }
  }`;

const GOAL_BUDGETS = `
  query GoalBudgets($id: ID!) {
    goal(id: $id) { budgets { code actuals { month } } }
  }`;

describe('finance: budgets', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const gid = (type: string, id: number) => encodeGlobalId(type, id);

  async function arrange() {
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit();
    const otherUnit = seed.orgUnit();
    const goal = seed.goal();
    const budget = seed.budget({
      orgUnit: unit,
      goal,
      fiscalYear: 2026,
      currency: 'USD',
      planned: '5000.50',
    });
    const actuals = [
      seed.actual(budget, '2026-03-01', '30.00'),
      seed.actual(budget, '2026-01-01', '10.25'),
      seed.actual(budget, '2026-02-01', '20.00'),
    ];
    await seed.flush();
    return { unit, otherUnit, goal, budget, actuals };
  }

  function validInput(unitId: number, extra: Record<string, unknown> = {}) {
    return {
      code: `B-NEW-${Math.random().toString(36).slice(2, 10)}`,
      name: 'New budget',
      orgUnitId: gid('OrgUnit', unitId),
      fiscalYear: 2027,
      category: 'CAPEX',
      currency: 'CHF',
      planned: '1250000',
      ...extra,
    };
  }

  describe('queries by ID', () => {
    it('reads a budget with its references and its actuals ordered by month', async () => {
      const { budget, unit, goal } = await arrange();
      const { budget: read } = await t.execute(BUDGET, { id: gid('Budget', budget.id) });
      expect(read).toMatchObject({
        id: gid('Budget', budget.id),
        code: budget.code,
        fiscalYear: 2026,
        category: 'OPEX',
        currency: 'USD',
        planned: '5000.50',
        version: 1,
        archivedAt: null,
        orgUnit: { code: unit.code },
        goal: { code: goal.code },
      });
      expect(read.actuals).toEqual([
        { month: '2026-01-01', amount: '10.25', budget: { code: budget.code } },
        { month: '2026-02-01', amount: '20.00', budget: { code: budget.code } },
        { month: '2026-03-01', amount: '30.00', budget: { code: budget.code } },
      ]);
    });

    it('reads a budget actual by ID', async () => {
      const { budget, actuals } = await arrange();
      const { budgetActual } = await t.execute(BUDGET_ACTUAL, { id: gid('BudgetActual', actuals[1].id) });
      expect(budgetActual).toEqual({
        id: gid('BudgetActual', actuals[1].id),
        month: '2026-01-01',
        amount: '10.25',
        version: 1,
        budget: { code: budget.code },
      });
    });

    it('returns null for IDs that do not exist', async () => {
      expect((await t.execute(BUDGET, { id: gid('Budget', 999_999) })).budget).toBeNull();
      expect((await t.execute(BUDGET_ACTUAL, { id: gid('BudgetActual', 999_999) })).budgetActual).toBeNull();
    });

    it('refuses malformed IDs and IDs of another type with BAD_USER_INPUT', async () => {
      const { budget } = await arrange();
      for (const [query, id] of [
        [BUDGET, 'not-an-id!'],
        [BUDGET, gid('Kpi', budget.id)],
        [BUDGET_ACTUAL, 'garbage'],
        [BUDGET_ACTUAL, gid('Budget', budget.id)],
      ]) {
        const result = await t.request(query, { id });
        expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      }
    });

    it('hides budgets and actuals outside a UNIT_LEAD subtree', async () => {
      const { budget, otherUnit, actuals } = await arrange();
      const lead = await t.as('UNIT_LEAD', gid('OrgUnit', otherUnit.id));
      expect((await t.execute(BUDGET, { id: gid('Budget', budget.id) }, lead)).budget).toBeNull();
      const actual = await t.execute(BUDGET_ACTUAL, { id: gid('BudgetActual', actuals[0].id) }, lead);
      expect(actual.budgetActual).toBeNull();
    });
  });

  describe('relations', () => {
    it('lists the budgets of an org unit and of a goal; archived ones only on request', async () => {
      const seed = new SeedBuilder(t.em());
      const unit = seed.orgUnit();
      const goal = seed.goal();
      const b2027 = seed.budget({ orgUnit: unit, fiscalYear: 2027, code: 'REL-A-2027', goal });
      const b2026 = seed.budget({ orgUnit: unit, fiscalYear: 2026, code: 'REL-Z-2026', goal });
      const archived = seed.budget({ orgUnit: unit, code: 'REL-B-2026', archivedAt: new Date() });
      const other = seed.budget({ orgUnit: seed.orgUnit(), code: 'REL-OTHER', goal });
      seed.actual(b2026, '2026-05-01', '5.00');
      await seed.flush();

      const { orgUnit } = await t.execute(UNIT_BUDGETS, { id: gid('OrgUnit', unit.id) });
      expect(orgUnit.budgets).toEqual([
        {
          code: b2026.code,
          fiscalYear: 2026,
          orgUnit: { code: unit.code },
          goal: { code: goal.code },
          actuals: [{ month: '2026-05-01', amount: '5.00' }],
        },
        {
          code: b2027.code,
          fiscalYear: 2027,
          orgUnit: { code: unit.code },
          goal: { code: goal.code },
          actuals: [],
        },
      ]);
      const all = await t.execute(UNIT_BUDGETS, { id: gid('OrgUnit', unit.id), includeArchived: true });
      expect(all.orgUnit.budgets.map((b: { code: string }) => b.code)).toEqual([
        archived.code,
        b2026.code,
        b2027.code,
      ]);

      const { goal: read } = await t.execute(GOAL_BUDGETS, { id: gid('StrategicGoal', goal.id) });
      expect(read.budgets.map((b: { code: string }) => b.code)).toEqual([other.code, b2026.code, b2027.code]);
    });

    it('issues the same number of SQL statements for 5 budgets as for 200 (budgets → actuals, goal, org unit)', async () => {
      async function unitWith(count: number): Promise<string> {
        const seed = new SeedBuilder(t.em());
        const unit = seed.orgUnit();
        for (let i = 0; i < count; i++) {
          const budget = seed.budget({ orgUnit: unit, goal: seed.goal() });
          seed.actual(budget, '2026-01-01', `${i}.00`);
          seed.actual(budget, '2026-02-01', `${i}.50`);
        }
        await seed.flush();
        return gid('OrgUnit', unit.id);
      }
      const [small, large] = [await unitWith(5), await unitWith(200)];
      let smallResult: any;
      let largeResult: any;
      const smallCount = await t.countSql(async () => {
        smallResult = await t.execute(UNIT_BUDGETS, { id: small });
      });
      const largeCount = await t.countSql(async () => {
        largeResult = await t.execute(UNIT_BUDGETS, { id: large });
      });
      expect(smallResult.orgUnit.budgets).toHaveLength(5);
      expect(largeResult.orgUnit.budgets).toHaveLength(200);
      expect(largeResult.orgUnit.budgets.every((b: any) => b.actuals.length === 2 && b.goal)).toBe(true);
      expect(largeCount).toBe(smallCount);
    });
  });

  describe('createBudget', () => {
    it('creates a budget and normalises the planned amount to cents', async () => {
      const { unit, goal } = await arrange();
      const input = validInput(unit.id, { goalId: gid('StrategicGoal', goal.id) });
      const { createBudget } = await t.execute(CREATE, { input });
      expect(createBudget).toMatchObject({
        code: input.code,
        name: 'New budget',
        fiscalYear: 2027,
        category: 'CAPEX',
        currency: 'CHF',
        planned: '1250000.00',
        version: 1,
        orgUnit: { code: unit.code },
        goal: { code: goal.code },
      });
      const stored = await t.em().findOneOrFail(Budget, { code: input.code });
      expect([stored.planned, stored.currency, stored.fiscalYear]).toEqual(['1250000.00', 'CHF', 2027]);
      const { budget } = await t.execute(BUDGET, { id: createBudget.id });
      expect(budget.planned).toBe('1250000.00');
    });

    it('refuses a taken code with CONFLICT', async () => {
      const { unit, budget } = await arrange();
      const result = await t.request(CREATE, { input: validInput(unit.id, { code: budget.code }) });
      expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(await t.em().count(Budget, { code: budget.code })).toBe(1);
    });

    it.each([
      ['a lower-case currency', { currency: 'eur' }],
      ['an unknown currency', { currency: 'ABC' }],
      ['a withdrawn currency', { currency: 'HRK' }],
      ['a negative planned amount', { planned: '-1.00' }],
      ['a planned amount with 3 decimals', { planned: '10.125' }],
      ['a planned amount that is no number', { planned: 'ten' }],
      ['fiscal year 1999', { fiscalYear: 1999 }],
      ['fiscal year 2101', { fiscalYear: 2101 }],
      ['a malformed code', { code: 'no spaces allowed' }],
      ['an empty name', { name: '' }],
      ['a malformed org unit ID', { orgUnitId: 'nope' }],
    ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_label, change) => {
      const { unit } = await arrange();
      const input = validInput(unit.id, change);
      const before = await t.em().count(Budget, {});
      const result = await t.request(CREATE, { input });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await t.em().count(Budget, {})).toBe(before);
    });

    it('accepts the boundary values: fiscal years 2000 and 2100, planned 0', async () => {
      const { unit } = await arrange();
      for (const change of [{ fiscalYear: 2000 }, { fiscalYear: 2100, planned: '0' }]) {
        const { createBudget } = await t.execute(CREATE, { input: validInput(unit.id, change) });
        expect(createBudget.fiscalYear).toBe(change.fiscalYear);
      }
    });

    it('refuses unknown org units and goals with NOT_FOUND, archived ones with BAD_USER_INPUT', async () => {
      const { unit } = await arrange();
      const missingUnit = await t.request(CREATE, {
        input: validInput(unit.id, { orgUnitId: gid('OrgUnit', 999_999) }),
      });
      expect(missingUnit.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'orgUnitId' });
      const missingGoal = await t.request(CREATE, {
        input: validInput(unit.id, { goalId: gid('StrategicGoal', 999_999) }),
      });
      expect(missingGoal.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'goalId' });

      const seed = new SeedBuilder(t.em());
      const archivedUnit = seed.orgUnit({ archivedAt: new Date() });
      await seed.flush();
      const archived = await t.request(CREATE, { input: validInput(archivedUnit.id) });
      expect(archived.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(archived.errors?.[0].message).toMatch(/archived/);
    });

    it('is for CFO and ADMIN only', async () => {
      const { unit } = await arrange();
      const coo = await t.request(CREATE, { input: validInput(unit.id) }, await t.as('COO'));
      expect(coo.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const cfo = await t.request(CREATE, { input: validInput(unit.id) }, await t.as('CFO'));
      expect(cfo.errors).toBeUndefined();
    });
  });

  describe('updateBudget and archiveBudget', () => {
    it('changes the sent fields, bumps the version and clears the goal with null', async () => {
      const { budget, otherUnit } = await arrange();
      const { updateBudget } = await t.execute(UPDATE, {
        id: gid('Budget', budget.id),
        version: 1,
        input: {
          name: 'Renamed',
          planned: '7.5',
          currency: 'EUR',
          orgUnitId: gid('OrgUnit', otherUnit.id),
          goalId: null,
        },
      });
      expect(updateBudget).toMatchObject({
        code: budget.code,
        name: 'Renamed',
        planned: '7.50',
        currency: 'EUR',
        version: 2,
        fiscalYear: 2026,
        orgUnit: { code: otherUnit.code },
        goal: null,
      });
    });

    it('refuses a stale version with CONFLICT and writes nothing', async () => {
      const { budget } = await arrange();
      const id = gid('Budget', budget.id);
      await t.execute(UPDATE, { id, version: 1, input: { name: 'First' } });
      const stale = await t.request(UPDATE, { id, version: 1, input: { name: 'Second' } });
      expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
      const staleArchive = await t.request(ARCHIVE, { id, version: 1 });
      expect(staleArchive.errors?.[0].extensions?.code).toBe('CONFLICT');
      const stored = await t.em().findOneOrFail(Budget, { id: budget.id });
      expect([stored.name, stored.version, stored.archivedAt ?? null]).toEqual(['First', 2, null]);
    });

    it('refuses a taken code with CONFLICT and an unknown budget with NOT_FOUND', async () => {
      const { budget, unit } = await arrange();
      const seed = new SeedBuilder(t.em());
      const other = seed.budget({ orgUnit: unit });
      await seed.flush();
      const taken = await t.request(UPDATE, {
        id: gid('Budget', budget.id),
        version: 1,
        input: { code: other.code },
      });
      expect(taken.errors?.[0].extensions?.code).toBe('CONFLICT');
      const missing = await t.request(UPDATE, {
        id: gid('Budget', 999_999),
        version: 1,
        input: { name: 'x' },
      });
      expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('validates changed fields like createBudget, and refuses null for required ones', async () => {
      const { budget } = await arrange();
      const id = gid('Budget', budget.id);
      const cases: [Record<string, unknown>, string][] = [
        [{ currency: 'usd' }, 'BAD_USER_INPUT'],
        [{ planned: '1.001' }, 'BAD_USER_INPUT'],
        [{ planned: '-5' }, 'BAD_USER_INPUT'],
        [{ fiscalYear: 2200 }, 'BAD_USER_INPUT'],
        [{ name: null }, 'BAD_USER_INPUT'],
        [{ orgUnitId: gid('OrgUnit', 999_999) }, 'NOT_FOUND'],
        [{ goalId: gid('StrategicGoal', 999_999) }, 'NOT_FOUND'],
      ];
      for (const [input, code] of cases) {
        const result = await t.request(UPDATE, { id, version: 1, input });
        expect([input, result.errors?.[0].extensions?.code]).toEqual([input, code]);
      }
      expect((await t.em().findOneOrFail(Budget, { id: budget.id })).version).toBe(1);
    });

    it('refuses a fiscal year that would leave actuals outside it', async () => {
      const { budget } = await arrange();
      const id = gid('Budget', budget.id);
      const result = await t.request(UPDATE, { id, version: 1, input: { fiscalYear: 2027 } });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toMatch(/3 actual\(s\) outside 2027/);

      const seed = new SeedBuilder(t.em());
      const empty = seed.budget({ orgUnit: seed.orgUnit(), fiscalYear: 2026 });
      await seed.flush();
      const moved = await t.execute(UPDATE, {
        id: gid('Budget', empty.id),
        version: 1,
        input: { fiscalYear: 2027 },
      });
      expect(moved.updateBudget.fiscalYear).toBe(2027);
    });

    it('archives a budget, hides it from org unit lists, and archiving again changes nothing', async () => {
      const { budget, unit } = await arrange();
      const id = gid('Budget', budget.id);
      const { archiveBudget } = await t.execute(ARCHIVE, { id, version: 1 });
      expect(archiveBudget.version).toBe(2);
      expect(typeof archiveBudget.archivedAt).toBe('string');
      const again = await t.execute(ARCHIVE, { id, version: 2 });
      expect(again.archiveBudget).toEqual(archiveBudget);
      const { orgUnit } = await t.execute(UNIT_BUDGETS, { id: gid('OrgUnit', unit.id) });
      expect(orgUnit.budgets).toEqual([]);
      expect((await t.execute(BUDGET, { id })).budget.archivedAt).toBe(archiveBudget.archivedAt);
    });
  });
});
