import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { DEFAULT_BENCH_SERVER } from './bench-database';
import { type BenchOptions, runBench } from './harness';
import { markdownReport } from './report';

export const USAGE = `Usage: npm run bench -- [--scale N] [--duration S] [--out FILE.json] [--only NAME[,NAME]]
                        [--concurrency 1,10,50] [--verify-only] [--source] [--cpu-prof DIR] [--database NAME]

  --scale N         synthetic company size (npm run db:generate), default 10
  --duration S      seconds of load per operation and concurrency, default 10
  --out FILE        also write the report as JSON
  --only NAMES      only these operations (prefixes): strategy-execution, executive-summary, budget-variance,
                    kpi-attainment, kpi-facts, ingest
  --concurrency L   comma-separated concurrencies, default 1,10,50 (ingest always runs at 1)
  --verify-only     check bodies, floor equality and SQL counts; no load
  --source          run the server with ts-node from src/ instead of the built dist/ (not production-like)
  --cpu-prof DIR    write V8 CPU profiles of the server into DIR (node --cpu-prof)
  --database NAME   bench database name (default bench_s<scale>; replaced if present)

  BENCH_DATABASE_URL  PostgreSQL server to create the database on (default ${DEFAULT_BENCH_SERVER})`;

function parseArgs(argv: string[]): BenchOptions & { out?: string } {
  const options: BenchOptions & { out?: string } = {
    scale: 10,
    durationS: 10,
    concurrency: [1, 10, 50],
    only: [],
    serverUrl: process.env.BENCH_DATABASE_URL || DEFAULT_BENCH_SERVER,
    verifyOnly: false,
    serverFrom: 'dist',
    dropDatabase: false,
    log: (line) => process.stderr.write(`${line}\n`),
  };
  const integer = (flag: string, raw: string | undefined, min: number) => {
    const value = Number(raw);
    if (!raw || !/^\d+$/.test(raw) || value < min) throw new Error(`${flag} needs an integer ≥ ${min}`);
    return value;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    if (flag === '--scale') options.scale = integer(flag, value(), 1);
    else if (flag === '--duration') options.durationS = integer(flag, value(), 1);
    else if (flag === '--out') options.out = value();
    else if (flag === '--only') options.only.push(...value().split(',').filter(Boolean));
    else if (flag === '--concurrency')
      options.concurrency = value()
        .split(',')
        .map((c) => integer(flag, c, 1));
    else if (flag === '--verify-only') options.verifyOnly = true;
    else if (flag === '--source') options.serverFrom = 'source';
    else if (flag === '--cpu-prof') options.cpuProfDir = value();
    else if (flag === '--database') options.database = value();
    else if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else throw new Error(`unknown argument ${JSON.stringify(flag)}`);
  }
  return options;
}

async function main(): Promise<void> {
  let options: ReturnType<typeof parseArgs>;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const started = Date.now();
  const report = await runBench(options);
  process.stdout.write(`\n${markdownReport(report)}`);
  if (options.out) {
    writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
    process.stderr.write(`wrote ${options.out}\n`);
  }
  process.stderr.write(`bench finished in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  // Refusals under overload (concurrency 50 on two cores) are measured, not failures; a wrong body is.
  if (report.runs.some((run) => run.wrongBodies > 0)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
