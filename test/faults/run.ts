/**
 * `npm run test:faults -- [--duration 60] [--clients 8] [--restarts 2] [--terminations 20]`
 *
 * Starts a throwaway PostgreSQL cluster and the server, drives a mixed load while PostgreSQL restarts
 * and backends are terminated, then checks that no acknowledged write was lost, duplicated or
 * partially written, the server never crashed and errors came only during the outages.
 * Prints the figures as a table; exits 1 on any violation (2 when the test itself could not run).
 */
import { DEFAULT_OPTIONS, type FaultTestOptions, runFaultTest } from './harness';

function parseArgs(argv: string[]): Partial<FaultTestOptions> {
  const options: Partial<FaultTestOptions> = {};
  const numbers: Record<string, keyof FaultTestOptions> = {
    '--duration': 'durationS',
    '--clients': 'clients',
    '--restarts': 'restarts',
    '--terminations': 'terminations',
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const key = numbers[flag];
    if (!key) throw new Error(`unknown option ${argv[i]}; use ${Object.keys(numbers).join(', ')}`);
    const raw = inline ?? argv[++i];
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0) throw new Error(`${flag} needs a whole number, got ${raw}`);
    (options as Record<string, number>)[key] = value;
  }
  if (options.durationS !== undefined && options.durationS < 20)
    throw new Error('--duration must be at least 20 (seconds)');
  return options;
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const result = await runFaultTest({ ...DEFAULT_OPTIONS, ...options });
  console.log(result.table);
  if (result.violations.length) {
    console.log(`\n${result.violations.length} violation(s):`);
    for (const violation of result.violations.slice(0, 50)) console.log(`  - ${violation}`);
    if (result.logDir) console.log(`server and PostgreSQL logs: ${result.logDir}`);
    return 1;
  }
  console.log('\nno violations');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`test:faults could not run: ${(error as Error).stack ?? String(error)}`);
    process.exit(2);
  },
);
