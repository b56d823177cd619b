import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { Role } from '../../src/auth/role.enum';
import { TokenVerifier } from '../../src/auth/token-verifier';
import { cpuMs, ROOT, startChild } from '../../test/bench/processes';
import { send } from '../../test/bench/load';

async function main() {
  const jwtSecret = randomBytes(32).toString('hex');
  const token = await new TokenVerifier({ jwtSecret, nodeEnv: 'production' }).sign({ sub: 'b', role: Role.ADMIN }, '1h');
  const headers = { authorization: `Bearer ${token}` };
  const server = await startChild('t', [...(process.env.PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/myprof'] : []), join(ROOT, 'dist/src/main.js')], {
    NODE_ENV: 'production', LOG_LEVEL: 'warn', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/bench_s1',
    MIGRATE_ON_START: 'false', SEED_DEMO: 'false', JWT_SECRET: jwtSecret, SQL_STATEMENT_HEADER: 'true' }, '/ready');
  const full = readFileSync(join(ROOT, 'schema/operations/bench/strategy-execution.graphql'), 'utf8');
  const variants: Record<string, string> = {
    full,
    noMeasurements: full.replace(/measurements\(last: \$last\) \{\s*period\s*value\s*\}/, '').replace('$last: Int!, ', ''),
    noContrib: full.replace(/contributions \{[\s\S]*\n      \}\n    \}\n  \}\n\}/, '}}}').replace(', $asOf: Date!', ''),
    goalsOnly: 'query BenchStrategyExecution($first: Int!) { goals(first: $first, orderBy: [{ field: CODE }]) { nodes { code title status } } }',
  };
  for (const [name, query] of Object.entries(variants).filter(([n]) => !process.env.ONLY || n === process.env.ONLY)) {
    const req = { operationName: 'BenchStrategyExecution', query, variables: { first: 50, ...(query.includes('$last') ? { last: 12 } : {}), ...(query.includes('$asOf') ? { asOf: '2026-11-15' } : {}) } };
    for (let i = 0; i < 10; i++) await send(server, req, headers);
    const n = Number(process.env.N ?? 60);
    const before = cpuMs(server.pid); const t0 = Date.now();
    let a;
    for (let i = 0; i < n; i++) a = await send(server, req, headers);
    console.log(name, 'cpu ms/req', ((cpuMs(server.pid) - before) / n).toFixed(1), 'wall ms/req', ((Date.now() - t0) / n).toFixed(1), 'sql', a!.sqlStatements, 'bytes', a!.body.length, a!.body.slice(0, 150));
  }
  await server.stop();
}
main();
