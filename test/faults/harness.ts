import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { startThrowawayCluster, type ThrowawayCluster } from './cluster';
import { type FaultEvent, planFaults, runFaults } from './fault-schedule';
import { type Ledger, pause, runLoad } from './load';
import { type ServerProcess, startServerProcess } from './server-process';
import { checkErrors, type Verdict, verifyLedger, type WindowRule } from './verify';

export interface FaultTestOptions {
  /** Length of the load, in seconds. */
  durationS: number;
  restarts: number;
  terminations: number;
  /** Concurrent client loops. */
  clients: number;
  /** How long PostgreSQL stays down in the stop → start fault, in ms. */
  stopWaitMs: number;
  /** Errors count as inside a fault's window from `beforeMs` before it to `afterMs` after it. */
  window: WindowRule;
  /** Progress lines (stderr by default). */
  log?: (line: string) => void;
}

export const DEFAULT_OPTIONS: FaultTestOptions = {
  durationS: 60,
  restarts: 2,
  terminations: 20,
  clients: 8,
  stopWaitMs: 3000,
  // The issue: recovery "within 5 s" after the database is back.
  window: { beforeMs: 1000, afterMs: 5000 },
};

export interface FaultTestResult {
  options: FaultTestOptions;
  serverCommand: string;
  faults: FaultEvent[];
  ledger: Pick<Ledger, 'requests' | 'reads' | 'conflicts'> & { errors: number };
  verdict: Verdict;
  /** The server child exited during the run (a crash). */
  crashed?: string;
  shutdown?: { code: number | null; signal: NodeJS.Signals | null; ms: number };
  violations: string[];
  /** Set when the run failed: the folder holding copies of the server and PostgreSQL logs. */
  logDir?: string;
  table: string;
}

const DATABASE = 'throughline';
const FEED_KPIS = 5;
/** Quarter starts, valid for monthly and quarterly KPIs alike; the years are far from the demo data. */
const FEED_MONTHS = ['01', '04', '07', '10'];

