import fc from 'fast-check';
import { buildThroughlineSchema } from '../../src/graphql/schema';
import { SeedBuilder } from '../helpers/seed-builder';
import { operationArbitrary } from './generated-operations';
import { type LoggedApp, startLoggedApp } from './logged-app';

/** Traces of internals a client must never see. */
const LEAKS = [
  /\bat .+:\d+:\d+/, // stack frame
  /stacktrace/i,
  /INTERNAL_SERVER_ERROR/,
  /Internal server error/i,
  /\b(select|insert|update|delete) .*\b(from|into|set)\b/i, // SQL
  /relation ".+" does not exist|violates|duplicate key|syntax error at or near/i, // PostgreSQL
  /TypeError|ReferenceError|Cannot read propert|undefined is not|is not a function/, // JavaScript
  /MikroORM|knex|node_modules|\.ts\b/i,
];

jest.setTimeout(120_000);

/** For triage only: `FUZZ_SKIP_FIELDS=trace,foo` leaves those fields out of generated operations. */
const skippedFields = new Set((process.env.FUZZ_SKIP_FIELDS ?? '').split(',').filter(Boolean));

describe('generative robustness (fast-check)', () => {
  let p: LoggedApp;
  beforeAll(async () => {
    p = await startLoggedApp({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) });
    const seed = new SeedBuilder(p.app.database.orm.em.fork());
    const unit = seed.orgUnit();
    const goal = seed.goal();
    const kpi = seed.kpi({ orgUnit: unit });
    seed.keyResult({ goal, kpi });
    seed.measurement(kpi, '2025-06-01', 42);
    const budget = seed.budget({ orgUnit: unit });
    seed.actual(budget, '2025-06-01', '1000.00');
    const project = seed.project({ orgUnit: unit, budget });
    seed.contribution(project, goal);
    seed.risk({ goal });
    await seed.flush();
  });
  afterAll(() => p?.close());

  it('answers 1,200 random valid and invalid operations without a 5xx or a leaked internal', async () => {
    const schema = await buildThroughlineSchema();
    const statuses = new Map<number, number>();
    const codes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(operationArbitrary(schema, skippedFields), async (operation) => {
        const response = await fetch(p.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${await p.app.auth.tokens.sign({ sub: 'fuzz', role: 'ADMIN' as never })}`,
          },
          body: JSON.stringify({ query: operation.query, variables: operation.variables }),
          signal: AbortSignal.timeout(10_000),
        });
        const text = await response.text();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(response.status).toBeLessThan(500);
        const body = JSON.parse(text) as {
          data?: unknown;
          errors?: { message: string; extensions?: { code?: string } }[];
        };
        for (const error of body.errors ?? []) {
          const code = String(error.extensions?.code);
          codes.set(code, (codes.get(code) ?? 0) + 1);
        }
        for (const leak of LEAKS)
          expect({ leak: String(leak), text }).not.toEqual({
            leak: String(leak),
            text: expect.stringMatching(leak),
          });
      }),
      {
        numRuns: Number(process.env.FUZZ_RUNS ?? 1200),
        seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31), // A counterexample is printed as generated: shrinking `fc.gen()` values can loop for minutes.
        endOnFailure: true,
        interruptAfterTimeLimit: 90_000,
        markInterruptAsFailure: true,
      },
    );
    console.log(`statuses ${JSON.stringify([...statuses])}, error codes ${JSON.stringify([...codes])}`);
    // The generator must reach execution, not only the parser.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(Number(process.env.FUZZ_RUNS ?? 1200) / 5);
    expect(p.logs.filter((l) => l.msg === 'unexpected error in a GraphQL request')).toEqual([]);
  });
});
