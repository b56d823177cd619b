import { ProjectStatus } from '../../src/technology/project-status.enum';
import { encodeGlobalId } from '../../src/graphql/global-id';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

const PROJECTS = `
  query Projects($first: Int, $after: String, $last: Int, $before: String, $filter: TechProjectFilter, $orderBy: [TechProjectOrder!]) {
    projects(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id code progress actualEnd orgUnit { code } } }
    }
  }`;

const PROJECTS_NO_COUNT = `
  query Projects($first: Int, $after: String, $filter: TechProjectFilter) {
    projects(first: $first, after: $after, filter: $filter) {
      pageInfo { hasNextPage endCursor }
      nodes { code }
    }
  }`;

interface Page {
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: {
    cursor: string;
    node: { id: string; code: string; progress: number; actualEnd: string | null; orgUnit: { code: string } };
  }[];
}

describe('connections: keyset paging, filters and order', () => {
  let t: TestApp;
  /** What the server should return, computed here from what was seeded. */
  let seeded: {
    id: number;
    code: string;
    status: ProjectStatus;
    progress: number;
    actualEnd: string | null;
    unit: string;
  }[];
  let parentUnitId: number;

  beforeAll(async () => {
    t = await startTestApp();
    const seed = new SeedBuilder(t.em());
    const parent = seed.orgUnit({ code: 'PG-PARENT' });
    const child = seed.orgUnit({ code: 'PG-CHILD', parent });
    const other = seed.orgUnit({ code: 'PG-OTHER' });
    const units = [parent, child, other];
    const statuses = [ProjectStatus.IN_PROGRESS, ProjectStatus.DONE, ProjectStatus.ON_HOLD];
    const projects = [];
    for (let i = 0; i < 130; i++) {
      projects.push(
        seed.project({
          code: `PG-${String(i).padStart(3, '0')}`,
          orgUnit: units[i % 3],
          // Every fifth is ON_HOLD, which the filter below leaves out.
          status: i % 5 === 0 ? statuses[2] : statuses[i % 2],
          // Few distinct values: many ties on the sort key.
          progress: ((i * 37) % 5) * 20,
          // Every fourth project has no actual end (NULL in a sort key).
          actualEnd: i % 4 === 0 ? undefined : `2026-0${1 + (i % 3)}-15`,
        }),
      );
    }
    await seed.flush();
    parentUnitId = parent.id;
    seeded = projects.map((p) => ({
      id: p.id,
      code: p.code,
      status: p.status,
      progress: p.progress,
      actualEnd: p.actualEnd ?? null,
      unit: p.orgUnit.code,
    }));
  });
  afterAll(() => t.close());

  const filter = { status: ['IN_PROGRESS', 'DONE'], search: 'pg-', progress: { gte: 20 } };
  const orderBy = [
    { field: 'PROGRESS', direction: 'DESC' },
    { field: 'ACTUAL_END', direction: 'ASC' },
  ];

  function expectedOrder(): string[] {
    return seeded
      .filter((p) => (p.status === 'IN_PROGRESS' || p.status === 'DONE') && p.progress >= 20)
      .sort(
        (a, b) =>
          b.progress - a.progress ||
          (a.actualEnd === b.actualEnd
            ? 0
            : a.actualEnd === null
              ? 1
              : b.actualEnd === null
                ? -1
                : a.actualEnd < b.actualEnd
                  ? -1
                  : 1) ||
          a.id - b.id,
      )
      .map((p) => p.code);
  }

  it('pages forward and backward through a filtered list sorted on keys with ties and NULLs', async () => {
    const expected = expectedOrder();
    expect(expected.length).toBeGreaterThan(30);

    const forward: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const data: { projects: Page } = await t.execute(PROJECTS, { first: 7, after, filter, orderBy });
      forward.push(...data.projects.edges.map((e) => e.node.code));
      expect(data.projects.totalCount).toBe(expected.length);
      expect(data.projects.pageInfo.hasPreviousPage).toBe(after !== null);
      pages += 1;
      if (!data.projects.pageInfo.hasNextPage) break;
      after = data.projects.pageInfo.endCursor;
    }
    expect(forward).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 7));

    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const data: { projects: Page } = await t.execute(PROJECTS, { last: 7, before, filter, orderBy });
      backward.unshift(...data.projects.edges.map((e) => e.node.code));
      if (!data.projects.pageInfo.hasPreviousPage) break;
      before = data.projects.pageInfo.startCursor;
    }
    expect(backward).toEqual(expected);
  });

  it('pages between two cursors and from any edge cursor', async () => {
    const expected = expectedOrder();
    const all: { projects: Page } = await t.execute(PROJECTS, { first: 1000, filter, orderBy });
    const edges = all.projects.edges;
    const between: { projects: Page } = await t.execute(PROJECTS, {
      first: 1000,
      after: edges[3].cursor,
      before: edges[10].cursor,
      filter,
      orderBy,
    });
    expect(between.projects.edges.map((e) => e.node.code)).toEqual(expected.slice(4, 10));
  });

  it('filters on an org-unit subtree', async () => {
    const data: { projects: Page } = await t.execute(PROJECTS, {
      first: 1000,
      filter: { orgUnitId: encodeGlobalId('OrgUnit', parentUnitId), includeSubunits: true },
    });
    const units = new Set(data.projects.edges.map((e) => e.node.orgUnit.code));
    expect([...units].sort()).toEqual(['PG-CHILD', 'PG-PARENT']);
    expect(data.projects.totalCount).toBe(seeded.filter((p) => p.unit !== 'PG-OTHER').length);
    const only: { projects: Page } = await t.execute(PROJECTS, {
      first: 1000,
      filter: { orgUnitId: encodeGlobalId('OrgUnit', parentUnitId) },
    });
    expect(only.projects.totalCount).toBe(seeded.filter((p) => p.unit === 'PG-PARENT').length);
  });

  it('refuses a cursor issued for another filter or order', async () => {
    const data: { projects: Page } = await t.execute(PROJECTS, { first: 5, filter, orderBy });
    const cursor = data.projects.pageInfo.endCursor;
    const otherFilter = await t.request(PROJECTS, {
      first: 5,
      after: cursor,
      filter: { status: 'DONE' },
      orderBy,
    });
    expect(otherFilter.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(otherFilter.errors?.[0].message).toMatch(/different list, filter or orderBy/);
    const otherOrder = await t.request(PROJECTS, { first: 5, after: cursor, filter });
    expect(otherOrder.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.each([
    [{ first: 1001 }, /maximum page size of 1000/],
    [{ last: 5000 }, /maximum page size of 1000/],
    [{ first: -1 }, /whole number from 0 to 1000/],
    [{ first: 5, last: 5 }, /either `first` or `last`/],
    [{ after: 'not a cursor!' }, /is not a cursor/],
    [{ after: Buffer.from('{"x":1}').toString('base64url') }, /malformed/],
    [{ before: 'abc' }, /is not a cursor/],
    [{ filter: { progress: { gte: 80, lte: 20 } } }, /filter.progress: the range is inverted/],
    [
      { filter: { plannedEnd: { gte: '2026-12-31', lte: '2026-01-01' } } },
      /filter.plannedEnd: the range is inverted/,
    ],
    [{ filter: { orgUnitId: 'bogus' } }, /not a OrgUnit ID/],
    [{ orderBy: [{ field: 'CODE' }, { field: 'CODE', direction: 'DESC' }] }, /more than once/],
  ])('rejects bad paging input %j with BAD_USER_INPUT', async (variables, message) => {
    const result = await t.request(PROJECTS, variables);
    expect(result.status).toBeLessThan(500);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(message);
  });

  it('rejects an unknown filter field as a validation error', async () => {
    const result = await t.request('{ projects(filter: { colour: "red" }) { totalCount } }');
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toMatch(/colour/);
  });

  it('costs the same number of SQL statements on page 50 as on page 1, and counts only when asked', async () => {
    let after: string | null = null;
    const page1 = await t.countSql(() => t.execute(PROJECTS, { first: 2, orderBy }));
    for (let page = 1; page < 50; page++) {
      const data: { projects: Page } = await t.execute(PROJECTS, { first: 2, after, orderBy });
      after = data.projects.pageInfo.endCursor;
    }
    let page50: { projects: Page } | undefined;
    const statements50 = await t.countSql(async () => {
      page50 = await t.execute(PROJECTS, { first: 2, after, orderBy });
    });
    expect(page50?.projects.edges).toHaveLength(2);
    expect(statements50).toBe(page1);

    const withoutCount = await t.countSql(() => t.execute(PROJECTS_NO_COUNT, { first: 2, after: null }));
    const withCount = await t.countSql(() =>
      t.execute('{ projects(first: 2) { totalCount nodes { code } } }'),
    );
    expect(withoutCount).toBe(1);
    expect(withCount).toBe(2);
  });
});
