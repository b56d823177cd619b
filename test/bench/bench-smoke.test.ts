import { DEFAULT_BENCH_SERVER } from './bench-database';
import { type BenchReport, runBench } from './harness';

/**
 * CI smoke variant of `npm run bench`: no load and no speed, only what must hold at any size.
 * The harness runs in --verify-only mode at scale 1 and scale 2 (each on its own database, dropped
 * afterwards): every body free of errors and repeatable, strategy-execution and ingest equal to the
 * floor's, and the SQL statements per request the same at both scales and within a small bound.
 */
const SERVER = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || DEFAULT_BENCH_SERVER;

/** The most SQL statements any bench operation may issue (strategy-execution: 8, the most today). */
const MAX_SQL_STATEMENTS = 10;

const verify = (scale: number): Promise<BenchReport> =>
  runBench({
    scale,
    durationS: 1,
    concurrency: [1],
    only: [],
    serverUrl: SERVER.replace(/\/[^/]*$/, '/postgres'),
    database: `bench_smoke_${process.pid}_s${scale}`,
    verifyOnly: true,
    serverFrom: 'source',
    dropDatabase: true,
    log: () => undefined,
  });

describe('npm run bench (smoke: bodies and SQL counts, not speed)', () => {
  let reports: BenchReport[];
  beforeAll(async () => {
    reports = await Promise.all([verify(1), verify(2)]);
  }, 240_000);

  it('verifies every operation, strategy-execution and ingest against the floor', () => {
    for (const report of reports) {
      expect(report.verified.map((operation) => operation.name.replace(/-p\d+$/, '-pN'))).toEqual([
        'strategy-execution',
        'executive-summary',
        'budget-variance',
        'kpi-attainment',
        'kpi-facts-pN',
        'kpi-facts-pN',
        'ingest',
      ]);
      const floored = report.verified.filter((operation) => operation.equalToFloor);
      expect(floored.map((operation) => operation.name)).toEqual(['strategy-execution', 'ingest']);
      for (const operation of report.verified) expect(operation.bodyBytes).toBeGreaterThan(50);
    }
    // The bigger company answers bigger bodies: the bench really read the two databases.
    const strategy = reports.map((report) => report.verified[0].bodyBytes);
    expect(strategy[1]).not.toBe(strategy[0]);
  });

  it('issues the same SQL statements per request at scale 1 and scale 2, a handful at most', () => {
    const [one, two] = reports.map((report) =>
      report.verified.map((operation) => [operation.name.replace(/-p\d+$/, '-far'), operation.sqlStatements]),
    );
    expect(two).toEqual(one);
    for (const [, statements] of one) {
      expect(statements).toBeGreaterThanOrEqual(1);
      expect(statements).toBeLessThanOrEqual(MAX_SQL_STATEMENTS);
    }
  });
});
