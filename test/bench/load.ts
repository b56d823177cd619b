import autocannon from 'autocannon';
import type { BenchRequest } from './operations';
import { type ChildServer, cpuMs, memoryMb } from './processes';

export const SQL_HEADER = 'x-sql-statements';

/** What one request to a server answered. */
export interface Answer {
  status: number;
  body: string;
  /** The `x-sql-statements` header; null when the server sent none (the floor). */
  sqlStatements: number | null;
}

export function requestBody(request: BenchRequest): string {
  return JSON.stringify({
    operationName: request.operationName,
    query: request.query,
    variables: request.variables,
  });
}

/** Sends one request and reads the whole answer. */
export async function send(
  server: ChildServer,
  request: BenchRequest,
  headers: Record<string, string>,
): Promise<Answer> {
  const response = await fetch(`${server.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: requestBody(request),
  });
  const sql = response.headers.get(SQL_HEADER);
  return {
    status: response.status,
    body: await response.text(),
    sqlStatements: sql === null ? null : Number(sql),
  };
}

/** How the server refuses work it cannot take in time (README "Hardening"). */
const OVERLOAD = /"code":"(SERVICE_UNAVAILABLE|TIMEOUT)"/;

/** The result of one timed run (one operation, one server, one concurrency). */
export interface RunResult {
  operation: string;
  target: 'throughline' | 'floor';
  concurrency: number;
  durationS: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  /** Non-2xx answers, connection errors, timeouts and bodies different from the verified one. */
  errors: number;
  /**
   * Of those, answers that are neither the verified body nor a refusal under overload
   * (SERVICE_UNAVAILABLE: no pooled connection in time; TIMEOUT): wrong answers, a failed bench.
   */
  wrongBodies: number;
  /** Mean of the `x-sql-statements` headers of the verified answers (1 for the floor, by construction). */
  sqlPerRequest: number | null;
  /** Server CPU (user + system, /proc/<pid>/stat) over the run ÷ requests. */
  cpuMsPerRequest: number;
  /** Largest sampled VmRSS of the server during the run. */
  peakRssMb: number;
  rssStartMb: number;
  rssEndMb: number;
  /** The first differing body, when there were errors (truncated). */
  firstError?: string;
}

interface LoadOptions {
  server: ChildServer;
  target: 'throughline' | 'floor';
  operation: string;
  requests: BenchRequest[];
  /** The verified body of each request (index for index): anything else is an error. */
  expected: string[];
  headers: Record<string, string>;
  concurrency: number;
  durationS: number;
  /** Warm-up: seconds of the same load, or (for requests that must stay in step) a number of requests. */
  warmup: { seconds: number } | { amount: number };
}

function autocannonRun(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** Warms up, then loads `server` with `requests` for `durationS` at `concurrency`, checking every body. */
export async function measure(options: LoadOptions): Promise<RunResult> {
  const { server, requests, expected, concurrency } = options;
  const url = `${server.baseUrl}/graphql`;
  const headers = { 'content-type': 'application/json', ...options.headers };
  const bodies = requests.map(requestBody);

  let answered = 0;
  let mismatches = 0;
  let wrongBodies = 0;
  let sqlTotal = 0;
  let sqlCount = 0;
  let firstError: string | undefined;
  const plan = (check: boolean): autocannon.Request[] =>
    bodies.map((body, index) => ({
      method: 'POST',
      path: '/graphql',
      headers,
      body,
      onResponse: (status, responseBody, _context, responseHeaders) => {
        if (!check) return;
        answered += 1;
        if (status !== 200 || responseBody !== expected[index]) {
          mismatches += 1;
          if (!OVERLOAD.test(responseBody)) wrongBodies += 1;
          firstError ??= `HTTP ${status}: ${responseBody.slice(0, 500)}`;
          return; // SQL statements are averaged over verified answers only
        }
        const sql = responseHeaders?.[SQL_HEADER];
        if (typeof sql === 'string') {
          sqlTotal += Number(sql);
          sqlCount += 1;
        }
      },
    }));

  const warmup = options.warmup;
  await autocannonRun({
    url,
    connections: 'amount' in warmup ? 1 : concurrency,
    ...('amount' in warmup ? { amount: warmup.amount } : { duration: warmup.seconds }),
    requests: plan(false),
  });

  const cpuBefore = cpuMs(server.pid);
  const rssStart = memoryMb(server.pid).rss;
  let peakRss = rssStart;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, memoryMb(server.pid).rss);
  }, 200);
  let result: autocannon.Result;
  try {
    result = await autocannonRun({
      url,
      connections: concurrency,
      duration: options.durationS,
      requests: plan(true),
    });
  } finally {
    clearInterval(sampler);
  }
  const cpu = cpuMs(server.pid) - cpuBefore;
  const rssEnd = memoryMb(server.pid).rss;
  peakRss = Math.max(peakRss, rssEnd);
  const errors = mismatches + result.errors + result.timeouts + (answered ? 0 : 1);
  // Throughput and CPU count the verified answers only: a refusal is cheap and must not look like work done.
  const correct = answered - mismatches;
  return {
    operation: options.operation,
    target: options.target,
    concurrency,
    durationS: result.duration,
    requests: correct,
    requestsPerSecond: correct / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    meanMs: result.latency.average,
    errors,
    wrongBodies,
    sqlPerRequest: sqlCount ? sqlTotal / sqlCount : options.target === 'floor' ? 1 : null,
    cpuMsPerRequest: correct ? cpu / correct : 0,
    peakRssMb: peakRss,
    rssStartMb: rssStart,
    rssEndMb: rssEnd,
    ...(firstError ? { firstError } : {}),
  };
}
