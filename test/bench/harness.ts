import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { Role } from '../../src/auth/role.enum';
import { TokenVerifier } from '../../src/auth/token-verifier';
import { createBenchDatabase, dropBenchDatabase, ingestRows } from './bench-database';
import { type Answer, measure, type RunResult, send } from './load';
import {
  type BenchOperation,
  type BenchRequest,
  benchOperations,
  FACTS_FAR_PAGE,
  FACTS_PAGE_SIZE,
  INGEST_ROWS,
} from './operations';
import { type ChildServer, ensureBuilt, ROOT, startChild, waitUntilIdle } from './processes';

export interface BenchOptions {
  scale: number;
  /** Seconds of load per operation and concurrency. */
  durationS: number;
  concurrency: number[];
  /** Only these operations (by name prefix); all when empty. */
  only: string[];
  /** PostgreSQL server to create the bench database on (BENCH_DATABASE_URL). */
  serverUrl: string;
  /** Database name; default bench_s<scale>. Replaced if present. */
  database?: string;
  /** Verify bodies and SQL counts only; no load. */
  verifyOnly: boolean;
  /** `dist`: the built server (npm run build when stale), as in production; `source`: ts-node src/main.ts. */
  serverFrom: 'dist' | 'source';
  /** Write V8 CPU profiles of our server into this folder (node --cpu-prof). */
  cpuProfDir?: string;
  /** Drop the bench database at the end (the smoke test does). */
  dropDatabase: boolean;
  log: (line: string) => void;
}

/** An operation checked before the load: its body, SQL count and (with a floor) equality to the floor. */
export interface VerifiedOperation {
  name: string;
  /** `x-sql-statements` of the verified request (the last one for ingest: a pure update). */
  sqlStatements: number;
  bodyBytes: number;
  /** True when the floor answered the structurally same JSON; undefined without a floor. */
  equalToFloor?: boolean;
}

export interface BenchReport {
  startedAt: string;
  command: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; postgres: string };
  options: Omit<BenchOptions, 'log'>;
  database: { name: string; counts: Record<string, number> };
  verified: VerifiedOperation[];
  runs: RunResult[];
  notes: string[];
}

/** The first path where `a` and `b` differ structurally (numbers compare by value), or null. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) {
    return `${path}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: length ${a.length} ≠ ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const difference = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (difference) return difference;
    }
    return null;
  }
  if (a && typeof a === 'object' && b && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const difference = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (difference) return difference;
    }
    return null;
  }
  return a === b ? null : `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
}

function checkAnswer(operation: string, answer: Answer): void {
  let parsed: { errors?: unknown[]; data?: unknown };
  try {
    parsed = JSON.parse(answer.body) as typeof parsed;
  } catch {
    throw new Error(`${operation}: HTTP ${answer.status}, not JSON: ${answer.body.slice(0, 500)}`);
  }
  if (answer.status !== 200 || parsed.errors?.length || !parsed.data) {
    throw new Error(`${operation}: HTTP ${answer.status}: ${answer.body.slice(0, 1000)}`);
  }
}

/**
 * Sends each request of `operation` twice in turn (ingest: A, B, A, B, so that the last two are pure
 * updates) and returns the last answer of each. A second answer must equal the first (except ingest,
 * whose first call inserts).
 */
async function settle(
  server: ChildServer,
  operation: BenchOperation,
  headers: Record<string, string>,
): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (let round = 0; round < 2; round++) {
    for (const [index, request] of operation.requests.entries()) {
      const answer = await send(server, request, headers);
      checkAnswer(`${server.name} ${operation.name}`, answer);
      if (round === 1 && operation.name !== 'ingest' && answer.body !== answers[index].body) {
        throw new Error(`${server.name} ${operation.name}: two calls answered different bodies`);
      }
      answers[index] = answer;
    }
  }
  return answers;
}

/** Walks kpi-facts pages of FACTS_PAGE_SIZE; returns the cursor before page FACTS_FAR_PAGE (or the last page). */
async function farFactsCursor(
  server: ChildServer,
  headers: Record<string, string>,
): Promise<{ cursor: string | null; page: number }> {
  const query = benchOperations({
    concurrency: [],
    factsFarCursor: null,
    factsFarPage: 0,
    ingest: [[], []],
  }).find((operation) => operation.name === 'kpi-facts-p1')!.requests[0];
  let cursor: string | null = null;
  let page = 1;
  while (page < FACTS_FAR_PAGE) {
    const request: BenchRequest = { ...query, variables: { first: FACTS_PAGE_SIZE, after: cursor } };
    const answer = await send(server, request, headers);
    checkAnswer('kpi-facts walk', answer);
    const { pageInfo } = (JSON.parse(answer.body) as { data: { kpiFacts: { pageInfo: any } } }).data.kpiFacts;
    if (!pageInfo.hasNextPage) break;
    cursor = pageInfo.endCursor as string;
    page += 1;
  }
  return { cursor, page };
}

async function postgresVersion(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ v: string }>("select current_setting('server_version') as v")).rows[0].v;
  } finally {
    await client.end();
  }
}

