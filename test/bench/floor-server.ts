/**
 * The floor of `npm run bench`: a bare node:http + pg server that answers two of the bench's requests
 * with ONE hand-written SQL statement each and no framework at all. Our server is measured against it.
 *
 * - BenchStrategyExecution: the whole response is built by PostgreSQL (json_agg) and sent as is.
 * - BenchIngest: one `INSERT … ON CONFLICT DO UPDATE` of the rows (KPI codes resolved in the same statement).
 *
 * Env: DATABASE_URL, PORT, HOST, FLOOR_POOL_SIZE (default 10, as DB_POOL_SIZE of the server).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Pool } from 'pg';

const STRATEGY_EXECUTION = `
select json_build_object('data', json_build_object('goals', json_build_object('nodes',
  coalesce((select json_agg(g.node order by g.code, g.id) from (
    select g.code, g.id, json_build_object(
      'code', g.code, 'title', g.title, 'status', g.status,
      'keyResults', coalesce((
        select json_agg(json_build_object(
          'weight', kr.weight, 'targetValue', kr.target_value,
          'kpi', json_build_object('code', k.code, 'name', k.name, 'unit', k.unit,
            'measurements', coalesce((
              select json_agg(json_build_object('period', m.period, 'value', m.value) order by m.period)
              from (select period, value from kpi_measurement
                    where kpi_id = k.id order by period desc limit $2) m), '[]'::json))
        ) order by kr.id)
        from key_result kr join kpi k on k.id = kr.kpi_id
        where kr.goal_id = g.id), '[]'::json),
      'contributions', coalesce((
        select json_agg(json_build_object(
          'weight', c.weight,
          'project', json_build_object('code', p.code, 'name', p.name, 'status', p.status,
            'budget', case when b.id is not null then json_build_object(
              'code', b.code, 'currency', b.currency, 'planned', b.planned::text,
              'actual', (select coalesce(sum(ba.amount), 0)::numeric(18,2)::text from budget_actual ba
                         where ba.budget_id = b.id and ba.month <= $3::date)) end)
        ) order by p.code, c.id)
        from project_contribution c
        join tech_project p on p.id = c.project_id
        left join budget b on b.id = p.budget_id
        where c.goal_id = g.id and p.archived_at is null), '[]'::json)
    ) as node
    from strategic_goal g
    where g.archived_at is null and g.parent_id is not null
    order by g.code, g.id
    limit $1) g), '[]'::json))))::text as body`;

const INGEST = `
with written as (
  insert into kpi_measurement (kpi_id, period, value, source, recorded_at)
  select k.id, r.period, r.value, r.source, now()
  from unnest($1::text[], $2::date[], $3::numeric[], $4::text[]) as r(code, period, value, source)
  join kpi k on k.code = r.code
  on conflict (kpi_id, period) do update
    set value = excluded.value, source = excluded.source, recorded_at = now(),
        version = kpi_measurement.version + 1, updated_at = now()
    where kpi_measurement.value is distinct from excluded.value
       or kpi_measurement.source is distinct from excluded.source
  returning (xmax = 0) as inserted
)
select count(*) filter (where inserted)::int as inserted, count(*) filter (where not inserted)::int as updated
from written`;

interface Request {
  operationName?: string;
  variables?: Record<string, any>;
}

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.FLOOR_POOL_SIZE ?? 10),
});

async function answer(request: Request): Promise<string> {
  const variables = request.variables ?? {};
  if (request.operationName === 'BenchStrategyExecution') {
    const result = await pool.query<{ body: string }>(STRATEGY_EXECUTION, [
      variables.first,
      variables.last,
      variables.asOf,
    ]);
    return result.rows[0].body;
  }
  if (request.operationName === 'BenchIngest') {
    const rows = variables.input as { kpiCode: string; period: string; value: number; source?: string }[];
    const result = await pool.query<{ inserted: number; updated: number }>(INGEST, [
      rows.map((row) => row.kpiCode),
      rows.map((row) => row.period),
      rows.map((row) => row.value),
      rows.map((row) => row.source ?? null),
    ]);
    const { inserted, updated } = result.rows[0];
    return JSON.stringify({
      data: { recordKpiMeasurements: { inserted, updated, unchanged: rows.length - inserted - updated } },
    });
  }
  throw new Error(`the floor does not answer ${request.operationName}`);
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  if (req.method === 'GET' && req.url === '/ready') return send(res, 200, '{"status":"ready"}');
  if (req.method !== 'POST') return send(res, 404, '{}');
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    answer(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Request).then(
      (body) => send(res, 200, body),
      (error: Error) => send(res, 500, JSON.stringify({ errors: [{ message: error.message }] })),
    );
  });
});

server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1');
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
