import { encodeGlobalId } from '../../src/graphql/global-id';
import { BudgetCategory } from '../../src/finance/budget-category.enum';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

const BUDGET = `query ($id: ID!, $asOf: Date) {
  node(id: $id) {
    ... on Budget {
      actual(asOf: $asOf) variance(asOf: $asOf) variancePct(asOf: $asOf) forecast(asOf: $asOf)
      inReportingCurrency(asOf: $asOf) { currency planned actual variance variancePct forecast monthsWithActuals }
    }
  }
}`;
const PROJECT = `query ($id: ID!, $asOf: Date) {
  node(id: $id) { ... on TechProject { scheduleSlipDays(asOf: $asOf) budgetBurnPct(asOf: $asOf) } }
}`;
const VARIANCE = `query ($fy: Int!, $groupBy: BudgetGrouping!, $asOf: Date, $unit: ID) {
  budgetVariance(fiscalYear: $fy, groupBy: $groupBy, asOf: $asOf, orgUnitId: $unit) {
    key label planned actual variance variancePct currency
  }
}`;

describe('budget figures, project delivery and budget variance', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp();
    const seed = new SeedBuilder(t.em());
    const top = seed.orgUnit({ code: 'FIN-TOP' });
    const sub = seed.orgUnit({ code: 'FIN-SUB', parent: top });
    // EUR budget: 1 200 planned; 100, 150, 110 spent in Jan–Mar 2031.
    const eur = seed.budget({ orgUnit: top, code: 'FIN-EUR', fiscalYear: 2031, planned: '1200.00' });
    seed.actual(eur, '2031-01-01', '100.00');
    seed.actual(eur, '2031-02-01', '150.00');
    seed.actual(eur, '2031-03-01', '110.00');
    // USD budget: 1 000 planned; 200 and 300 spent; USD→EUR 0.9 in January, 0.8 in February.
    const usd = seed.budget({
      orgUnit: sub,
      code: 'FIN-USD',
      fiscalYear: 2031,
      planned: '1000.00',
      currency: 'USD',
      category: BudgetCategory.CAPEX,
    });
    seed.actual(usd, '2031-01-01', '200.00');
    seed.actual(usd, '2031-02-01', '300.00');
    seed.rate('USD', '2031-01-01', '0.90000000');
    seed.rate('USD', '2031-02-01', '0.80000000');
    // GBP budget without any rate; CHF budget with a January rate only and a February actual.
    const gbp = seed.budget({ orgUnit: top, code: 'FIN-GBP', fiscalYear: 2032, currency: 'GBP' });
    const chf = seed.budget({ orgUnit: top, code: 'FIN-CHF', fiscalYear: 2033, currency: 'CHF' });
    seed.rate('CHF', '2033-01-01', '1.05000000');
    seed.actual(chf, '2033-02-01', '10.00');
    // Budget without actuals.
    const idle = seed.budget({ orgUnit: top, code: 'FIN-IDLE', fiscalYear: 2031, planned: '0.00' });
    const late = seed.project({
      orgUnit: top,
      code: 'FIN-P-LATE',
      plannedEnd: '2031-06-30',
      actualEnd: '2031-07-10',
      budget: eur,
    });
    const early = seed.project({
      orgUnit: top,
      code: 'FIN-P-EARLY',
      plannedEnd: '2031-06-30',
      actualEnd: '2031-06-20',
    });
    await seed.flush();
    Object.assign(ids, {
      eur: encodeGlobalId('Budget', eur.id),
      usd: encodeGlobalId('Budget', usd.id),
      gbp: encodeGlobalId('Budget', gbp.id),
      chf: encodeGlobalId('Budget', chf.id),
      idle: encodeGlobalId('Budget', idle.id),
      late: encodeGlobalId('TechProject', late.id),
      early: encodeGlobalId('TechProject', early.id),
      sub: encodeGlobalId('OrgUnit', sub.id),
    });
  });
  afterAll(() => t.close());

  it('computes actual, variance, variancePct and forecast in the budget currency', async () => {
    const eur = (await t.execute(BUDGET, { id: ids.eur, asOf: '2031-02-28' })).node;
    // Jan + Feb = 250; 250 − 1 200 = −950; −950 / 1 200 × 100 = −79.17 %; 250 / 2 months × 12 = 1 500.
    expect(eur).toMatchObject({ actual: '250.00', variance: '-950.00', forecast: '1500.00' });
    expect(eur.variancePct).toBeCloseTo(-79.1667, 3);
    const idle = (await t.execute(BUDGET, { id: ids.idle, asOf: '2031-12-31' })).node;
    // No actuals: actual 0, no run rate; planned 0 → no percentage.
    expect(idle).toMatchObject({ actual: '0.00', variance: '0.00', variancePct: null, forecast: null });
  });

  it('converts into the reporting currency at January and monthly rates', async () => {
    const usd = (await t.execute(BUDGET, { id: ids.usd, asOf: '2031-12-31' })).node;
    expect(usd).toMatchObject({
      actual: '500.00',
      variance: '-500.00',
      variancePct: -50,
      forecast: '3000.00',
    });
    // planned 1 000 × 0.9 = 900; actual 200 × 0.9 + 300 × 0.8 = 420; variance −480; forecast 420 / 2 × 12 = 2 520.
    expect(usd.inReportingCurrency).toMatchObject({
      currency: 'EUR',
      planned: '900.00',
      actual: '420.00',
      variance: '-480.00',
      forecast: '2520.00',
      monthsWithActuals: 2,
    });
    expect(usd.inReportingCurrency.variancePct).toBeCloseTo((-480 / 900) * 100, 6);
  });

  it('fails with MISSING_EXCHANGE_RATE naming the currency and month', async () => {
    const gbp = await t.request(BUDGET, { id: ids.gbp, asOf: '2032-12-31' });
    expect(gbp.errors?.[0].extensions).toMatchObject({
      code: 'MISSING_EXCHANGE_RATE',
      currency: 'GBP',
      month: '2032-01-01',
    });
    expect(gbp.errors?.[0].message).toContain('GBP in 2032-01');
    const chf = await t.request(VARIANCE, { fy: 2033, groupBy: 'CATEGORY', asOf: '2033-12-31' });
    expect(chf.errors?.[0].extensions).toMatchObject({
      code: 'MISSING_EXCHANGE_RATE',
      currency: 'CHF',
      month: '2033-02-01',
    });
    // Before the February actual, the January rate is all that is needed.
    const before = await t.execute(VARIANCE, { fy: 2033, groupBy: 'CATEGORY', asOf: '2033-01-31' });
    expect(before.budgetVariance).toEqual([
      {
        key: 'OPEX',
        label: 'OPEX',
        planned: '126000.00',
        actual: '0.00',
        variance: '-126000.00',
        variancePct: -100,
        currency: 'EUR',
      },
    ]);
  });

  it('computes schedule slip and budget burn of projects', async () => {
    // Delivered 10 days late.
    expect((await t.execute(PROJECT, { id: ids.late, asOf: '2031-12-31' })).node).toEqual({
      scheduleSlipDays: 10,
      budgetBurnPct: 30, // 360 spent of 1 200 planned
    });
    // On 2031-07-05 it was still open and 5 days past its planned end.
    expect((await t.execute(PROJECT, { id: ids.late, asOf: '2031-07-05' })).node.scheduleSlipDays).toBe(5);
    expect((await t.execute(PROJECT, { id: ids.late, asOf: '2031-03-01' })).node.scheduleSlipDays).toBe(0);
    // Delivered 10 days early; no funding budget → no burn.
    expect((await t.execute(PROJECT, { id: ids.early, asOf: '2031-12-31' })).node).toEqual({
      scheduleSlipDays: -10,
      budgetBurnPct: null,
    });
  });

  it('groups variance by category, org unit, month and currency', async () => {
    const run = async (groupBy: string, unit?: string) =>
      (await t.execute(VARIANCE, { fy: 2031, groupBy, asOf: '2031-12-31', unit })).budgetVariance;
    // OPEX: EUR 1 200 (+ idle 0) planned, 360 spent. CAPEX: USD 900 planned, 420 spent (see above).
    expect(await run('CATEGORY')).toEqual([
      {
        key: 'CAPEX',
        label: 'CAPEX',
        planned: '900.00',
        actual: '420.00',
        variance: '-480.00',
        variancePct: expect.closeTo(-53.3333, 3),
        currency: 'EUR',
      },
      {
        key: 'OPEX',
        label: 'OPEX',
        planned: '1200.00',
        actual: '360.00',
        variance: '-840.00',
        variancePct: -70,
        currency: 'EUR',
      },
    ]);
    expect((await run('CURRENCY')).map((r: { key: string; actual: string }) => [r.key, r.actual])).toEqual([
      ['EUR', '360.00'],
      ['USD', '420.00'],
    ]);
    // The sub unit holds only the USD budget.
    expect(
      (await run('ORG_UNIT', ids.sub)).map((r: { key: string; planned: string }) => [r.key, r.planned]),
    ).toEqual([[ids.sub, '900.00']]);
    // Months: planned 1 200 / 12 + 900 / 12 = 175 each; January actual 100 + 200 × 0.9 = 280, February 150 + 300 × 0.8 = 390.
    const months = await run('MONTH');
    expect(months).toHaveLength(12);
    expect(
      months
        .slice(0, 4)
        .map((r: { key: string; planned: string; actual: string }) => [r.key, r.planned, r.actual]),
    ).toEqual([
      ['2031-01-01', '175.00', '280.00'],
      ['2031-02-01', '175.00', '390.00'],
      ['2031-03-01', '175.00', '110.00'],
      ['2031-04-01', '175.00', '0.00'],
    ]);
    // asOf before any data: plans only.
    const early = (await t.execute(VARIANCE, { fy: 2031, groupBy: 'CATEGORY', asOf: '2030-12-31' }))
      .budgetVariance;
    expect(early.map((r: { actual: string }) => r.actual)).toEqual(['0.00', '0.00']);
    // A year without budgets: no rows.
    expect((await t.execute(VARIANCE, { fy: 2040, groupBy: 'GOAL' })).budgetVariance).toEqual([]);
  });
});
