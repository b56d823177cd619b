import { Lexer, Source, TokenKind } from 'graphql';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { DASHBOARD_VARIABLES, EXECUTIVE_SUMMARY_QUERY, STRATEGY_EXECUTION_QUERY } from './dashboard-queries';

/** Counts the lexical tokens of a document the way graphql-js's `maxTokens` does (EOF excluded). */
function tokenCount(document: string): number {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

/** `{ orgUnits(first: 1) { nodes { parent { … id } } } }` nested to exactly `depth` levels (depth ≥ 3). */
function queryOfDepth(depth: number): string {
  const parents = depth - 3;
  return `{ orgUnits(first: 1) { nodes { ${'parent { '.repeat(parents)}id${' }'.repeat(parents)} } } }`;
}

function queryWithAliases(count: number): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: goals(first: 1) { totalCount }`).join(' ')} }`;
}

function queryWithDirectives(count: number): string {
  return `{ goals(first: 1) { totalCount ${'totalCount @include(if: true) '.repeat(count)}} }`;
}

/** `{ goals(first: 1) { totalCount … } }` with exactly `tokens` tokens (at least 11). */
function queryWithTokens(tokens: number): string {
  const document = `{ goals(first: 1) { ${'totalCount '.repeat(tokens - 10)}} }`;
  expect(tokenCount(document)).toBe(tokens);
  return document;
}

const COST_QUERY = 'query Cost($first: Int) { goals(first: $first) { nodes { id } } }';
/** The cost of COST_QUERY by the documented formula: 1 + first × (nodes 1 + id 1). */
const costOf = (first: number) => 1 + first * 2;

const LIMITS = { depth: 5, aliases: 3, directives: 4, tokens: 200, costFirst: 100 };

describe('abuse limits: n passes, n + 1 is refused before any SQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      MAX_QUERY_DEPTH: String(LIMITS.depth),
      MAX_ALIASES: String(LIMITS.aliases),
      MAX_DIRECTIVES: String(LIMITS.directives),
      MAX_TOKENS: String(LIMITS.tokens),
      MAX_COST: String(costOf(LIMITS.costFirst)),
    });
  });
  afterAll(() => t?.close());

  const cases: [string, string, (n: number) => [string, Record<string, unknown>?], number][] = [
    ['MAX_DEPTH', 'depth', (n) => [queryOfDepth(n)], LIMITS.depth],
    ['MAX_ALIASES', 'aliases', (n) => [queryWithAliases(n)], LIMITS.aliases],
    ['MAX_DIRECTIVES', 'directives', (n) => [queryWithDirectives(n)], LIMITS.directives],
    ['MAX_TOKENS', 'tokens', (n) => [queryWithTokens(n)], LIMITS.tokens],
    ['MAX_COST', 'cost (first: n through a variable)', (n) => [COST_QUERY, { first: n }], LIMITS.costFirst],
  ];

  it.each(cases)('%s: %s', async (limit, _what, build, n) => {
    const [passing, passingVariables] = build(n);
    let ok: Awaited<ReturnType<TestApp['request']>> | undefined;
    const passingSql = await t.countSql(async () => {
      ok = await t.request(passing, passingVariables);
    });
    expect(ok?.errors).toBeUndefined();
    expect(ok?.status).toBe(200);
    expect(passingSql).toBeGreaterThan(0);

    const [refused, refusedVariables] = build(n + 1);
    let response: Awaited<ReturnType<TestApp['request']>> | undefined;
    const refusedSql = await t.countSql(async () => {
      response = await t.request(refused, refusedVariables);
    });
    expect(response?.status).toBe(400);
    expect(response?.data).toBeUndefined();
    expect(response?.errors).toHaveLength(1);
    expect(response?.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit });
    expect(response?.errors?.[0].message).not.toMatch(/Syntax Error/);
    expect(refusedSql).toBe(0);
  });

  it('prices a literal page size exactly like a variable', async () => {
    const refused = await t.request(`{ goals(first: ${LIMITS.costFirst + 1}) { nodes { id } } }`);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'MAX_COST' });
    expect(refused.errors?.[0].message).toContain(`found ${costOf(LIMITS.costFirst + 1)}`);
  });

  it('counts fragments by their content: a fragment does not hide depth', async () => {
    const deep = `query { orgUnits(first: 1) { nodes { ...P } } } fragment P on OrgUnit { parent { parent { parent { id } } } }`;
    const response = await t.request(deep);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'MAX_DEPTH' });
  });
});

describe('abuse limit defaults', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('let the biggest dashboard queries through', async () => {
    const strategy = await t.execute(STRATEGY_EXECUTION_QUERY, DASHBOARD_VARIABLES);
    expect(strategy.goals.edges).toEqual([]);
    const summary = await t.execute(EXECUTIVE_SUMMARY_QUERY, DASHBOARD_VARIABLES);
    expect(summary.executiveSummary.fiscalYear).toBe(DASHBOARD_VARIABLES.fiscalYear);
  });

  it('refuse the strategy dashboard asked for 1,000 goals at once', async () => {
    const greedy = STRATEGY_EXECUTION_QUERY.replace('goals(first: 50)', 'goals(first: 1000)');
    const sql = await t.countSql(async () => {
      const response = await t.request(greedy, DASHBOARD_VARIABLES);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'MAX_COST' });
    });
    expect(sql).toBe(0);
  });
});
