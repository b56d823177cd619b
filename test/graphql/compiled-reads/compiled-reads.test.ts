import { getNamedType, type GraphQLObjectType, isLeafType, isObjectType } from 'graphql';
import { generateCompany } from '../../../src/demo/generate-company';
import { DEMO_TODAY } from '../../../src/demo/demo-calendar';
import { typeModel } from '../../../src/graphql/compiled-reads/type-model';
import { buildThroughlineSchema } from '../../../src/graphql/schema';
import { startTestApp, type TestApp } from '../../helpers/test-app';
import { throughResolvers } from './resolver-path';

/** The fields of an entity type the compiled path reads as columns (no arguments, leaf types). */
function leafFields(type: GraphQLObjectType, t: TestApp): string[] {
  const model = typeModel(type, t.app.database.orm.getMetadata());
  if (model?.kind !== 'entity') throw new Error(`${type.name} is no entity`);
  return [...model.fields.entries()]
    .filter(([name, read]) => {
      const field = type.getFields()[name];
      return isLeafType(getNamedType(field.type)) && (read.kind !== 'twin' || read.twin.kind === 'value');
    })
    .map(([name]) => name);
}

/**
 * Every compiled field of `type`: its columns, each many-to-one reference with the target's columns,
 * and each twin list with its items' columns (default arguments; a list with `includeArchived` a
 * second time, aliased, with archived rows).
 */
function everyField(type: GraphQLObjectType, t: TestApp): string {
  const model = typeModel(type, t.app.database.orm.getMetadata());
  if (model?.kind !== 'entity') throw new Error(`${type.name} is no entity`);
  const parts = ['__typename', ...leafFields(type, t)];
  for (const [name, read] of model.fields) {
    const field = type.getFields()[name];
    const target = getNamedType(field.type);
    if (!isObjectType(target)) continue;
    const items = `{ ${leafFields(target, t).join(' ')} }`;
    if (read.kind === 'reference') parts.push(`${name} ${items}`);
    if (read.kind === 'twin' && read.twin.kind === 'rows') {
      parts.push(`${name} ${items}`);
      if (field.args.some((arg) => arg.name === 'includeArchived')) {
        parts.push(`${name}WithArchived: ${name}(includeArchived: true) ${items}`);
      }
    }
  }
  return parts.join(' ');
}

/**
 * Archives every third row of each archivable table (the generated company has none), so that the
 * `includeArchived` lists differ from the default ones; one budget gets planned 0 (variancePct null).
 */
async function archiveSome(t: TestApp): Promise<void> {
  const connection = t.em().getConnection();
  for (const table of ['strategic_goal', 'kpi', 'tech_project', 'budget', 'risk', 'org_unit', 'person']) {
    await connection.execute(
      `update "${table}" set archived_at = '2026-02-03T04:05:06.789Z' where id % 3 = 1 and id > 1`,
    );
  }
  await connection.execute('update budget set planned = 0 where id = (select min(id) from budget)');
}

/** Errors without what differs per request (the request ID). */
function comparable(
  errors: readonly { message: string; extensions?: Record<string, unknown> }[] | undefined,
) {
  return errors?.map(({ extensions, ...error }) => {
    const { requestId: _requestId, ...rest } = extensions ?? {};
    return { ...error, extensions: rest };
  });
}