/** Runs the whole benchmark (or only its verification) and returns the report. */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const { log } = options;
  const name = options.database ?? `bench_s${options.scale}`;
  const startedAt = new Date().toISOString();
  log(`creating database ${name} at scale ${options.scale} …`);
  const loadStarted = Date.now();
  const { url, counts } = await createBenchDatabase(options.serverUrl, name, options.scale);
  log(`  loaded in ${((Date.now() - loadStarted) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);
  if (options.serverFrom === 'dist') ensureBuilt(log);

  const jwtSecret = randomBytes(32).toString('hex');
  const token = await new TokenVerifier({ jwtSecret, nodeEnv: 'production' }).sign(
    { sub: 'bench', role: Role.ADMIN },
    '24h',
  );
  const headers = { authorization: `Bearer ${token}` };
  const tsNode = require.resolve('ts-node/dist/bin.js');
  const profiling = options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : [];
  if (options.cpuProfDir) mkdirSync(options.cpuProfDir, { recursive: true });
  const servers: ChildServer[] = [];
  try {
    const ours = await startChild(
      'throughline',
      options.serverFrom === 'dist'
        ? [...profiling, join(ROOT, 'dist', 'src', 'main.js')]
        : [...profiling, tsNode, join(ROOT, 'src', 'main.ts')],
      {
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        DATABASE_URL: url,
        MIGRATE_ON_START: 'true',
        SEED_DEMO: 'false',
        JWT_SECRET: jwtSecret,
        SQL_STATEMENT_HEADER: 'true',
      },
      '/ready',
    );
    servers.push(ours);
    const floor = await startChild(
      'floor',
      [tsNode, join(ROOT, 'test', 'bench', 'floor-server.ts')],
      {
        DATABASE_URL: url,
      },
      '/ready',
    );
    servers.push(floor);
    log(`servers ready: throughline pid ${ours.pid} (${options.serverFrom}), floor pid ${floor.pid}`);

    const facts = await farFactsCursor(ours, headers);
    const operations = benchOperations({
      concurrency: options.concurrency,
      factsFarCursor: facts.cursor,
      factsFarPage: facts.page,
      ingest: await ingestRows(url, INGEST_ROWS),
    }).filter((operation) => !options.only.length || options.only.some((o) => operation.name.startsWith(o)));

    // Operation by operation (ingest last: its rows change the latest measurements): verify every body
    // (free of errors, repeatable, equal to the floor's where there is one), then load it.
    const verified: VerifiedOperation[] = [];
    const runs: RunResult[] = [];
    const warmupSeconds = Math.max(1, Math.min(3, Math.round(options.durationS / 5)));
    for (const operation of operations) {
      await waitUntilIdle(ours.pid);
      const answers = await settle(ours, operation, headers);
      const entry: VerifiedOperation = {
        name: operation.name,
        sqlStatements: answers[answers.length - 1].sqlStatements ?? NaN,
        bodyBytes: Buffer.byteLength(answers[0].body),
      };
      if (operation.name === 'ingest') {
        for (const answer of answers) {
          const result = (JSON.parse(answer.body) as { data: { recordKpiMeasurements: { updated: number } } })
            .data.recordKpiMeasurements;
          if (result.updated !== INGEST_ROWS)
            throw new Error(`ingest: expected pure updates, got ${answer.body}`);
        }
      }
      const floorAnswers = operation.floor ? await settle(floor, operation, headers) : undefined;
      if (floorAnswers) {
        for (const [index, answer] of floorAnswers.entries()) {
          const difference = firstDifference(JSON.parse(answers[index].body), JSON.parse(answer.body));
          if (difference)
            throw new Error(`${operation.name}: our body differs from the floor's at ${difference}`);
        }
        entry.equalToFloor = true;
      }
      verified.push(entry);
      log(
        `verified ${operation.name}: ${entry.sqlStatements} SQL statements, ${entry.bodyBytes} bytes` +
          (entry.equalToFloor ? ', equal to the floor' : ''),
      );
      if (options.verifyOnly) continue;

      const targets: [ChildServer, 'throughline' | 'floor', Answer[]][] = [[ours, 'throughline', answers]];
      if (floorAnswers) targets.push([floor, 'floor', floorAnswers]);
      for (const [server, target, expected] of targets) {
        for (const concurrency of operation.concurrency) {
          await waitUntilIdle(server.pid);
          const run = await measure({
            server,
            target,
            operation: operation.name,
            requests: operation.requests,
            expected: expected.map((answer) => answer.body),
            headers,
            concurrency,
            durationS: options.durationS,
            // Ingest alternates two value sets; an even number of warm-up calls keeps them in step.
            warmup: operation.requests.length > 1 ? { amount: 6 } : { seconds: warmupSeconds },
          });
          runs.push(run);
          log(
            `  ${target.padEnd(11)} ${operation.name.padEnd(20)} c=${String(concurrency).padEnd(3)}` +
              ` ${run.requestsPerSecond.toFixed(1).padStart(8)} req/s  p50 ${run.p50Ms} ms  p99 ${run.p99Ms} ms` +
              `  errors ${run.errors}  cpu ${run.cpuMsPerRequest.toFixed(1)} ms/req  rss ${run.peakRssMb.toFixed(0)} MB` +
              (run.firstError ? `\n    first error: ${run.firstError}` : ''),
          );
        }
      }
    }

    const { log: _log, ...rest } = options;
    return {
      startedAt,
      command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        postgres: await postgresVersion(url),
      },
      options: rest,
      database: { name, counts: counts as unknown as Record<string, number> },
      verified,
      runs,
      notes: operations.flatMap((operation) =>
        operation.note ? [`${operation.name}: ${operation.note}`] : [],
      ),
    };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    if (options.dropDatabase) await dropBenchDatabase(options.serverUrl, name);
  }
}
