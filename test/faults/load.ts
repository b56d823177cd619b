/**
 * The client side of the fault test: several loops sending a 90 % read / 10 % write mix, and the
 * ledger of every write with its outcome as the client saw it.
 *
 * Outcomes of a write:
 * - `acked`: the response carried the mutation's data. The write must be in the database.
 * - `rejected`: a definite refusal before anything was written (CONFLICT, BAD_USER_INPUT). Must be absent.
 * - `unknown`: the response was an error that does not say whether the transaction committed
 *   (SERVICE_UNAVAILABLE or TIMEOUT while the database went away, a lost connection). It may or may
 *   not be in the database, but all-or-nothing: the verification looks it up by its marker.
 * A feed whose outcome is unknown is re-sent unchanged (same marker, same rows) up to `FEED_RETRIES`
 * times, as a BI schedule would: the upsert is idempotent, so the retry must not duplicate anything.
 */

/** One client-visible failure, time-stamped for the outage-window check. */
export interface ErrorEvent {
  at: number;
  client: number;
  operation: string;
  /** extensions.code, or TRANSPORT (no HTTP answer), HTTP_<status> (no GraphQL body), HUNG (client gave up). */
  code: string;
  message: string;
  ms: number;
}

export type Outcome = 'acked' | 'rejected' | 'unknown';

export interface UpdateRecord {
  kind: 'update';
  client: number;
  seq: number;
  kpiId: string;
  marker: string;
  outcome: Outcome;
  sentAt: number;
  doneAt: number;
}

export interface FeedRecord {
  kind: 'feed';
  client: number;
  seq: number;
  marker: string;
  rows: { kpiCode: string; period: string; value: number; source: string }[];
  outcome: Outcome;
  attempts: number;
  sentAt: number;
  doneAt: number;
}

export interface Ledger {
  updates: UpdateRecord[];
  feeds: FeedRecord[];
  errors: ErrorEvent[];
  requests: number;
  reads: { ok: number; failed: number };
  conflicts: number;
}

export interface LoadTarget {
  url: string;
  token: string;
  /** The run's marker prefix, unique per run. */
  runId: string;
  /** A KPI per client for the versioned updates (its global ID and current version). */
  updateKpis: { id: string; version: number }[];
  /** The feed rows of each client: KPI codes × periods nobody else writes. */
  feedSlots: { kpiCode: string; period: string }[][];
  /** The client gives up on a request after this long (a hang). */
  clientTimeoutMs: number;
}

export const FEED_RETRIES = 3;

const READS: { name: string; query: string }[] = [
  {
    name: 'kpis',
    query: `{ kpis(first: 50) { totalCount nodes { id code name unit latest { period value target status } } } }`,
  },
  {
    name: 'goals',
    query: `{ goals(first: 50) { totalCount nodes { id code title status fiscalYear kpis { id code } } } }`,
  },
  {
    name: 'executiveSummary',
    query: `{ executiveSummary(fiscalYear: 2026) {
      strategy { goals averageScore byStatus { key count } }
      finance { planned actual variance currency }
      technology { projects redProjects budgetOfRedProjects currency }
      operations { kpis byProcessArea { key kpis green amber red noData averageAttainment } } } }`,
  },
  {
    name: 'kpiAttainment',
    query: `{ kpiAttainment(period: "2026-09-01", groupBy: ORG_UNIT) { key label kpis green amber red noData averageAttainment } }`,
  },
  {
    name: 'budgetVariance',
    query: `{ budgetVariance(fiscalYear: 2026, groupBy: CATEGORY) { key label planned actual variance variancePct currency } }`,
  },
  {
    name: 'alignmentGaps',
    query: `{ alignmentGaps(fiscalYear: 2026) { redKpisWithAllGreenProjects { code } projectsServingNoGoal { code } budgetsFundingNothing { code } goalsWithoutKeyResults { code } } }`,
  },
];

const UPDATE_KPI = `mutation ($id: ID!, $version: Int!, $description: String) {
  updateKpi(id: $id, version: $version, input: { description: $description }) { id version description }
}`;
const READ_KPI = `query ($id: ID!) { kpi(id: $id) { id version description } }`;
const RECORD = `mutation ($input: [KpiMeasurementInput!]!) { recordKpiMeasurements(input: $input) { inserted updated unchanged } }`;

/** Codes that say "nothing was written", as opposed to an unknown outcome. */
const DEFINITE_REFUSALS = new Set([
  'CONFLICT',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
]);

interface Answer {
  data?: Record<string, any> | null;
  /** Set when the request failed: the first error code. */
  code?: string;
  message?: string;
  ms: number;
}

