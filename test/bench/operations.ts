import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './processes';
import type { IngestRow } from './bench-database';

/** The demo calendar's "today" (src/demo/demo-calendar.ts): every view is asked as of it, so bodies never drift. */
export const BENCH_AS_OF = '2026-11-15';
export const BENCH_FISCAL_YEAR = 2026;
/** A closed month of the generated history. */
export const BENCH_PERIOD = '2026-09-01';
export const FACTS_PAGE_SIZE = 1000;
/** kpi-facts is measured on page 1 and on this page of the same filter (the last page when there are fewer). */
export const FACTS_FAR_PAGE = 100;
export const INGEST_ROWS = 10_000;

/** One request of the bench: a named operation of schema/operations/bench/ and its variables. */
export interface BenchRequest {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface BenchOperation {
  /** Row label: strategy-execution, executive-summary, … */
  name: string;
  /** The requests each connection sends in turn (ingest alternates two value sets; others send one). */
  requests: BenchRequest[];
  /** Concurrencies to measure at. */
  concurrency: number[];
  /** Also measured against the floor server (test/bench/floor-server.ts). */
  floor: boolean;
  /** What the table's notes say about the operation. */
  note?: string;
}

function document(file: string): string {
  return readFileSync(join(ROOT, 'schema', 'operations', 'bench', file), 'utf8');
}

const one = (file: string, operationName: string, variables: Record<string, unknown>): BenchRequest[] => [
  { operationName, query: document(file), variables },
];

/** The bench's operations in the order they run (ingest last: its rows would change the latest measurements). */
export function benchOperations(options: {
  concurrency: number[];
  factsFarCursor: string | null;
  factsFarPage: number;
  ingest: [IngestRow[], IngestRow[]];
}): BenchOperation[] {
  const { concurrency } = options;
  return [
    {
      name: 'strategy-execution',
      requests: one('strategy-execution.graphql', 'BenchStrategyExecution', {
        first: 50,
        last: 12,
        asOf: BENCH_AS_OF,
      }),
      concurrency,
      floor: true,
    },
    {
      name: 'executive-summary',
      requests: one('executive-summary.graphql', 'BenchExecutiveSummary', {
        fiscalYear: BENCH_FISCAL_YEAR,
        asOf: BENCH_AS_OF,
      }),
      concurrency,
      floor: false,
    },
    {
      name: 'budget-variance',
      requests: one('budget-variance.graphql', 'BenchBudgetVariance', {
        fiscalYear: BENCH_FISCAL_YEAR,
        asOf: BENCH_AS_OF,
      }),
      concurrency,
      floor: false,
    },
    {
      name: 'kpi-attainment',
      requests: one('kpi-attainment.graphql', 'BenchKpiAttainment', {
        period: BENCH_PERIOD,
        asOf: BENCH_AS_OF,
      }),
      concurrency,
      floor: false,
    },
    {
      name: 'kpi-facts-p1',
      requests: one('kpi-facts.graphql', 'BenchKpiFacts', { first: FACTS_PAGE_SIZE }),
      concurrency,
      floor: false,
    },
    {
      name: `kpi-facts-p${options.factsFarPage}`,
      requests: one('kpi-facts.graphql', 'BenchKpiFacts', {
        first: FACTS_PAGE_SIZE,
        after: options.factsFarCursor,
      }),
      concurrency,
      floor: false,
    },
    {
      name: 'ingest',
      requests: options.ingest.map((rows) => ({
        operationName: 'BenchIngest',
        query: document('ingest.graphql'),
        variables: { input: rows },
      })),
      // Every call rewrites the same 10,000 rows: concurrent calls would only queue on their row locks.
      concurrency: [1],
      floor: true,
      note: 'concurrency 1 only: concurrent calls would rewrite the same rows and wait on each other’s row locks',
    },
  ];
}