describe('compiled read path (src/graphql/compiled-reads): the same answers as the resolvers', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await generateCompany(t.em(), { scale: 1 });
    await archiveSome(t);
  }, 120_000);
  afterAll(() => t?.close());

  /** Asks `query` over HTTP (compiled where possible) and through the resolvers; both must agree. */
  async function compare(query: string, variables: Record<string, unknown> = {}) {
    const compiled = await t.request(query, variables);
    const reference = await throughResolvers(t, query, variables);
    expect({ data: compiled.data, errors: comparable(compiled.errors) }).toEqual({
      data: reference.data,
      errors: comparable(reference.errors),
    });
    return compiled;
  }

  async function statements(query: string, variables: Record<string, unknown> = {}): Promise<number> {
    return t.countSql(() => t.execute(query, variables));
  }

  const connections = [
    'goals',
    'kpis',
    'projects',
    'budgets',
    'orgUnits',
    'people',
    'risks',
    'exchangeRates',
  ] as const;

  it.each(connections)(
    '%s: every compiled field of every node, in 3 statements (page, count, nodes; 2 for columns only)',
    async (list) => {
      const schema = await buildThroughlineSchema();
      const connection = getNamedType(schema.getQueryType()!.getFields()[list].type) as GraphQLObjectType;
      const node = getNamedType(connection.getFields().nodes.type) as GraphQLObjectType;
      const query = `{ ${list}(first: 40) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor } nodes { ${everyField(node, t)} } } }`;
      const answer = await compare(query);
      const nodes = (answer.data as Record<string, { nodes: Record<string, unknown>[] }>)[list].nodes;
      expect(nodes.length).toBeGreaterThan(0);
      // Each includeArchived list shows archived rows somewhere (the filter is exercised).
      const withArchived = [...query.matchAll(/(\w+)WithArchived:/g)].map((match) => match[1]);
      const shown = withArchived.filter((name) =>
        nodes.some(
          (node) => (node[`${name}WithArchived`] as unknown[]).length > (node[name] as unknown[]).length,
        ),
      );
      expect(shown).toEqual(withArchived);
      // Columns only are on the page's rows already; references and lists need the nodes' statement.
      const columnsOnly = everyField(node, t) === ['__typename', ...leafFields(node, t)].join(' ');
      expect(await statements(query)).toBe(columnsOnly ? 2 : 3);
      if (columnsOnly) {
        expect(
          await statements(
            `{ ${list}(first: 40) { totalCount nodes { __typename ${leafFields(node, t).join(' ')} } } }`,
          ),
        ).toBe(2);
      }
    },
  );

  it('reads columns-only nodes from the page rows: no statement beyond the page and the count', async () => {
    const query =
      '{ goals(first: 40) { totalCount nodes { id code title status startDate archivedAt createdAt } } }';
    await compare(query);
    expect(await statements(query)).toBe(2);
  });

  it('answers the bench strategy-execution map in 2 statements, as the resolvers do in 8', async () => {
    const { readFileSync } = await import('node:fs');
    const query = readFileSync(
      `${__dirname}/../../../schema/operations/bench/strategy-execution.graphql`,
      'utf8',
    );
    const variables = { first: 50, last: 12, asOf: DEMO_TODAY };
    await compare(query, variables);
    expect(await statements(query, variables)).toBe(2);
  });

  it.each([
    ['the latest measurements', 'measurements(last: 3) { period value }'],
    ['a range of measurements', 'measurements(from: "2025-03-01", to: "2025-08-01") { period value }'],
    ['the latest in a range', 'measurements(from: "2025-03-01", to: "2025-08-01", last: 2) { period value }'],
    ['every measurement', 'measurements { id period value source recordedAt createdAt updatedAt version }'],
  ])('Kpi.measurements: %s', async (_name, selection) => {
    await compare(`{ kpis(first: 30) { nodes { code ${selection} } } }`);
  });

  it.each([
    ['every target', 'targets { id period value }'],
    ['a range of targets', 'targets(from: "2025-03-01", to: "2025-08-01") { period value }'],
    ['targets from a period on', 'targets(from: "2025-06-01") { period value }'],
    ['targets up to a period', 'targets(to: "2025-06-01") { period value }'],
    ['a one-period range', 'targets(from: "2025-06-01", to: "2025-06-01") { period value }'],
  ])('Kpi.targets: %s', async (_name, selection) => {
    const query = `{ kpis(first: 30) { nodes { code ${selection} } } }`;
    const answer = await compare(query);
    const kpis = (answer.data as { kpis: { nodes: { targets: unknown[] }[] } }).kpis.nodes;
    expect(kpis.some((kpi) => kpi.targets.length > 0)).toBe(true);
    expect(await statements(query)).toBe(2);
  });

  it('Kpi.targets: from after to is BAD_USER_INPUT, as through the resolvers', async () => {
    const answer = await compare(
      '{ kpis(first: 3) { nodes { code targets(from: "2025-08-01", to: "2025-03-01") { value } } } }',
    );
    expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['today', ''],
    ['mid-year', '(asOf: "2025-06-30")'],
    ['year end', '(asOf: "2025-12-31")'],
    ['later', '(asOf: "2026-06-30")'],
    ['before any actual', '(asOf: "2000-01-01")'],
  ])('Budget variance, variancePct and forecast as of %s', async (_name, asOf) => {
    const answer = await compare(
      `{ budgets(first: 60) { nodes { code planned actual${asOf} variance${asOf} variancePct${asOf} forecast${asOf}
        twice: forecast${asOf} } } }`,
    );
    const budgets = (answer.data as { budgets: { nodes: Record<string, unknown>[] } }).budgets.nodes;
    expect(budgets.length).toBeGreaterThan(0);
    // One statement for the page, one for the nodes with every figure (the resolvers: one per asOf).
    const figures = `{ budgets(first: 60) { nodes { variance${asOf} forecast${asOf} old: forecast(asOf: "1999-12-31") } } }`;
    expect(await statements(figures)).toBe(2);
  });

  it('Budget figures: variancePct is null for a budget planned at 0, forecast null without actuals', async () => {
    const query = `{ budgets(first: 200) { nodes { planned variancePct forecast f: forecast(asOf: "2000-01-01")
      v: variancePct(asOf: "2000-01-01") } } }`;
    const answer = await compare(query);
    const budgets = (answer.data as { budgets: { nodes: Record<string, unknown>[] } }).budgets.nodes;
    expect(budgets.some((budget) => budget.planned === '0.00' && budget.variancePct === null)).toBe(true);
    expect(budgets.some((budget) => typeof budget.variancePct === 'number')).toBe(true);
    expect(budgets.every((budget) => budget.f === null)).toBe(true);
    expect(budgets.some((budget) => typeof budget.forecast === 'string')).toBe(true);
  });

  it.each([
    [
      'children',
      '{ goals(first: 20, filter: { corporate: true }) { nodes { code children { code } all: children(includeArchived: true) { code archivedAt } } } }',
    ],
    [
      'contributions',
      '{ goals(first: 30, filter: { corporate: false }) { nodes { code contributions { weight project { code } } all: contributions(includeArchived: true) { weight } } } }',
    ],
    [
      'budget actual',
      '{ budgets(first: 30) { nodes { code actual a: actual(asOf: "2025-12-31") b: actual(asOf: "2026-06-30") } } }',
    ],
    [
      'nested references',
      '{ keyResults: goals(first: 10) { nodes { keyResults { kpi { owner { name orgUnit { code parent { code } } } } goal { code } } } } }',
    ],
  ])('%s', async (_name, query) => {
    await compare(query);
  });

  it('honours aliases, fragments, inline fragments, __typename, @skip and @include', async () => {
    const query = `query ($skip: Boolean!, $include: Boolean!) {
      __typename
      g: goals(first: 5) { __typename nodes { ...Goal ... on Node { id } ... on StrategicGoal { t: title @skip(if: $skip) } } }
      again: goals(first: 3, orderBy: [{ field: CODE, direction: DESC }]) { nodes { code status @include(if: $include) } }
    }
    fragment Goal on StrategicGoal { id code perspective keyResults { weight kpi { code unit } } }`;
    await compare(query, { skip: true, include: false });
    await compare(query, { skip: false, include: true });
  });

  it('runs what it cannot compile through the resolvers, with the same answers and errors', async () => {
    // A view field without a SQL twin, an invalid argument, a mutation-free error, a scoped caller.
    await compare(`{ goals(first: 5) { nodes { code health(asOf: "${DEMO_TODAY}") { score status } } } }`);
    const invalid = await compare(`{ kpis(first: 2) { nodes { measurements(last: 0) { value } } } }`);
    expect(invalid.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const bad = await compare(`{ goals(first: 2, after: "not-a-cursor") { nodes { code } } }`);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows a role what the resolvers show it: a sensitive field is null for a role that may not see it', async () => {
    const query = '{ people(first: 5) { nodes { name email } } }';
    const analyst = await t.request(query, {}, await t.as('ANALYST'));
    const people = (analyst.data as { people: { nodes: { name: string; email: string | null }[] } }).people
      .nodes;
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((person) => person.email === null)).toBe(true);
    const admin = await t.execute<{ people: { nodes: { email: string | null }[] } }>(query);
    expect(admin.people.nodes.some((person) => person.email)).toBe(true);
  });
});
