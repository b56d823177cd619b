import type { ThrowawayCluster } from './cluster';
import { pause } from './load';

export type FaultKind = 'restart' | 'stop-start' | 'terminate';

/** One fault as it happened: the outage window is [startedAt, endedAt]. */
export interface FaultEvent {
  kind: FaultKind;
  /** Planned offset from the start of the load, in ms. */
  plannedAt: number;
  startedAt: number;
  endedAt: number;
  /** terminate: how many backends were killed and which ones (idle, busy or all). */
  detail: string;
  error?: string;
}

export interface FaultPlan {
  kind: FaultKind;
  at: number;
}

/**
 * Spreads the faults over the run: restarts at even fractions of it (alternating
 * `pg_ctl restart -m fast` and stop → wait → start), terminations evenly over the rest, at least
 * `gapMs` away from a restart so that every fault has a window of its own.
 */
export function planFaults(
  durationMs: number,
  restarts: number,
  terminations: number,
  gapMs = 6000,
): FaultPlan[] {
  const plans: FaultPlan[] = [];
  for (let i = 0; i < restarts; i++) {
    plans.push({
      kind: i % 2 === 0 ? 'restart' : 'stop-start',
      at: Math.round((durationMs * (i + 1)) / (restarts + 1)),
    });
  }
  const first = Math.min(3000, durationMs * 0.05);
  const last = durationMs - Math.min(8000, durationMs * 0.15);
  const slots: number[] = [];
  // Candidate times every 250 ms; keep those clear of the restarts, then pick `terminations` evenly.
  for (let at = first; at <= last; at += 250) {
    if (
      plans.every((plan) => Math.abs(plan.at - at) >= gapMs && !(at > plan.at && at - plan.at < gapMs + 4000))
    ) {
      slots.push(at);
    }
  }
  for (let i = 0; i < terminations && slots.length; i++) {
    const index = terminations === 1 ? 0 : Math.round((i * (slots.length - 1)) / (terminations - 1));
    plans.push({ kind: 'terminate', at: slots[index] });
  }
  return plans.sort((a, b) => a.at - b.at);
}

const TERMINATE_TARGETS = ['all', 'idle', 'busy'] as const;

/** Executes `plans` against `cluster` relative to `startedAt`; resolves when the last one is done. */
export async function runFaults(
  cluster: ThrowawayCluster,
  database: string,
  plans: FaultPlan[],
  startedAt: number,
  stopWaitMs = 3000,
): Promise<FaultEvent[]> {
  const events: FaultEvent[] = [];
  let terminations = 0;
  for (const plan of plans) {
    const wait = startedAt + plan.at - Date.now();
    if (wait > 0) await pause(wait);
    const event: FaultEvent = {
      kind: plan.kind,
      plannedAt: plan.at,
      startedAt: Date.now(),
      endedAt: 0,
      detail: '',
    };
    try {
      if (plan.kind === 'restart') {
        await cluster.restart();
        event.detail = 'pg_ctl restart -m fast';
      } else if (plan.kind === 'stop-start') {
        await cluster.stop();
        await pause(stopWaitMs);
        await cluster.start();
        event.detail = `pg_ctl stop -m fast, ${stopWaitMs / 1000} s down, pg_ctl start`;
      } else {
        const which = TERMINATE_TARGETS[terminations % TERMINATE_TARGETS.length];
        terminations += 1;
        const state =
          which === 'idle' ? `and state like 'idle%'` : which === 'busy' ? `and state = 'active'` : '';
        const terminate = async (condition: string) => {
          const rows = await cluster.query<{ killed: number }>(
            `select count(*) filter (where pg_terminate_backend(pid))::int as killed
             from pg_stat_activity
             where datname = $1 and pid <> pg_backend_pid() and backend_type = 'client backend' ${condition}`,
            [database],
          );
          return rows[0].killed;
        };
        const killed = await terminate(state);
        // No connection in that state right now: kill them all, so that every fault hurts.
        event.detail =
          killed || !state
            ? `${killed} ${which} backend(s)`
            : `0 ${which}, then ${await terminate('')} backend(s)`;
      }
    } catch (error) {
      event.error = (error as Error).message;
    }
    event.endedAt = Date.now();
    events.push(event);
  }
  return events;
}