async function send(target: LoadTarget, query: string, variables?: unknown): Promise<Answer> {
  const started = Date.now();
  try {
    const response = await fetch(target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(target.clientTimeoutMs),
    });
    const text = await response.text();
    const ms = Date.now() - started;
    let body: {
      data?: Record<string, any> | null;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    try {
      body = JSON.parse(text);
    } catch {
      return { code: `HTTP_${response.status}`, message: text.slice(0, 200), ms };
    }
    if (body.errors?.length) {
      const [first] = body.errors;
      return { data: body.data, code: first.extensions?.code ?? 'NO_CODE', message: first.message, ms };
    }
    if (!response.ok) return { code: `HTTP_${response.status}`, message: text.slice(0, 200), ms };
    return { data: body.data, ms };
  } catch (error) {
    const ms = Date.now() - started;
    const name = (error as Error).name;
    const hung = name === 'TimeoutError' || name === 'AbortError';
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return {
      code: hung ? 'HUNG' : 'TRANSPORT',
      message: `${(error as Error).message}${cause ? `: ${cause.code ?? cause.message}` : ''}`,
      ms,
    };
  }
}

/** A random value with two decimals (exact in numeric columns and in JSON). */
const randomValue = () => Math.round(Math.random() * 1_000_000) / 100;

/**
 * Runs `clients` loops until `until` (epoch ms); each loop only waits for its own responses, so the
 * whole load stops by itself at the end of the run.
 */
export async function runLoad(
  target: LoadTarget,
  clients: number,
  until: number,
  writeShare = 0.1,
): Promise<Ledger> {
  const ledger: Ledger = {
    updates: [],
    feeds: [],
    errors: [],
    requests: 0,
    reads: { ok: 0, failed: 0 },
    conflicts: 0,
  };
  const record = (client: number, operation: string, answer: Answer) => {
    ledger.errors.push({
      at: Date.now(),
      client,
      operation,
      code: answer.code!,
      message: answer.message ?? '',
      ms: answer.ms,
    });
  };

  const loop = async (client: number) => {
    const kpi = { ...target.updateKpis[client] };
    let needsResync = false;
    let pendingFeed: FeedRecord | undefined;
    let seq = 0;
    while (Date.now() < until) {
      ledger.requests += 1;
      if (pendingFeed) {
        // Retry a feed whose outcome was unknown, unchanged, before anything else this client writes.
        pendingFeed.attempts += 1;
        const answer = await send(target, RECORD, { input: pendingFeed.rows });
        settleFeed(pendingFeed, answer);
        if (pendingFeed.outcome !== 'unknown' || pendingFeed.attempts > FEED_RETRIES) pendingFeed = undefined;
        continue;
      }
      if (needsResync) {
        // After an unknown update outcome, learn the KPI's real version (the update may have committed).
        const answer = await send(target, READ_KPI, { id: kpi.id });
        if (answer.code) {
          record(client, 'kpi', answer);
          ledger.reads.failed += 1;
          await pause(100);
        } else {
          ledger.reads.ok += 1;
          kpi.version = answer.data!.kpi.version;
          needsResync = false;
        }
        continue;
      }
      const roll = Math.random();
      if (roll >= writeShare) {
        const read = READS[Math.floor(Math.random() * READS.length)];
        const answer = await send(target, read.query);
        if (answer.code) {
          record(client, read.name, answer);
          ledger.reads.failed += 1;
          await pause(50);
        } else ledger.reads.ok += 1;
        continue;
      }
      seq += 1;
      if (roll < writeShare / 2) {
        const marker = `${target.runId}-c${client}-u${seq}`;
        const entry: UpdateRecord = {
          kind: 'update',
          client,
          seq,
          kpiId: kpi.id,
          marker,
          outcome: 'unknown',
          sentAt: Date.now(),
          doneAt: 0,
        };
        ledger.updates.push(entry);
        const answer = await send(target, UPDATE_KPI, {
          id: kpi.id,
          version: kpi.version,
          description: marker,
        });
        entry.doneAt = Date.now();
        if (!answer.code && answer.data?.updateKpi?.description === marker) {
          entry.outcome = 'acked';
          kpi.version = answer.data.updateKpi.version;
        } else {
          if (answer.code === 'CONFLICT') ledger.conflicts += 1;
          else record(client, 'updateKpi', answer);
          entry.outcome = answer.code && DEFINITE_REFUSALS.has(answer.code) ? 'rejected' : 'unknown';
          needsResync = true;
        }
      } else {
        const marker = `${target.runId}-c${client}-f${seq}`;
        const entry: FeedRecord = {
          kind: 'feed',
          client,
          seq,
          marker,
          rows: target.feedSlots[client].map((slot) => ({ ...slot, value: randomValue(), source: marker })),
          outcome: 'unknown',
          attempts: 1,
          sentAt: Date.now(),
          doneAt: 0,
        };
        ledger.feeds.push(entry);
        const answer = await send(target, RECORD, { input: entry.rows });
        settleFeed(entry, answer);
        if (entry.outcome === 'unknown') pendingFeed = entry;
      }
    }
  };

  const settleFeed = (entry: FeedRecord, answer: Answer) => {
    entry.doneAt = Date.now();
    if (!answer.code && answer.data?.recordKpiMeasurements) entry.outcome = 'acked';
    else {
      record(entry.client, 'recordKpiMeasurements', answer);
      entry.outcome = answer.code && DEFINITE_REFUSALS.has(answer.code) ? 'rejected' : 'unknown';
    }
  };

  await Promise.all(Array.from({ length: clients }, (_, client) => loop(client)));
  return ledger;
}

export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
