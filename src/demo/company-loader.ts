import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_TODAY, HISTORY_MONTHS, HISTORY_START, TARGET_MONTHS } from './demo-calendar';
import type { CompanySpec } from './demo-company';

/** Row counts of every table the loader fills. */
export interface CompanyCounts {
  orgUnits: number;
  people: number;
  goals: number;
  keyResults: number;
  kpis: number;
  kpiTargets: number;
  kpiMeasurements: number;
  budgets: number;
  budgetActuals: number;
  exchangeRates: number;
  projects: number;
  milestones: number;
  projectContributions: number;
  risks: number;
}

export interface LoadOptions {
  /**
   * How many copies ("divisions") of the company to load. Division 1 keeps the spec's codes and
   * e-mails; division n > 1 appends "-Dn" to every code ("-dn" before the @ of e-mails), hangs its
   * root org unit under division 1's root, and its executives hold no executive role.
   */
  divisions: number;
  /** Seed of the noise on KPI measurements, budget actuals and exchange rates. */
  seed: number;
}

/** Suffix of division `d.n`'s codes. */
const SFX = `(case when d.n = 1 then '' else '-D' || d.n end)`;
/** A person's e-mail in division `d.n`. */
const email = (column: string) => `replace(${column}, '@', lower(${SFX}) || '@')`;
/**
 * A deterministic pseudo-random number in [-1, 1) from a bigint key and the seed (a counter-based
 * PRNG: PostgreSQL's seeded 64-bit hash, so that the result does not depend on row order or plan).
 */
const noise = (key: string, seedParam = '?::bigint') =>
  `((hashint8extended((${key})::bigint, ${seedParam}) & 1048575)::float8 / 524288.0 - 1)`;
/** Every division number. */
const DIVISIONS = `generate_series(1, ?::int) as d(n)`;
/** The first day of month index `m` (0 = HISTORY_START). */
const monthOf = (m: string) => `(date '${HISTORY_START}' + make_interval(months => ${m}))::date`;
const LAST_MONTH_INDEX = HISTORY_MONTHS - 1;

function json(rows: object[]): string {
  return JSON.stringify(rows.map((row, i) => ({ i, ...row })));
}

/**
 * Loads `spec` `divisions` times with a few set-based statements per table (INSERT … SELECT over
 * json_to_recordset × generate_series; references resolved by code), so that the statement count
 * does not depend on the size. Call it inside a transaction on an empty database.
 */
