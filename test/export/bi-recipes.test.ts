import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { ApiKeyService } from '../../src/auth/api-key.service';
import { seedDemoCompany } from '../../src/demo/seed-demo';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { parseCsv } from './csv-parse';

/** The recipes of README, run as written so that the README stays valid. */
const BI_DOC = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');

/** The fenced code block right after `<!-- tested: name … -->`. */
function recipe(name: string): string {
  const match = new RegExp(`<!-- tested: ${name}\\b[^>]*-->\\s*\`\`\`[a-z]*\\n([\\s\\S]*?)\\n\`\`\``).exec(
    BI_DOC,
  );
  if (!match) throw new Error(`README has no code block marked "tested: ${name}"`);
  return match[1];
}

const hasTools = ['/usr/bin/jq', '/usr/bin/curl'].every((tool) => {
  try {
    readFileSync(tool);
    return true;
  } catch {
    return false;
  }
});

describe('the BI recipes of README', () => {
  let t: TestApp;
  let apiKey: string;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoCompany(t.em());
    ({ key: apiKey } = await new ApiKeyService(t.em()).create({ name: 'bi-recipes', role: 'ANALYST' }));
  }, 120_000);
  afterAll(() => t.close());

  /** Every row of the curl recipe's query and filter, paged through GraphQL here. */
  async function expectedRows(): Promise<string[]> {
    const script = recipe('curl-paging');
    const query = /QUERY='([^']+)'/.exec(script)![1];
    const filter = JSON.parse(/filter: (\{.*\})\}\}'/.exec(script)![1].replace(/(\w+):/g, '"$1":')) as Record<
      string,
      unknown
    >;
    const keys: string[] = [];
    let after: string | null = null;
    for (;;) {
      const data: any = await t.execute(query, { first: 1000, after, filter }, { 'x-api-key': apiKey });
      keys.push(
        ...data.kpiFacts.rows.map((r: { kpiCode: string; period: string }) => `${r.kpiCode} ${r.period}`),
      );
      if (!data.kpiFacts.pageInfo.hasNextPage) return keys;
      after = data.kpiFacts.pageInfo.endCursor;
    }
  }

  (hasTools ? it : it.skip)(
    'curl + jq: the paging loop runs as written and returns every row once',
    async () => {
      const expected = await expectedRows();
      expect(expected.length).toBeGreaterThan(20);
      const { stdout } = await promisify(execFile)(
        'bash',
        ['-euo', 'pipefail', '-c', recipe('curl-paging')],
        {
          env: { ...process.env, URL: t.url, API_KEY: apiKey, PAGE: '40' },
          maxBuffer: 64 * 2 ** 20,
        },
      );
      const [header, ...rows] = parseCsv(stdout.replace(/\n/g, '\r\n'));
      expect(header).toEqual(['kpiCode', 'period', 'value', 'target', 'attainment', 'status']);
      expect(rows.map(([code, period]) => `${code} ${period}`)).toEqual(expected);
    },
    120_000,
  );

  it('curl: the query and filter of the recipe are valid and page through the data', async () => {
    expect((await expectedRows()).length).toBeGreaterThan(20);
  });

  it('Grafana Infinity: the body is valid JSON and returns rows at data.kpiFacts.rows', async () => {
    const body = JSON.parse(recipe('grafana-body')) as { query: string; variables: Record<string, unknown> };
    const data = await t.execute(body.query, body.variables, { 'x-api-key': apiKey });
    expect(data.kpiFacts.rows.length).toBeGreaterThan(0);
    for (const row of data.kpiFacts.rows) expect(row.processArea).toBe('PRODUCTION');
  });

  it('CSV URLs: each answers 200 with a CSV of the GraphQL columns', async () => {
    const urls = recipe('csv-urls').split('\n').filter(Boolean);
    expect(urls.length).toBeGreaterThanOrEqual(3);
    const base = t.url.replace(/\/graphql$/, '');
    for (const url of urls) {
      const { pathname, search } = new URL(url);
      const response = await fetch(`${base}${pathname}${search}`, { headers: { 'x-api-key': apiKey } });
      const text = await response.text();
      expect({ url, status: response.status, text: response.status === 200 ? '' : text }).toEqual({
        url,
        status: 200,
        text: '',
      });
      expect(parseCsv(text)[0].length).toBeGreaterThan(5);
    }
  });
});
