import type { BenchReport } from './harness';
import type { RunResult } from './load';

const fixed = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(digits);

const ratio = (ours: number, floor: number | undefined) =>
  floor === undefined || floor === 0 ? '' : `${(ours / floor).toFixed(2)}×`;

/** The report as Markdown: one row per operation and concurrency, with our figures as ratios to the floor. */
export function markdownReport(report: BenchReport): string {
  const floorRun = (run: RunResult) =>
    report.runs.find(
      (other) =>
        other.target === 'floor' &&
        other.operation === run.operation &&
        other.concurrency === run.concurrency,
    );
  const lines = [
    `Scale ${report.options.scale} (${Object.entries(report.database.counts)
      .map(([key, n]) => `${n} ${key}`)
      .join(', ')}), ${report.options.durationS} s per run;`,
    `${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memoryGb} GB, Node ${report.machine.node}, PostgreSQL ${report.machine.postgres}; load generator on the same machine.`,
    '',
    '| operation | conc. | req/s | vs floor | p50 ms | p99 ms | errors | SQL/req | CPU ms/req | vs floor | peak RSS MB |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  const ordered = [
    ...report.runs.filter((run) => run.target === 'throughline'),
    ...report.runs.filter((run) => run.target === 'floor'),
  ];
  for (const run of ordered) {
    const floor = run.target === 'throughline' ? floorRun(run) : undefined;
    lines.push(
      `| ${run.target === 'floor' ? `floor: ${run.operation}` : run.operation} | ${run.concurrency} | ${fixed(
        run.requestsPerSecond,
      )} | ${ratio(run.requestsPerSecond, floor?.requestsPerSecond)} | ${run.p50Ms} | ${run.p99Ms} | ${
        run.errors
      } | ${fixed(run.sqlPerRequest, 0)} | ${fixed(run.cpuMsPerRequest)} | ${ratio(
        run.cpuMsPerRequest,
        floor?.cpuMsPerRequest,
      )} | ${fixed(run.peakRssMb, 0)} |`,
    );
  }
  const first = report.runs.filter((run) => run.target === 'throughline' && run.operation === 'kpi-facts-p1');
  for (const run of first) {
    const far = report.runs.find(
      (other) =>
        other.target === 'throughline' &&
        other.operation.startsWith('kpi-facts-p') &&
        other.operation !== 'kpi-facts-p1' &&
        other.concurrency === run.concurrency,
    );
    if (far) {
      lines.push(
        '',
        `${far.operation} ÷ kpi-facts-p1 mean time at concurrency ${run.concurrency}: ${(far.meanMs / run.meanMs).toFixed(2)}×`,
      );
    }
  }
  if (!report.runs.length) {
    lines.push(
      ...report.verified.map(
        (operation) =>
          `| ${operation.name} | — | — | — | — | — | 0 | ${operation.sqlStatements} | — | — | — |`,
      ),
    );
  }
  if (report.notes.length) lines.push('', ...report.notes.map((note) => `- ${note}`));
  return `${lines.join('\n')}\n`;
}
