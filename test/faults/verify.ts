import type { FaultEvent } from './fault-schedule';
import type { ErrorEvent, FeedRecord, Ledger, UpdateRecord } from './load';

/** Runs one SQL statement on the application's database. */
export type Query = <R = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<R[]>;

export interface Verdict {
  updates: { acked: number; rejected: number; unknown: number; unknownCommitted: number; auditRows: number };
  feeds: { acked: number; ackedAfterRetry: number; unknown: number; unknownCommitted: number; rows: number };
  /** Acknowledged writes missing from the database, or overwritten by an older write. */
  lost: string[];
  /** Writes applied more than once (audit rows per marker), and duplicate (kpi, period) rows. */
  duplicated: string[];
  /** Writes present only in part (some rows of a feed, a mixed slot, a value that is not the batch's). */
  partial: string[];
  /** Writes reported as refused that committed anyway. */
  phantom: string[];
  /** Errors outside every outage window (fault start − before … fault end + after). */
  errorsOutsideWindows: ErrorEvent[];
  /** Errors inside the windows whose code is not SERVICE_UNAVAILABLE or TIMEOUT. */
  unexpectedCodes: ErrorEvent[];
  /** Per fault: ms from its end to the last error inside its window (0 when none came after it). */
  recoveryMs: number[];
}

export interface WindowRule {
  beforeMs: number;
  afterMs: number;
}

const EXPECTED_CODES = new Set(['SERVICE_UNAVAILABLE', 'TIMEOUT']);

export function checkErrors(
  errors: ErrorEvent[],
  faults: FaultEvent[],
  rule: WindowRule,
): Pick<Verdict, 'errorsOutsideWindows' | 'unexpectedCodes' | 'recoveryMs'> {
  const recoveryMs = faults.map(() => 0);
  const errorsOutsideWindows: ErrorEvent[] = [];
  const unexpectedCodes: ErrorEvent[] = [];
  for (const error of errors) {
    // A request that started before the fault and failed because of it ends inside the window.
    // Windows may overlap: the error belongs to the latest fault that started before it.
    let index = -1;
    faults.forEach((fault, i) => {
      if (error.at >= fault.startedAt - rule.beforeMs && error.at <= fault.endedAt + rule.afterMs) index = i;
    });
    if (index < 0) {
      errorsOutsideWindows.push(error);
      continue;
    }
    recoveryMs[index] = Math.max(recoveryMs[index], error.at - faults[index].endedAt);
    if (!EXPECTED_CODES.has(error.code)) unexpectedCodes.push(error);
  }
  return { errorsOutsideWindows, unexpectedCodes, recoveryMs };
}

function decodeKpiId(globalId: string): number {
  const match = /^Kpi:(\d+)$/.exec(Buffer.from(globalId, 'base64url').toString('utf8'));
  if (!match) throw new Error(`not a Kpi ID: ${globalId}`);
  return Number(match[1]);
}

