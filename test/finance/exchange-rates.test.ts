import { ExchangeRate } from '../../src/finance/exchange-rate.entity';
import { encodeGlobalId } from '../../src/graphql/global-id';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

const RATE = `
  query Rate($id: ID!) {
    exchangeRate(id: $id) { id currency month rate version }
  }`;

const UPSERT = `
  mutation Upsert($input: UpsertExchangeRateInput!) {
    upsertExchangeRate(input: $input) { id currency month rate version }
  }`;

describe('finance: exchange rates', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reads a rate by ID; null when absent; BAD_USER_INPUT for a malformed ID', async () => {
    const seed = new SeedBuilder(t.em());
    const rate = seed.rate('GBP', '2026-01-01', '1.17');
    await seed.flush();
    const id = encodeGlobalId('ExchangeRate', rate.id);
    expect((await t.execute(RATE, { id })).exchangeRate).toEqual({
      id,
      currency: 'GBP',
      month: '2026-01-01',
      rate: '1.17000000',
      version: 1,
    });
    expect((await t.execute(RATE, { id: encodeGlobalId('ExchangeRate', 999_999) })).exchangeRate).toBeNull();
    for (const bad of ['%%%', encodeGlobalId('Budget', rate.id)]) {
      const result = await t.request(RATE, { id: bad });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('is public to a UNIT_LEAD', async () => {
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit();
    const rate = seed.rate('SEK', '2026-01-01', '0.087');
    await seed.flush();
    const lead = await t.as('UNIT_LEAD', encodeGlobalId('OrgUnit', unit.id));
    const { exchangeRate } = await t.execute(RATE, { id: encodeGlobalId('ExchangeRate', rate.id) }, lead);
    expect(exchangeRate.currency).toBe('SEK');
  });

  it('creates, replaces, and leaves an equal rate unchanged, keyed by (currency, month)', async () => {
    const input = { currency: 'USD', month: '2026-04-01', rate: '0.92' };
    const created = (await t.execute(UPSERT, { input })).upsertExchangeRate;
    expect(created).toMatchObject({ currency: 'USD', month: '2026-04-01', rate: '0.92000000', version: 1 });

    const same = (await t.execute(UPSERT, { input: { ...input, rate: '0.920' } })).upsertExchangeRate;
    expect(same).toEqual(created);

    const replaced = (await t.execute(UPSERT, { input: { ...input, rate: '0.9315' } })).upsertExchangeRate;
    expect(replaced).toEqual({ ...created, rate: '0.93150000', version: 2 });

    const otherMonth = (await t.execute(UPSERT, { input: { ...input, month: '2026-05-01' } }))
      .upsertExchangeRate;
    expect(otherMonth.id).not.toBe(created.id);
    expect(
      await t.em().count(ExchangeRate, { currency: 'USD', month: { $in: ['2026-04-01', '2026-05-01'] } }),
    ).toBe(2);
  });

  it.each([
    ['a lower-case currency', { currency: 'usd' }],
    ['a currency that is not ISO 4217', { currency: 'XYZ' }],
    ['a month that is not its first day', { month: '2026-04-15' }],
    ['an impossible date', { month: '2026-02-30' }],
    ['a zero rate', { rate: '0.00' }],
    ['a negative rate', { rate: '-1.2' }],
    ['a rate with 9 decimals', { rate: '1.123456789' }],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_label, change) => {
    const before = await t.em().count(ExchangeRate, {});
    const result = await t.request(UPSERT, {
      input: { currency: 'NOK', month: '2026-04-01', rate: '0.085', ...change },
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await t.em().count(ExchangeRate, {})).toBe(before);
  });

  it('is for CFO and ADMIN only', async () => {
    const input = { currency: 'DKK', month: '2026-01-01', rate: '0.134' };
    const cio = await t.request(UPSERT, { input }, await t.as('CIO'));
    expect(cio.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const cfo = await t.request(UPSERT, { input }, await t.as('CFO'));
    expect(cfo.data?.upsertExchangeRate.rate).toBe('0.13400000');
  });
});