export async function loadCompany(
  em: EntityManager,
  spec: CompanySpec,
  options: LoadOptions,
): Promise<CompanyCounts> {
  const { divisions, seed } = options;
  if (!Number.isSafeInteger(divisions) || divisions < 1)
    throw new Error('divisions must be a positive integer');
  if (!Number.isSafeInteger(seed)) throw new Error('seed must be an integer');
  const at = `${DEMO_TODAY}T06:00:00Z`;
  const run = (sql: string, params: unknown[]) => em.execute(sql, params, 'run');
  const root = spec.orgUnits.find((u) => u.parent === null)?.code;
  if (!root) throw new Error('the company spec needs a root org unit');
  const codes = [spec.orgUnits, spec.goals, spec.kpis, spec.budgets, spec.projects].flat().map((r) => r.code);
  const clash = codes.find((code) => /-D\d+$/.test(code));
  // Division suffixes keep generated codes unique only if no spec code already looks suffixed.
  if (clash) throw new Error(`spec code ${clash} ends like a division suffix (-Dn)`);

  await run(
    `insert into org_unit (code, name, "function", created_at, updated_at)
     select t.code || ${SFX},
            case when t.parent is null and d.n > 1 then t.name || ' – Division ' || d.n else t.name end,
            t."function"::executive_function, ?::timestamptz, ?::timestamptz
     from json_to_recordset(?::json) as t(i int, code text, name text, "function" text, parent text)
     cross join ${DIVISIONS}
     order by d.n, t.i`,
    [at, at, json(spec.orgUnits), divisions],
  );
  await run(
    `update org_unit c set parent_id = p.id
     from json_to_recordset(?::json) as t(code text, parent text)
     cross join ${DIVISIONS}
     join org_unit p on p.code = coalesce(t.parent || ${SFX}, case when d.n > 1 then ?::text end)
     where c.code = t.code || ${SFX}`,
    [json(spec.orgUnits), divisions, root],
  );
  await run(
    `insert into person (name, email, title, executive_role, org_unit_id, created_at, updated_at)
     select t.name, ${email('t.email')}, t.title,
            case when d.n = 1 then t."executiveRole"::executive_role end, ou.id, ?::timestamptz, ?::timestamptz
     from json_to_recordset(?::json) as t(i int, name text, email text, title text, "executiveRole" text, "orgUnit" text)
     cross join ${DIVISIONS}
     join org_unit ou on ou.code = t."orgUnit" || ${SFX}
     order by d.n, t.i`,
    [at, at, json(spec.people), divisions],
  );
  await run(
    `insert into strategic_goal (code, title, description, perspective, status, fiscal_year, start_date, end_date,
                                 owner_id, created_at, updated_at)
     select t.code || ${SFX}, t.title, t.description, t.perspective::perspective, t.status::goal_status,
            t."fiscalYear", t."startDate"::date, t."endDate"::date, p.id, ?::timestamptz, ?::timestamptz
     from json_to_recordset(?::json) as t(i int, code text, title text, description text, perspective text,
                                          status text, "fiscalYear" int, "startDate" text, "endDate" text, owner text)
     cross join ${DIVISIONS}
     left join person p on p.email = ${email('t.owner')}
     order by d.n, t.i`,
    [at, at, json(spec.goals), divisions],
  );
  await run(
    `update strategic_goal c set parent_id = p.id
     from json_to_recordset(?::json) as t(code text, parent text)
     cross join ${DIVISIONS}
     join strategic_goal p on p.code = t.parent || ${SFX}
     where c.code = t.code || ${SFX}`,
    [json(spec.goals.filter((g) => g.parent)), divisions],
  );

  const kpiRows = json(
    spec.kpis.map((k) => ({
      ...k,
      description: `${k.name} in ${k.unit}; ${k.direction === 'HIGHER_IS_BETTER' ? 'higher' : 'lower'} is better. Reported ${k.frequency.toLowerCase()} from ${k.source}.`,
    })),
  );
  const kpiColumns = `i int, code text, name text, description text, unit text, direction text, frequency text,
    "processArea" text, "orgUnit" text, owner text, start float8, "end" float8, target2025 float8,
    target2026 float8, noise float8, decimals int, source text`;
  await run(
    `insert into kpi (code, name, description, unit, direction, frequency, process_area, org_unit_id, owner_id,
                      created_at, updated_at)
     select t.code || ${SFX}, t.name, t.description, t.unit, t.direction::kpi_direction,
            t.frequency::kpi_frequency, t."processArea"::process_area, ou.id, p.id, ?::timestamptz, ?::timestamptz
     from json_to_recordset(?::json) as t(${kpiColumns})
     cross join ${DIVISIONS}
     join org_unit ou on ou.code = t."orgUnit" || ${SFX}
     left join person p on p.email = ${email('t.owner')}
     order by d.n, t.i`,
    [at, at, kpiRows, divisions],
  );
  // Monthly KPIs: month indexes 0…; quarterly KPIs: the quarters starting from month -1 (October 2024).
  const periods = (last: number) =>
    `cross join lateral (
       select ${monthOf('m')} as period, m
       from generate_series(case when t.frequency = 'MONTHLY' then 0 else -1 end, ${last}) as g(m)
       where t.frequency = 'MONTHLY' or extract(month from ${monthOf('m')}) in (1, 4, 7, 10)
     ) as p`;
  await run(
    `insert into kpi_target (kpi_id, period, value, created_at, updated_at)
     select k.id, p.period,
            round((case when p.period < date '2026-01-01' then t.target2025 else t.target2026 end)::numeric, t.decimals),
            ?::timestamptz, ?::timestamptz
     from json_to_recordset(?::json) as t(${kpiColumns})
     cross join ${DIVISIONS}
     join kpi k on k.code = t.code || ${SFX}
     ${periods(TARGET_MONTHS - 1)}
     order by k.id, p.period`,
    [at, at, kpiRows, divisions],
  );
  // Quarterly KPIs are measured only for closed quarters: the last one starts 3 months before the end.
  await run(
    `insert into kpi_measurement (kpi_id, period, value, source, recorded_at, created_at, updated_at)
     select k.id, p.period,
            greatest(
              round((t.start + (t."end" - t.start) * greatest(p.m, 0) / ${LAST_MONTH_INDEX}.0
                     + t.noise * ${noise('(d.n * 1000 + t.i) * 100 + p.m + 1')})::numeric, t.decimals),
              power(10::numeric, -t.decimals)),
            t.source,
            (p.period + case when t.frequency = 'MONTHLY' then interval '1 month' else interval '3 months' end
                      + interval '2 days 6 hours') at time zone 'UTC',
            ?::timestamptz, ?::timestamptz
     from json_to_recordset(?::json) as t(${kpiColumns})
     cross join ${DIVISIONS}
     join kpi k on k.code = t.code || ${SFX}
     ${periods(LAST_MONTH_INDEX)}
     where t.frequency = 'MONTHLY' or p.m <= ${LAST_MONTH_INDEX - 2}
     order by k.id, p.period`,
    [seed, at, at, kpiRows, divisions],
  );
  const target2026 = new Map(spec.kpis.map((k) => [k.code, k.target2026]));
  await run(
    `insert into key_result (goal_id, kpi_id, target_value, due_date, weight, created_at, updated_at)
     select g.id, k.id, t.target, date '2026-12-31', t.weight, ?::timestamptz, ?::timestamptz
     from json_to_recordset(?::json) as t(i int, goal text, kpi text, weight float8, target float8)
     cross join ${DIVISIONS}
     join strategic_goal g on g.code = t.goal || ${SFX}
     join kpi k on k.code = t.kpi || ${SFX}
     order by d.n, t.i`,
    [at, at, json(spec.keyResults.map((kr) => ({ ...kr, target: target2026.get(kr.kpi) }))), divisions],
  );

  const budgetColumns = `i int, code text, name text, "orgUnit" text, "fiscalYear" int, category text,
    currency text, planned numeric, goal text, burn float8`;
  await run(
    `insert into budget (code, name, org_unit_id, fiscal_year, category, currency, planned, goal_id,
                         created_at, updated_at)
     select t.code || ${SFX}, t.name, ou.id, t."fiscalYear", t.category::budget_category, t.currency,
            t.planned, g.id, ?::timestamptz, ?::timestamptz
     from json_to_recordset(?::json) as t(${budgetColumns})
     cross join ${DIVISIONS}
     join org_unit ou on ou.code = t."orgUnit" || ${SFX}
     left join strategic_goal g on g.code = t.goal || ${SFX}
     order by d.n, t.i`,
    [at, at, json(spec.budgets), divisions],
  );
  // Actuals for every month of the fiscal year up to the last closed month.
  await run(
    `insert into budget_actual (budget_id, month, amount, created_at, updated_at)
     select b.id, mo.month,
            round((t.planned / 12 * t.burn::numeric
                   * (1 + 0.1 * ${noise('(d.n * 1000 + t.i) * 100 + mo.k')})::numeric), 2),
            ?::timestamptz, ?::timestamptz
     from json_to_recordset(?::json) as t(${budgetColumns})
     cross join ${DIVISIONS}
     join budget b on b.code = t.code || ${SFX}
     cross join lateral (
       select (make_date(t."fiscalYear", 1, 1) + make_interval(months => k))::date as month, k
       from generate_series(0, 11) as g(k)
     ) as mo
     where mo.month <= ${monthOf(String(LAST_MONTH_INDEX))}
     order by b.id, mo.month`,
    [seed + 1, at, at, json(spec.budgets), divisions],
  );
  await run(
    `insert into exchange_rate (currency, month, rate, created_at, updated_at)
     select t.currency, ${monthOf('g.m')},
            case when t.base = 1 then 1
                 else round((t.base * (1 + 0.04 * sin(g.m / 4.0)) * (1 + 0.01 * ${noise('t.i * 100 + g.m', '?::bigint')}))::numeric, 6)
            end,
            ?::timestamptz, ?::timestamptz
     from json_to_recordset(?::json) as t(i int, currency text, base float8)
     cross join generate_series(0, ${LAST_MONTH_INDEX}) as g(m)
     order by t.i, g.m`,
    [seed + 2, at, at, json(spec.exchangeRates)],
  );

  await run(
    `insert into tech_project (code, name, status, health, progress, planned_start, planned_end, actual_end,
                               sponsor_id, org_unit_id, budget_id, created_at, updated_at)
     select t.code || ${SFX}, t.name, t.status::project_status, t.health::project_health, t.progress,
            t."plannedStart"::date, t."plannedEnd"::date, t."actualEnd"::date, p.id, ou.id, b.id,
            ?::timestamptz, ?::timestamptz
     from json_to_recordset(?::json) as t(i int, code text, name text, status text, health text, progress int,
                                          "plannedStart" text, "plannedEnd" text, "actualEnd" text, sponsor text,
                                          "orgUnit" text, budget text)
     cross join ${DIVISIONS}
     join org_unit ou on ou.code = t."orgUnit" || ${SFX}
     left join person p on p.email = ${email('t.sponsor')}
     left join budget b on b.code = t.budget || ${SFX}
     order by d.n, t.i`,
    [at, at, json(spec.projects.map(({ contributions: _, ...p }) => p)), divisions],
  );
  await run(
    `insert into milestone (project_id, title, due_date, completed_at, created_at, updated_at)
     select pr.id, t.title, t."dueDate"::date, t."completedAt"::date, ?::timestamptz, ?::timestamptz
     from json_to_recordset(?::json) as t(i int, project text, title text, "dueDate" text, "completedAt" text)
     cross join ${DIVISIONS}
     join tech_project pr on pr.code = t.project || ${SFX}
     order by d.n, t.i`,
    [at, at, json(spec.milestones), divisions],
  );
  const contributions = spec.projects.flatMap((p) =>
    p.contributions.map(([goal, weight]) => ({ project: p.code, goal, weight })),
  );
  await run(
    `insert into project_contribution (project_id, goal_id, weight, created_at, updated_at)
     select pr.id, g.id, t.weight, ?::timestamptz, ?::timestamptz
     from json_to_recordset(?::json) as t(i int, project text, goal text, weight float8)
     cross join ${DIVISIONS}
     join tech_project pr on pr.code = t.project || ${SFX}
     join strategic_goal g on g.code = t.goal || ${SFX}
     order by d.n, t.i`,
    [at, at, json(contributions), divisions],
  );
  await run(
    `insert into risk (title, description, category, likelihood, impact, status, owner_id, goal_id, project_id,
                       kpi_id, created_at, updated_at)
     select t.title, t.description, t.category::risk_category, t.likelihood, t.impact, t.status::risk_status,
            p.id, g.id, pr.id, k.id, ?::timestamptz, ?::timestamptz
     from json_to_recordset(?::json) as t(i int, title text, description text, category text, likelihood int,
                                          impact int, status text, owner text, goal text, project text, kpi text)
     cross join ${DIVISIONS}
     left join person p on p.email = ${email('t.owner')}
     left join strategic_goal g on g.code = t.goal || ${SFX}
     left join tech_project pr on pr.code = t.project || ${SFX}
     left join kpi k on k.code = t.kpi || ${SFX}
     order by d.n, t.i`,
    [at, at, json(spec.risks), divisions],
  );

  return countCompany(em);
}

const TABLES: Record<keyof CompanyCounts, string> = {
  orgUnits: 'org_unit',
  people: 'person',
  goals: 'strategic_goal',
  keyResults: 'key_result',
  kpis: 'kpi',
  kpiTargets: 'kpi_target',
  kpiMeasurements: 'kpi_measurement',
  budgets: 'budget',
  budgetActuals: 'budget_actual',
  exchangeRates: 'exchange_rate',
  projects: 'tech_project',
  milestones: 'milestone',
  projectContributions: 'project_contribution',
  risks: 'risk',
};

/** Row counts of the company's tables, in one statement. */
export async function countCompany(em: EntityManager): Promise<CompanyCounts> {
  const columns = Object.entries(TABLES)
    .map(([key, table]) => `(select count(*)::int from "${table}") as "${key}"`)
    .join(', ');
  const [row] = await em.execute<Record<keyof CompanyCounts, number>[]>(`select ${columns}`);
  return Object.fromEntries(
    Object.keys(TABLES).map((key) => [key, Number(row[key as keyof CompanyCounts])]),
  ) as unknown as CompanyCounts;
}
