import { encodeGlobalId } from '../../src/graphql/global-id';
import { ProcessArea } from '../../src/operations/process-area.enum';
import { ProjectStatus } from '../../src/technology/project-status.enum';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { csvObjects, parseCsv } from './csv-parse';

const TRICKY_NAME = 'Scrap "rate", line 1\r\nnight shift\nand "more"';

const KPI_FACTS = `
  query KpiFacts($filter: KpiFactFilter, $orderBy: [KpiFactOrder!]) {
    kpiFacts(first: 1000, filter: $filter, orderBy: $orderBy) {
      rows { kpiId kpiCode kpiName unit direction frequency processArea orgUnitId orgUnitCode orgUnitName
             period value target attainment status amberThreshold redThreshold source }
    }
  }`;

function baseUrl(t: TestApp): string {
  return t.url.replace(/\/graphql$/, '');
}

async function adminHeaders(t: TestApp) {
  return t.as('ADMIN');
}

async function getCsv(t: TestApp, path: string, headers: Record<string, string>) {
  const response = await fetch(`${baseUrl(t)}${path}`, { headers });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** GraphQL values as the CSV shows them: null as the empty field, everything else as text. */
function asCsvText(row: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

describe('CSV export of the flat facts', () => {
  let t: TestApp;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await startTestApp();
    const em = t.em();
    const seed = new SeedBuilder(em);
    const root = seed.orgUnit({ code: 'ROOT' });
    const a = seed.orgUnit({ code: 'A', parent: root });
    const a1 = seed.orgUnit({ code: 'A1', parent: a });
    const b = seed.orgUnit({ code: 'B', parent: root });
    const kpis = {
      root: seed.kpi({ code: 'K-ROOT', orgUnit: root, processArea: ProcessArea.SALES }),
      a: seed.kpi({ code: 'K-A', orgUnit: a, name: TRICKY_NAME }),
      a1: seed.kpi({ code: 'K-A1', orgUnit: a1 }),
      b: seed.kpi({ code: 'K-B', orgUnit: b, processArea: ProcessArea.SALES }),
    };
    for (const [i, kpi] of Object.values(kpis).entries()) {
      seed.measurement(kpi, '2025-01-01', 90 + i);
      seed.measurement(kpi, '2025-02-01', 95.5 + i);
      seed.kpiTarget(kpi, '2025-02-01', 100);
      seed.kpiTarget(kpi, '2025-03-01', 100);
    }
    const budget = seed.budget({
      code: 'B-A',
      orgUnit: a,
      fiscalYear: 2025,
      currency: 'USD',
      planned: '1200.50',
    });
    seed.actual(budget, '2025-02-01', '99.95');
    seed.rate('USD', '2025-01-01', '0.9');
    seed.budget({ code: 'B-B', orgUnit: b, fiscalYear: 2025, name: 'Travel, "misc"' });
    seed.project({ code: 'P-A', orgUnit: a, budget });
    seed.project({ code: 'P-B', orgUnit: b, status: ProjectStatus.DONE, actualEnd: '2026-11-30' });
    await em.flush();
    Object.assign(ids, { root: root.id, a: a.id, a1: a1.id, b: b.id });
  });

  afterAll(() => t.close());

  it('needs credentials like /graphql (401 without, 401 with a bad token)', async () => {
    const none = await getCsv(t, '/export/kpi-facts.csv', {});
    expect(none.status).toBe(401);
    expect(JSON.parse(none.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const bad = await getCsv(t, '/export/budget-facts.csv', { authorization: 'Bearer not-a-token' });
    expect(bad.status).toBe(401);
  });

  it('streams the same rows and columns as kpiFacts, with a header row, CSV content type and file name', async () => {
    const csv = await getCsv(t, '/export/kpi-facts.csv', await adminHeaders(t));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="kpi-facts.csv"');
    const { kpiFacts } = await t.execute(KPI_FACTS);
    const records = parseCsv(csv.text);
    expect(records[0]).toEqual(Object.keys(kpiFacts.rows[0]));
    expect(csvObjects(csv.text)).toEqual(kpiFacts.rows.map(asCsvText));
    expect(kpiFacts.rows).toHaveLength(12);
  });

  it('quotes per RFC 4180: a name with a comma, quotes and line breaks survives the round trip', async () => {
    const csv = await getCsv(t, '/export/kpi-facts.csv?kpiCode=K-A', await adminHeaders(t));
    expect(csv.text).toContain(`"Scrap ""rate"", line 1\r\nnight shift\nand ""more"""`);
    const rows = csvObjects(csv.text);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.kpiName).toBe(TRICKY_NAME);
    // Every record ends in CRLF; the only bare LF is the one inside the quoted name.
    expect(csv.text.endsWith('\r\n')).toBe(true);
  });

  it('takes the facts filters and orderBy as query parameters, with the same result as GraphQL', async () => {
    const filter = {
      processArea: ['SALES'],
      period: { gte: '2025-02-01', lte: '2025-03-01' },
      orgUnitId: encodeGlobalId('OrgUnit', ids.root),
      includeSubunits: true,
    };
    const orderBy = [{ field: 'KPI_CODE', direction: 'DESC' }, { field: 'PERIOD' }];
    const { kpiFacts } = await t.execute(KPI_FACTS, { filter, orderBy });
    const query = new URLSearchParams({
      processArea: 'SALES',
      'period.gte': '2025-02-01',
      'period.lte': '2025-03-01',
      orgUnitId: filter.orgUnitId,
      includeSubunits: 'true',
      orderBy: 'KPI_CODE:DESC,PERIOD',
    });
    const csv = await getCsv(t, `/export/kpi-facts.csv?${query}`, await adminHeaders(t));
    expect(csv.status).toBe(200);
    expect(kpiFacts.rows.map((r: { kpiCode: string }) => r.kpiCode)).toEqual([
      'K-ROOT',
      'K-ROOT',
      'K-B',
      'K-B',
    ]);
    expect(csvObjects(csv.text)).toEqual(kpiFacts.rows.map(asCsvText));
  });

  it('gives a UNIT_LEAD only the rows of its subtree, in SQL', async () => {
    const lead = await t.as('UNIT_LEAD', encodeGlobalId('OrgUnit', ids.a));
    const kpi = csvObjects((await getCsv(t, '/export/kpi-facts.csv', lead)).text);
    expect(new Set(kpi.map((r) => r.kpiCode))).toEqual(new Set(['K-A', 'K-A1']));
    expect(new Set(kpi.map((r) => r.orgUnitCode))).toEqual(new Set(['A', 'A1']));
    // A filter pointing outside the subtree finds nothing rather than widening the scope.
    const outside = await getCsv(t, `/export/kpi-facts.csv?kpiCode=K-B,K-ROOT`, lead);
    expect(outside.status).toBe(200);
    expect(parseCsv(outside.text)).toHaveLength(1);
  });

  it('exports budget and project facts with the same rows as GraphQL', async () => {
    const budgetFacts = `query { budgetFacts(first: 1000, filter: { fiscalYear: 2025, currency: "USD" }) {
      rows { budgetId budgetCode budgetName orgUnitId orgUnitCode orgUnitName category fiscalYear month currency
             planned actual reportingCurrency plannedReporting actualReporting missingRate } } }`;
    const budget = await getCsv(
      t,
      '/export/budget-facts.csv?fiscalYear=2025&currency=USD',
      await adminHeaders(t),
    );
    expect(budget.status).toBe(200);
    const { budgetFacts: b } = await t.execute(budgetFacts);
    expect(b.rows).toHaveLength(12);
    expect(csvObjects(budget.text)).toEqual(b.rows.map(asCsvText));

    const projectFacts = `query { projectFacts(first: 1000, filter: { status: [IN_PROGRESS, DONE] }) {
      rows { projectId projectCode projectName status health progress plannedStart plannedEnd actualEnd
             scheduleSlipDays orgUnitId orgUnitCode orgUnitName fundingBudgetCode currency plannedSpend actualSpend } } }`;
    const project = await getCsv(
      t,
      '/export/project-facts.csv?status=IN_PROGRESS,DONE',
      await adminHeaders(t),
    );
    expect(project.status).toBe(200);
    expect(project.headers.get('content-disposition')).toBe('attachment; filename="project-facts.csv"');
    const { projectFacts: p } = await t.execute(projectFacts);
    expect(p.rows.map((r: { projectCode: string }) => r.projectCode)).toEqual(['P-A', 'P-B']);
    expect(csvObjects(project.text)).toEqual(p.rows.map(asCsvText));
  });

  it('sends the header row alone when nothing matches', async () => {
    const empty = await getCsv(t, '/export/project-facts.csv?search=no-such-project', await adminHeaders(t));
    expect(empty.status).toBe(200);
    expect(parseCsv(empty.text)).toHaveLength(1);
    expect(parseCsv(empty.text)[0]).toContain('scheduleSlipDays');
  });

  it.each([
    ['/export/kpi-facts.csv?color=red', /unknown query parameter "color"/i],
    ['/export/kpi-facts.csv?processArea=MINING', /processArea.*MINING/],
    ['/export/kpi-facts.csv?period.gte=2025-13-40', /period\.gte/],
    ['/export/kpi-facts.csv?period.gte=2025-03-01&period.lte=2025-01-01', /filter\.period.*inverted/],
    ['/export/kpi-facts.csv?value.gte=lots', /value\.gte.*not a number/],
    ['/export/kpi-facts.csv?includeArchived=yes', /includeArchived.*true or false/],
    ['/export/kpi-facts.csv?search=a&search=b', /search: give it once/],
    ['/export/kpi-facts.csv?orgUnitId=nonsense', /orgUnitId/],
    ['/export/kpi-facts.csv?orderBy=COLOR', /orderBy/],
    ['/export/budget-facts.csv?fiscalYear=twenty', /fiscalYear.*whole number/],
    ['/export/project-facts.csv?kpiCode=K-A', /unknown query parameter "kpiCode"/i],
  ])('answers 400 with a plain message naming the parameter: %s', async (path, message) => {
    const response = await getCsv(t, path, await adminHeaders(t));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(response.text).toMatch(message);
  });
});

describe('CSV export of 100,000 rows', () => {
  let t: TestApp;
  // On the PostgreSQL server (CI): 1,000 KPIs × 100 months = 100,000 rows through pg-cursor. The
  // embedded PGlite runs inside this process and is much slower: 20,000 rows through keyset chunks.
  const KPIS = process.env.TEST_DATABASE_URL ? 1000 : 200;
  const MONTHS = 100;

  beforeAll(async () => {
    // A small pool: an abandoned export that kept its connection would starve the later requests.
    t = await startTestApp({ DB_POOL_SIZE: '2' });
    const em = t.em();
    const unit = new SeedBuilder(em).orgUnit({ code: 'BULK', name: 'Bulk, "the" unit' });
    await em.flush();
    const connection = em.getConnection();
    await connection.execute(
      `insert into kpi (code, name, unit, direction, frequency, process_area, org_unit_id)
       select 'BULK-' || lpad(g::text, 5, '0'), 'Bulk KPI ' || g, '%', 'HIGHER_IS_BETTER', 'MONTHLY', 'PRODUCTION', ?
       from generate_series(1, ?) g`,
      [unit.id, KPIS],
    );
    await connection.execute(
      `insert into kpi_measurement (kpi_id, period, value, source)
       select k.id, (date '2015-01-01' + make_interval(months => m))::date, ((k.id * 7 + m) % 1000) / 10.0, 'bulk'
       from kpi k cross join generate_series(0, ?) m`,
      [MONTHS - 1],
    );
  }, 120_000);

  afterAll(() => t.close());

  it('streams every row while the server heap stays flat (not buffered)', async () => {
    const headers = await t.as('ADMIN');
    // Warm up the route and the code paths first so that lazy compilation does not count.
    await (await fetch(`${baseUrl(t)}/export/kpi-facts.csv?kpiCode=BULK-00001`, { headers })).text();
    const before = process.memoryUsage();
    let peakHeap = before.heapUsed;
    let peakRss = before.rss;

    const response = await fetch(`${baseUrl(t)}/export/kpi-facts.csv`, { headers });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let lineEnds = 0;
    let bytes = 0;
    let tail = '';
    let chunks = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      chunks += 1;
      const text = tail + decoder.decode(value, { stream: true });
      lineEnds += text.split('\r\n').length - 1;
      tail = text.endsWith('\r') ? '\r' : '';
      if (chunks % 20 === 0) {
        const now = process.memoryUsage();
        peakHeap = Math.max(peakHeap, now.heapUsed);
        peakRss = Math.max(peakRss, now.rss);
      }
    }
    // Header + one line per KPI × month; no name in this data set contains a line break.
    expect(lineEnds).toBe(1 + KPIS * MONTHS);
    expect(chunks).toBeGreaterThan(10);
    const heapGrowthMb = (peakHeap - before.heapUsed) / 2 ** 20;
    const rssGrowthMb = (peakRss - before.rss) / 2 ** 20;
    console.log(
      `CSV export: ${KPIS * MONTHS} rows, ${(bytes / 2 ** 20).toFixed(1)} MB in ${chunks} chunks; ` +
        `server heap growth ${heapGrowthMb.toFixed(1)} MB, rss growth ${rssGrowthMb.toFixed(1)} MB`,
    );
    expect(heapGrowthMb).toBeLessThan(50);
  }, 120_000);

  it('stops the cursor and gives the connection back when the client goes away', async () => {
    const headers = await t.as('ADMIN');
    // More abandoned exports than the pool has connections.
    for (let i = 0; i < 4; i++) {
      const abort = new AbortController();
      const response = await fetch(`${baseUrl(t)}/export/kpi-facts.csv`, { headers, signal: abort.signal });
      const reader = response.body!.getReader();
      await reader.read();
      abort.abort();
      await reader.read().catch(() => undefined);
    }
    const full = await fetch(`${baseUrl(t)}/export/kpi-facts.csv?kpiCode=BULK-00002,BULK-00003`, { headers });
    expect(full.status).toBe(200);
    expect(csvObjects(await full.text())).toHaveLength(2 * MONTHS);
    const { kpiFacts } = await t.execute('{ kpiFacts(first: 1) { totalCount } }');
    expect(kpiFacts.totalCount).toBe(KPIS * MONTHS);
  }, 120_000);
});
