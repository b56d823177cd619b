import { runFaultTest } from './harness';

/**
 * The CI variant of `npm run test:faults` (issue 8): about 55 s of load against a throwaway
 * PostgreSQL cluster with both kinds of restart and a few backend terminations. It needs the
 * PostgreSQL server binaries (initdb, pg_ctl) and, as root, the `postgres` OS user; it does not use
 * TEST_DATABASE_URL. The harness removes the cluster and stops the server also when it fails.
 */
describe('fault test (short)', () => {
  it('loses, duplicates and half-writes nothing while PostgreSQL restarts and backends die', async () => {
    const lines: string[] = [];
    const result = await runFaultTest({
      durationS: 55,
      restarts: 2,
      terminations: 5,
      clients: 6,
      log: (line) => lines.push(line),
    });
    // The table is the evidence: show it when the test fails.
    expect({ violations: result.violations, table: result.violations.length ? result.table : '' }).toEqual({
      violations: [],
      table: '',
    });
    // The run really exercised the failure paths (else it proves nothing).
    expect(result.faults.filter((f) => f.kind === 'terminate')).toHaveLength(5);
    expect(result.faults.filter((f) => f.kind !== 'terminate')).toHaveLength(2);
    expect(result.verdict.updates.acked).toBeGreaterThan(0);
    expect(result.verdict.feeds.acked).toBeGreaterThan(0);
    expect(result.ledger.errors).toBeGreaterThan(0);
  }, 300_000);
});