async function signToken(secret: string): Promise<string> {
  const { SignJWT } = await import('jose');
  return new SignJWT({ role: 'ADMIN' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject('fault-test')
    .setIssuedAt()
    .setExpirationTime('24h')
    .sign(new TextEncoder().encode(secret));
}

async function graphql(server: ServerProcess, token: string, query: string): Promise<any> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`setup query failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function waitReady(server: ServerProcess, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !server.exit) {
    try {
      if ((await fetch(`${server.baseUrl}/ready`, { signal: AbortSignal.timeout(2000) })).ok) return true;
    } catch {
      // not yet
    }
    await pause(200);
  }
  return false;
}

/**
 * The fault test: a throwaway cluster, the server as a child process, a mixed load from several
 * clients while PostgreSQL restarts and backends are terminated, then the ledger against the database.
 * Always cleans up the cluster and the server, also when it throws.
 */
export async function runFaultTest(overrides: Partial<FaultTestOptions> = {}): Promise<FaultTestResult> {
  const options: FaultTestOptions = { ...DEFAULT_OPTIONS, ...overrides };
  const log = options.log ?? ((line: string) => process.stderr.write(`[faults] ${line}\n`));
  let cluster: ThrowawayCluster | undefined;
  let server: ServerProcess | undefined;
  let keepLogs = false;
  let result: FaultTestResult | undefined;
  /** The raw material of a failed run (errors and faults with time stamps), saved beside the logs. */
  let lastRun: unknown;
  try {
    cluster = await startThrowawayCluster();
    log(`PostgreSQL cluster on 127.0.0.1:${cluster.port} in ${cluster.dir}`);
    await cluster.query(`create database ${DATABASE}`);
    server = await startServerProcess({
      databaseUrl: cluster.url(DATABASE),
      logFile: join(cluster.dir, 'server.log'),
    });
    log(`server (${server.command}) pid ${server.pid} at ${server.url}`);
    const token = await signToken(server.jwtSecret);

    const { kpis } = await graphql(
      server,
      token,
      `
        {
          kpis(first: 100) {
            nodes {
              id
              code
              version
            }
          }
        }
      `,
    );
    const nodes = kpis.nodes as { id: string; code: string; version: number }[];
    if (nodes.length < FEED_KPIS) throw new Error(`the demo company has only ${nodes.length} KPIs`);
    const runId = `ft${randomBytes(4).toString('hex')}`;
    const target = {
      url: server.url,
      token,
      runId,
      // One KPI per client where there are enough (no CONFLICT between clients by design).
      updateKpis: Array.from({ length: options.clients }, (_, c) => ({
        id: nodes[(nodes.length - 1 - c + nodes.length) % nodes.length].id,
        version: nodes[(nodes.length - 1 - c + nodes.length) % nodes.length].version,
      })),
      feedSlots: Array.from({ length: options.clients }, (_, c) =>
        nodes
          .slice(0, FEED_KPIS)
          .flatMap((kpi) =>
            FEED_MONTHS.map((month) => ({ kpiCode: kpi.code, period: `${1900 + c}-${month}-01` })),
          ),
      ),
      clientTimeoutMs: 20_000,
    };

    const durationMs = options.durationS * 1000;
    const plans = planFaults(durationMs, options.restarts, options.terminations);
    log(
      `load: ${options.clients} clients for ${options.durationS} s; faults: ${plans.map((p) => `${p.kind}@${(p.at / 1000).toFixed(1)}s`).join(', ')}`,
    );
    const startedAt = Date.now();
    const [ledger, faults] = await Promise.all([
      runLoad(target, options.clients, startedAt + durationMs),
      runFaults(cluster, DATABASE, plans, startedAt, options.stopWaitMs),
    ]);
    log(`load done: ${ledger.requests} requests, ${ledger.errors.length} errors`);
    const crashed = server.exit ? `exit code ${server.exit.code} signal ${server.exit.signal}` : undefined;
    if (!crashed && !(await waitReady(server, 15_000)))
      throw new Error('the server is not ready 15 s after the run');

    const database = cluster;
    const ledgerCheck = await verifyLedger(
      (sql, params) => database.query(sql, params, DATABASE),
      runId,
      ledger,
    );
    const verdict: Verdict = { ...ledgerCheck, ...checkErrors(ledger.errors, faults, options.window) };
    const shutdown = crashed ? undefined : await server.stop();

    lastRun = { startedAt, faults, errors: ledger.errors, verdict };
    const violations = collectViolations(verdict, faults, options, crashed, shutdown);
    keepLogs = violations.length > 0;
    result = {
      options,
      serverCommand: server.command,
      faults,
      ledger: {
        requests: ledger.requests,
        reads: ledger.reads,
        conflicts: ledger.conflicts,
        errors: ledger.errors.length,
      },
      verdict,
      crashed,
      shutdown,
      violations,
      table: '',
    };
    result.table = formatTable(result, startedAt);
    return result;
  } catch (error) {
    keepLogs = true;
    if (cluster) log(`failed; logs in ${cluster.dir}`);
    throw error;
  } finally {
    server?.kill();
    if (cluster && keepLogs) {
      // Keep the logs for the post-mortem, but never the running cluster.
      const { existsSync, cpSync, mkdtempSync, writeFileSync } = await import('node:fs');
      const { tmpdir } = await import('node:os');
      const keep = mkdtempSync(join(tmpdir(), 'throughline-faults-logs-'));
      for (const file of ['server.log', 'postgres.log']) {
        if (existsSync(join(cluster.dir, file))) cpSync(join(cluster.dir, file), join(keep, file));
      }
      if (lastRun) writeFileSync(join(keep, 'run.json'), JSON.stringify(lastRun, null, 1));
      log(`logs kept in ${keep}`);
      if (result) result.logDir = keep;
    }
    cluster?.destroy();
  }
}

function collectViolations(
  verdict: Verdict,
  faults: FaultEvent[],
  options: FaultTestOptions,
  crashed: string | undefined,
  shutdown: FaultTestResult['shutdown'],
): string[] {
  const violations: string[] = [];
  if (crashed) violations.push(`the server crashed: ${crashed}`);
  for (const message of [...verdict.lost, ...verdict.duplicated, ...verdict.partial, ...verdict.phantom]) {
    violations.push(message);
  }
  const { updates } = verdict;
  if (updates.auditRows !== updates.acked + updates.unknownCommitted) {
    violations.push(
      `audit UPDATE rows ${updates.auditRows} ≠ acknowledged ${updates.acked} + unacknowledged committed ${updates.unknownCommitted}`,
    );
  }
  for (const error of verdict.errorsOutsideWindows.slice(0, 20)) {
    violations.push(
      `error outside the outage windows at ${new Date(error.at).toISOString()}: ${error.operation} ${error.code} ${error.message}`,
    );
  }
  if (verdict.errorsOutsideWindows.length > 20) {
    violations.push(`… ${verdict.errorsOutsideWindows.length - 20} more errors outside the outage windows`);
  }
  const codes = new Map<string, number>();
  for (const error of verdict.unexpectedCodes) codes.set(error.code, (codes.get(error.code) ?? 0) + 1);
  for (const [code, count] of codes) {
    const example = verdict.unexpectedCodes.find((e) => e.code === code)!;
    violations.push(
      `${count} error(s) with code ${code} instead of SERVICE_UNAVAILABLE/TIMEOUT, e.g. ${example.operation}: ${example.message}`,
    );
  }
  for (const fault of faults) if (fault.error) violations.push(`fault ${fault.kind} failed: ${fault.error}`);
  const restarts = faults.filter((f) => f.kind !== 'terminate' && !f.error).length;
  const terminations = faults.filter((f) => f.kind === 'terminate' && !f.error).length;
  if (restarts !== options.restarts || terminations !== options.terminations) {
    violations.push(
      `ran ${restarts} restarts and ${terminations} terminations, planned ${options.restarts} and ${options.terminations}`,
    );
  }
  if (shutdown && (shutdown.code !== 0 || shutdown.ms > 10_000)) {
    violations.push(
      `SIGTERM: exit code ${shutdown.code} (signal ${shutdown.signal}) after ${shutdown.ms} ms; expected 0 within 10 s`,
    );
  }
  return violations;
}

function formatTable(result: FaultTestResult, startedAt: number): string {
  const { verdict, ledger, faults, options } = result;
  const rel = (at: number) => `${((at - startedAt) / 1000).toFixed(1)}s`;
  const rows: [string, string, string][] = [
    ['duration / clients', `${options.durationS} s / ${options.clients}`, ''],
    ['server', result.serverCommand, ''],
    ['requests (reads ok / failed)', `${ledger.requests} (${ledger.reads.ok} / ${ledger.reads.failed})`, ''],
    ['PostgreSQL restarts', String(faults.filter((f) => f.kind !== 'terminate' && !f.error).length), ''],
    ['backend terminations', String(faults.filter((f) => f.kind === 'terminate' && !f.error).length), ''],
    [
      'updates: acked / refused / unknown (committed)',
      `${verdict.updates.acked} / ${verdict.updates.rejected} / ${verdict.updates.unknown} (${verdict.updates.unknownCommitted})`,
      '',
    ],
    [
      'audit UPDATE rows = acked + unknown committed',
      `${verdict.updates.auditRows} = ${verdict.updates.acked} + ${verdict.updates.unknownCommitted}`,
      verdict.updates.auditRows === verdict.updates.acked + verdict.updates.unknownCommitted ? 'ok' : 'FAIL',
    ],
    [
      'feeds: acked (after retry) / unknown (committed)',
      `${verdict.feeds.acked} (${verdict.feeds.ackedAfterRetry}) / ${verdict.feeds.unknown} (${verdict.feeds.unknownCommitted})`,
      '',
    ],
    ['acknowledged writes lost', String(verdict.lost.length), verdict.lost.length ? 'FAIL' : 'ok'],
    ['duplicated', String(verdict.duplicated.length), verdict.duplicated.length ? 'FAIL' : 'ok'],
    ['partially written', String(verdict.partial.length), verdict.partial.length ? 'FAIL' : 'ok'],
    ['refused but committed', String(verdict.phantom.length), verdict.phantom.length ? 'FAIL' : 'ok'],
    ['process crashes', result.crashed ? '1' : '0', result.crashed ? 'FAIL' : 'ok'],
    [
      'errors inside / outside outage windows',
      `${ledger.errors - verdict.errorsOutsideWindows.length} / ${verdict.errorsOutsideWindows.length}`,
      verdict.errorsOutsideWindows.length ? 'FAIL' : 'ok',
    ],
    [
      'errors not SERVICE_UNAVAILABLE/TIMEOUT',
      String(verdict.unexpectedCodes.length),
      verdict.unexpectedCodes.length ? 'FAIL' : 'ok',
    ],
    ['CONFLICT answers (after an unknown outcome)', String(ledger.conflicts), ''],
    ['longest recovery after a fault', `${(Math.max(0, ...verdict.recoveryMs) / 1000).toFixed(1)} s`, ''],
    [
      'SIGTERM at the end',
      result.shutdown ? `exit ${result.shutdown.code} after ${result.shutdown.ms} ms` : 'n/a',
      result.shutdown && result.shutdown.code === 0 && result.shutdown.ms <= 10_000 ? 'ok' : 'FAIL',
    ],
  ];
  const header: [string, string, string] = ['figure', 'value', 'check'];
  const width = [0, 1, 2].map((i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(width[i])).join(' | ')} |`;
  const table = [line(header), `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)];
  const faultLines = faults.map(
    (f, i) =>
      `  ${f.kind.padEnd(10)} ${rel(f.startedAt).padStart(7)} → ${rel(f.endedAt).padStart(7)}  ${f.detail}${f.error ? ` ERROR ${f.error}` : ''}  (last error +${(verdict.recoveryMs[i] / 1000).toFixed(1)} s)`,
  );
  return [...table, '', 'faults (start → end, relative to the start of the load):', ...faultLines].join('\n');
}