/** Compares the ledger with what the database holds. */
export async function verifyLedger(
  query: Query,
  runId: string,
  ledger: Ledger,
): Promise<Omit<Verdict, 'errorsOutsideWindows' | 'unexpectedCodes' | 'recoveryMs'>> {
  const lost: string[] = [];
  const duplicated: string[] = [];
  const partial: string[] = [];
  const phantom: string[] = [];
  const like = `${runId}-%`;

  // ---- versioned updates: one audit row per committed update, the KPI holds the last one.
  const auditUpdates = await query<{ id: string; entity_id: string; marker: string }>(
    `select id, entity_id, changes->'description'->>'new' as marker from audit_entry
     where entity_type = 'Kpi' and operation = 'UPDATE' and changes->'description'->>'new' like $1
     order by id`,
    [like],
  );
  const updateAudit = new Map<string, number>();
  const lastCommittedByKpi = new Map<string, string>();
  for (const row of auditUpdates) {
    updateAudit.set(row.marker, (updateAudit.get(row.marker) ?? 0) + 1);
    lastCommittedByKpi.set(row.entity_id, row.marker);
  }
  const byMarker = new Map<string, UpdateRecord>(ledger.updates.map((u) => [u.marker, u]));
  let unknownCommitted = 0;
  for (const update of ledger.updates) {
    const count = updateAudit.get(update.marker) ?? 0;
    if (count > 1) duplicated.push(`update ${update.marker}: ${count} audit rows`);
    if (update.outcome === 'acked' && count === 0)
      lost.push(`update ${update.marker} (acknowledged) has no audit row`);
    if (update.outcome === 'rejected' && count > 0)
      phantom.push(`update ${update.marker} was refused but committed`);
    if (update.outcome === 'unknown' && count === 1) unknownCommitted += 1;
  }
  for (const marker of updateAudit.keys()) {
    if (!byMarker.has(marker)) phantom.push(`update ${marker} committed but was never sent`);
  }
  const kpiIds = [...new Set(ledger.updates.map((u) => u.kpiId))];
  const kpis = await query<{ id: number; description: string | null }>(
    `select id, description from kpi where id = any($1::int[])`,
    [kpiIds.map(decodeKpiId)],
  );
  const descriptionById = new Map(kpis.map((k) => [Number(k.id), k.description]));
  for (const kpiId of kpiIds) {
    const description = descriptionById.get(decodeKpiId(kpiId)) ?? null;
    const lastCommitted = lastCommittedByKpi.get(kpiId);
    const lastAcked = ledger.updates.filter((u) => u.kpiId === kpiId && u.outcome === 'acked').pop();
    if (lastCommitted !== undefined && description !== lastCommitted) {
      lost.push(
        `KPI ${kpiId} holds ${JSON.stringify(description)}, its last committed update was ${lastCommitted}`,
      );
    }
    if (lastAcked) {
      const current = description ? byMarker.get(description) : undefined;
      if (!current || current.client !== lastAcked.client || current.seq < lastAcked.seq) {
        lost.push(
          `KPI ${kpiId}: acknowledged ${lastAcked.marker} replaced by ${JSON.stringify(description)}`,
        );
      }
    }
  }

  // ---- feeds: every committed batch wrote all its rows once (one UPSERT audit row each).
  const auditFeeds = await query<{ marker: string; rows: number; last_id: string }>(
    `select changes->'source'->>'new' as marker, count(*)::int as rows, max(id)::text as last_id from audit_entry
     where entity_type = 'KpiMeasurement' and operation = 'UPSERT' and changes->'source'->>'new' like $1
     group by 1`,
    [like],
  );
  const feedAudit = new Map(auditFeeds.map((row) => [row.marker, row]));
  const feedsByMarker = new Map<string, FeedRecord>(ledger.feeds.map((f) => [f.marker, f]));
  let feedUnknownCommitted = 0;
  for (const feed of ledger.feeds) {
    const rows = feedAudit.get(feed.marker)?.rows ?? 0;
    const size = feed.rows.length;
    if (rows > size) duplicated.push(`feed ${feed.marker}: ${rows} audit rows for ${size} rows`);
    else if (rows > 0 && rows < size) partial.push(`feed ${feed.marker}: ${rows} of ${size} rows written`);
    if (feed.outcome === 'acked' && rows === 0)
      lost.push(`feed ${feed.marker} (acknowledged) was never written`);
    if (feed.outcome === 'rejected' && rows > 0)
      phantom.push(`feed ${feed.marker} was refused but committed`);
    if (feed.outcome === 'unknown' && rows === size) feedUnknownCommitted += 1;
  }
  for (const marker of feedAudit.keys()) {
    if (!feedsByMarker.has(marker)) phantom.push(`feed ${marker} committed but was never sent`);
  }
  // The final state of each client's slot: one batch, entirely, and the newest committed one.
  const measured = await query<{ code: string; period: string; value: string; source: string | null }>(
    `select k.code, to_char(m.period, 'YYYY-MM-DD') as period, m.value::text as value, m.source
     from kpi_measurement m join kpi k on k.id = m.kpi_id
     where m.source like $1`,
    [like],
  );
  const clients = [...new Set(ledger.feeds.map((f) => f.client))];
  for (const client of clients) {
    const feeds = ledger.feeds.filter((f) => f.client === client);
    const slot = new Set(feeds[0].rows.map((r) => `${r.kpiCode}|${r.period}`));
    const inSlot = measured.filter((m) => slot.has(`${m.code}|${m.period}`));
    const markers = new Set(inSlot.map((m) => m.source));
    const committed = feeds.filter((f) => feedAudit.has(f.marker));
    if (!committed.length) continue;
    const newest = committed.reduce((a, b) =>
      Number(feedAudit.get(a.marker)!.last_id) > Number(feedAudit.get(b.marker)!.last_id) ? a : b,
    );
    if (markers.size > 1 || inSlot.length !== slot.size) {
      partial.push(
        `client ${client}: its ${slot.size} feed rows hold ${inSlot.length} rows of ${markers.size} batches`,
      );
      continue;
    }
    const [marker] = [...markers];
    const batch = marker ? feedsByMarker.get(marker) : undefined;
    if (!batch || marker !== newest.marker) {
      lost.push(`client ${client}: feed rows hold ${marker}, the newest committed batch is ${newest.marker}`);
      continue;
    }
    const values = new Map(batch.rows.map((r) => [`${r.kpiCode}|${r.period}`, r.value]));
    const wrong = inSlot.filter((m) => Number(m.value) !== values.get(`${m.code}|${m.period}`));
    if (wrong.length) partial.push(`client ${client}: ${wrong.length} rows of ${marker} hold other values`);
    const lastAcked = feeds.filter((f) => f.outcome === 'acked').pop();
    if (lastAcked && batch.seq < lastAcked.seq) {
      lost.push(`client ${client}: acknowledged feed ${lastAcked.marker} overwritten by the older ${marker}`);
    }
  }
  const duplicates = await query<{ n: number }>(
    `select count(*)::int as n from (select kpi_id, period from kpi_measurement group by 1, 2 having count(*) > 1) d`,
  );
  if (duplicates[0].n > 0)
    duplicated.push(`${duplicates[0].n} (kpi, period) pairs with more than one measurement`);

  return {
    updates: {
      acked: ledger.updates.filter((u) => u.outcome === 'acked').length,
      rejected: ledger.updates.filter((u) => u.outcome === 'rejected').length,
      unknown: ledger.updates.filter((u) => u.outcome === 'unknown').length,
      unknownCommitted,
      auditRows: auditUpdates.length,
    },
    feeds: {
      acked: ledger.feeds.filter((f) => f.outcome === 'acked').length,
      ackedAfterRetry: ledger.feeds.filter((f) => f.outcome === 'acked' && f.attempts > 1).length,
      unknown: ledger.feeds.filter((f) => f.outcome === 'unknown').length,
      unknownCommitted: feedUnknownCommitted,
      rows: measured.length,
    },
    lost,
    duplicated,
    partial,
    phantom,
  };
}
