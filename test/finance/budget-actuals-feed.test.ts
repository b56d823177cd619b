import { BudgetActual } from '../../src/finance/budget-actual.entity';
import type { Budget } from '../../src/finance/budget.entity';
import { encodeGlobalId } from '../../src/graphql/global-id';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

const RECORD = `mutation ($input: [BudgetActualInput!]!) {
  recordBudgetActuals(input: $input) { inserted updated unchanged }
}`;

interface Row {
  budgetCode?: string | null;
  budgetId?: string | null;
  month: string;
  amount: string;
}

/** The first day of month `index` (0–11) of `year`. */
function month(index: number, year = 2026): string {
  return `${year}-${String(index + 1).padStart(2, '0')}-01`;
}

describe('finance: the recordBudgetActuals feed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function seedBudgets(count: number, data: Partial<Budget> = {}): Promise<Budget[]> {
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit();
    const budgets = Array.from({ length: count }, () =>
      seed.budget({ orgUnit: unit, fiscalYear: 2026, ...data }),
    );
    await seed.flush();
    return budgets;
  }

  async function stored(budget: Budget): Promise<BudgetActual[]> {
    return t.em().find(BudgetActual, { budget: budget.id }, { orderBy: { month: 'asc' } });
  }

  it('inserts, leaves a repeat unchanged (not rewritten), then counts changed amounts as updates', async () => {
    const [a, b] = await seedBudgets(2);
    const rows: Row[] = [
      { budgetCode: a.code, month: '2026-01-01', amount: '1000.50' },
      { budgetCode: a.code, month: '2026-02-01', amount: '2000' },
      { budgetId: encodeGlobalId('Budget', b.id), month: '2026-01-01', amount: '-15.25' },
    ];
    expect((await t.execute(RECORD, { input: rows })).recordBudgetActuals).toEqual({
      inserted: 3,
      updated: 0,
      unchanged: 0,
    });
    const first = await stored(a);
    expect(first.map((r) => [r.month, r.amount, r.version])).toEqual([
      ['2026-01-01', '1000.50', 1],
      ['2026-02-01', '2000.00', 1],
    ]);
    expect((await stored(b)).map((r) => r.amount)).toEqual(['-15.25']);

    // "2000.00" equals the stored 2000: unchanged, not rewritten.
    const repeat = [rows[0], { ...rows[1], amount: '2000.00' }, rows[2]];
    expect((await t.execute(RECORD, { input: repeat })).recordBudgetActuals).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 3,
    });
    const afterRepeat = await stored(a);
    expect(afterRepeat.map((r) => [r.version, r.updatedAt.getTime()])).toEqual(
      first.map((r) => [1, r.updatedAt.getTime()]),
    );

    const changed: Row[] = [
      { ...rows[0], amount: '1100.00' }, // changed
      rows[1], // same
      { budgetCode: b.code, budgetId: encodeGlobalId('Budget', b.id), month: '2026-01-01', amount: '0' }, // changed
      { budgetCode: b.code, month: '2026-12-01', amount: '7.7' }, // new
    ];
    expect((await t.execute(RECORD, { input: changed })).recordBudgetActuals).toEqual({
      inserted: 1,
      updated: 2,
      unchanged: 1,
    });
    const after = await stored(a);
    expect(after.map((r) => [r.amount, r.version])).toEqual([
      ['1100.00', 2],
      ['2000.00', 1],
    ]);
    expect(after[0].updatedAt.getTime()).toBeGreaterThan(first[0].updatedAt.getTime());
    expect((await stored(b)).map((r) => [r.month, r.amount, r.version])).toEqual([
      ['2026-01-01', '0.00', 2],
      ['2026-12-01', '7.70', 1],
    ]);
  });

  it('writes nothing when one row among good ones is bad, and reports every bad row by index and reason', async () => {
    const [good, other] = await seedBudgets(2);
    const [archived] = await seedBudgets(1, { archivedAt: new Date() });
    const input: Row[] = [
      { budgetCode: good.code, month: '2026-01-01', amount: '1.00' }, // 0 ok
      { budgetCode: 'NO-SUCH-BUDGET', month: '2026-01-01', amount: '1.00' }, // 1 unknown code
      { budgetCode: good.code, month: '2026-02-15', amount: '1.00' }, // 2 not first of month
      { budgetCode: good.code, month: '2027-01-01', amount: '1.00' }, // 3 outside fiscal year
      { budgetCode: good.code, month: '2026-03-01', amount: '1.005' }, // 4 three decimals
      { budgetCode: good.code, month: '2026-03-01', amount: '12345678901234567' }, // 5 too many digits and duplicate of 4
      { budgetId: encodeGlobalId('Budget', good.id), month: '2026-01-01', amount: '2.00' }, // 6 duplicate of 0 (by ID)
      { budgetCode: archived.code, month: '2026-01-01', amount: '1.00' }, // 7 archived
      { budgetId: 'garbage', month: '2026-01-01', amount: '1.00' }, // 8 malformed ID
      { month: '2026-01-01', amount: '1.00' }, // 9 no budget
      {
        budgetCode: other.code,
        budgetId: encodeGlobalId('Budget', good.id),
        month: '2026-05-01',
        amount: '1',
      }, // 10 mismatch
      { budgetId: encodeGlobalId('Budget', 999_999), month: '2026-01-01', amount: '1.00' }, // 11 unknown ID
      { budgetCode: other.code, month: '2026-04-01', amount: '4.00' }, // 12 ok
    ];
    const result = await t.request(RECORD, { input });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const rows = result.errors?.[0].extensions?.rows as { index: number; reason: string }[];
    expect(rows.map((r) => r.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const reason = (index: number) => rows.find((r) => r.index === index)?.reason;
    expect(reason(1)).toMatch(/unknown budget code "NO-SUCH-BUDGET"/);
    expect(reason(2)).toMatch(/not the first day of a month/);
    expect(reason(3)).toMatch(/outside the fiscal year 2026/);
    expect(reason(4)).toMatch(/amount "1.005" is not a valid money amount/);
    expect(reason(5)).toMatch(/amount "12345678901234567" is not a valid money amount/);
    expect(reason(5)).toMatch(/duplicate of row 4/);
    expect(reason(6)).toMatch(/duplicate of row 0/);
    expect(reason(7)).toMatch(/archived/);
    expect(reason(8)).toMatch(/budgetId "garbage" is not a Budget ID/);
    expect(reason(9)).toMatch(/budgetCode or budgetId is required/);
    expect(reason(10)).toMatch(/name different budgets/);
    expect(reason(11)).toMatch(/unknown budgetId/);
    expect(result.errors?.[0].message).toMatch(/^11 invalid row\(s\), nothing was written/);
    expect(await t.em().count(BudgetActual, { budget: { $in: [good.id, other.id, archived.id] } })).toBe(0);

    // The same call without the bad rows goes through.
    const fixed = input.filter((_, index) => index === 0 || index === 12);
    expect((await t.execute(RECORD, { input: fixed })).recordBudgetActuals.inserted).toBe(2);
  });

  it('rejects an amount that is no decimal before anything runs, naming the row', async () => {
    const [budget] = await seedBudgets(1);
    const result = await t.request(RECORD, {
      input: [
        { budgetCode: budget.code, month: '2026-01-01', amount: '1.00' },
        { budgetCode: budget.code, month: '2026-02-01', amount: 'twelve' },
      ],
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/input\[1\]\.amount/);
    expect(await t.em().count(BudgetActual, { budget: budget.id })).toBe(0);
  });

  it('refuses more than 10,000 rows with BAD_USER_INPUT and accepts an empty call', async () => {
    const [budget] = await seedBudgets(1);
    const input = Array.from({ length: 10_001 }, (_, i) => ({
      budgetCode: budget.code,
      month: month(i % 12),
      amount: '1.00',
    }));
    const result = await t.request(RECORD, { input });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/at most 10000 rows/);
    expect(await t.em().count(BudgetActual, { budget: budget.id })).toBe(0);
    expect((await t.execute(RECORD, { input: [] })).recordBudgetActuals).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 0,
    });
  });

  it('issues the same number of SQL statements for 10 rows as for 2,000 and writes them all', async () => {
    const budgets = await seedBudgets(200);
    const rows = (count: number, offset: number): Row[] =>
      Array.from({ length: count }, (_, i) => ({
        budgetCode: budgets[(i + offset) % budgets.length].code,
        month: month(Math.floor((i + offset) / budgets.length)),
        amount: `${i}.${String(i % 100).padStart(2, '0')}`,
      }));
    let small: unknown;
    let large: unknown;
    const smallCount = await t.countSql(async () => {
      small = (await t.execute(RECORD, { input: rows(10, 0) })).recordBudgetActuals;
    });
    const largeCount = await t.countSql(async () => {
      large = (await t.execute(RECORD, { input: rows(2_000, 200) })).recordBudgetActuals;
    });
    expect(small).toEqual({ inserted: 10, updated: 0, unchanged: 0 });
    expect(large).toEqual({ inserted: 2_000, updated: 0, unchanged: 0 });
    expect(largeCount).toBe(smallCount);
    expect(await t.em().count(BudgetActual, { budget: { $in: budgets.map((b) => b.id) } })).toBe(2_010);

    // A repeat of the 2,000 with every tenth amount changed: same statement count, exact counts.
    const repeat = rows(2_000, 200).map((row, i) => (i % 10 === 0 ? { ...row, amount: '0.01' } : row));
    let again: unknown;
    const repeatCount = await t.countSql(async () => {
      again = (await t.execute(RECORD, { input: repeat })).recordBudgetActuals;
    });
    expect(again).toEqual({ inserted: 0, updated: 200, unchanged: 1_800 });
    expect(repeatCount).toBe(smallCount);
  });

  it('lets a UNIT_LEAD feed its subtree only: a budget outside it is unknown and nothing is written', async () => {
    const seed = new SeedBuilder(t.em());
    const parent = seed.orgUnit();
    const child = seed.orgUnit({ parent });
    const outside = seed.orgUnit();
    const mine = seed.budget({ orgUnit: child });
    const theirs = seed.budget({ orgUnit: outside });
    await seed.flush();
    const lead = await t.as('UNIT_LEAD', encodeGlobalId('OrgUnit', parent.id));
    const refused = await t.request(
      RECORD,
      {
        input: [
          { budgetCode: mine.code, month: '2026-01-01', amount: '1.00' },
          { budgetCode: theirs.code, month: '2026-01-01', amount: '1.00' },
        ],
      },
      lead,
    );
    expect(refused.errors?.[0].extensions?.rows).toEqual([
      { index: 1, reason: `unknown budget code "${theirs.code}"` },
    ]);
    expect(await t.em().count(BudgetActual, { budget: { $in: [mine.id, theirs.id] } })).toBe(0);
    const accepted = await t.execute(
      RECORD,
      { input: [{ budgetCode: mine.code, month: '2026-01-01', amount: '1.00' }] },
      lead,
    );
    expect(accepted.recordBudgetActuals.inserted).toBe(1);
    const coo = await t.request(RECORD, { input: [] }, await t.as('COO'));
    expect(coo.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
