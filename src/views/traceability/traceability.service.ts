import DataLoader from 'dataloader';
import type { GraphQLContext } from '../../graphql/context';
import { BadUserInputError, NotFoundError } from '../../graphql/errors';
import { encodeGlobalId, tryDecodeGlobalId } from '../../graphql/global-id';
import { StrategicGoal } from '../../strategy/strategic-goal.entity';
import { inScope, intArray, raw, selectRows, sql, type Sql } from '../shared/sql';
import { type ExecutionItem, ExecutionItemKind, type Trace, type TraceLink } from './traceability.types';

const KIND_OF: Record<string, ExecutionItemKind> = {
  Kpi: ExecutionItemKind.KPI,
  TechProject: ExecutionItemKind.PROJECT,
  Budget: ExecutionItemKind.BUDGET,
};
const TYPE_OF: Record<ExecutionItemKind, string> = { KPI: 'Kpi', PROJECT: 'TechProject', BUDGET: 'Budget' };

interface TraceRow {
  item_id: number;
  code: string;
  name: string;
  start_id: number | null;
  link: TraceLink | null;
  weight: number | null;
  goal_id: number | null;
}

export class TraceabilityService {
  constructor(private readonly ctx: GraphQLContext) {}

  /** Every path from the KPI, project or budget `globalId` up to its corporate goals (two statements). */
  async trace(globalId: string): Promise<Trace> {
    const decoded = tryDecodeGlobalId(globalId);
    const kind = decoded ? KIND_OF[decoded.typeName] : undefined;
    if (!decoded || !kind) {
      throw new BadUserInputError(`id: ${JSON.stringify(globalId)} is not a Kpi, TechProject or Budget ID`, {
        argument: 'id',
      });
    }
    const scope = this.ctx.scope;
    const items: Record<ExecutionItemKind, Sql> = {
      KPI: sql`select id, code, name from kpi where id = ${decoded.id} and ${inScope('org_unit_id', scope)}`,
      PROJECT: sql`select id, code, name from tech_project where id = ${decoded.id} and ${inScope('org_unit_id', scope)}`,
      BUDGET: sql`select id, code, name from budget where id = ${decoded.id} and ${inScope('org_unit_id', scope)}`,
    };
    const links: Record<ExecutionItemKind, Sql> = {
      KPI: raw(
        `select kr.goal_id, 'KEY_RESULT' as link, kr.weight::float8 as weight from key_result kr where kr.kpi_id in (select id from item)`,
      ),
      PROJECT: raw(
        `select pc.goal_id, 'CONTRIBUTION' as link, pc.weight::float8 as weight from project_contribution pc where pc.project_id in (select id from item)`,
      ),
      BUDGET: sql`select b.goal_id, 'FUNDS_GOAL' as link, null::float8 as weight from budget b where b.id in (select id from item) and b.goal_id is not null
        union all
        select pc.goal_id, 'FUNDS_PROJECT', pc.weight::float8 from tech_project p
        join project_contribution pc on pc.project_id = p.id
        where p.budget_id in (select id from item) and p.archived_at is null and ${inScope('p.org_unit_id', scope)}`,
    };
    const rows = await selectRows<TraceRow>(
      this.ctx,
      sql`with recursive item as (${items[kind]}),
          links (goal_id, link, weight) as (${links[kind]}),
          path as (
            select l.goal_id as start_id, l.link, l.weight, g.id, g.parent_id, 0 as depth
            from links l join strategic_goal g on g.id = l.goal_id
            union all
            select p.start_id, p.link, p.weight, g.id, g.parent_id, p.depth + 1
            from path p join strategic_goal g on g.id = p.parent_id where p.depth < 100)
          select item.id as item_id, item.code, item.name, path.start_id, path.link, path.weight, path.id as goal_id
          from item left join path on true
          order by path.link, path.start_id, path.depth`,
    );
    if (!rows.length) throw new NotFoundError(TYPE_OF[kind], globalId);
    const paths = new Map<string, { link: TraceLink; weight: number | null; goalIds: number[] }>();
    for (const row of rows) {
      if (row.start_id === null || row.link === null || row.goal_id === null) continue;
      const key = `${row.link}:${row.start_id}`;
      const path = paths.get(key) ?? { link: row.link, weight: row.weight, goalIds: [] };
      path.goalIds.push(row.goal_id);
      paths.set(key, path);
    }
    const goalIds = [...new Set([...paths.values()].flatMap((p) => p.goalIds))];
    const goals = await this.ctx.loaders.byId(StrategicGoal).loadMany(goalIds);
    const byId = new Map(
      goals.filter((g): g is StrategicGoal => g instanceof StrategicGoal).map((g) => [g.id, g]),
    );
    return {
      kind,
      itemId: encodeGlobalId(TYPE_OF[kind], rows[0].item_id),
      code: rows[0].code,
      name: rows[0].name,
      paths: [...paths.values()].map((p) => ({
        link: p.link,
        weight: p.weight,
        goals: p.goalIds.map((id) => byId.get(id)).filter((g): g is StrategicGoal => !!g),
      })),
    };
  }

  /** Batched `StrategicGoal.executionItems`: one recursive CTE for all asked goals. */
  executionItems(): DataLoader<number, ExecutionItem[]> {
    const scope = this.ctx.scope;
    return this.ctx.loaders.memo(
      'views:execution-items',
      () =>
        new DataLoader<number, ExecutionItem[]>(async (ids) => {
          const rows = await selectRows<{
            root_id: number;
            kind: ExecutionItemKind;
            item_id: number;
            code: string;
            name: string;
            link: TraceLink;
            goal_id: number;
            goal_code: string;
            depth: number;
            weight: number | null;
          }>(
            this.ctx,
            sql`with recursive tree as (
                select g.id as root_id, g.id, g.code, 0 as depth from strategic_goal g where g.id = any(${intArray(ids)}::int[])
                union all
                select t.root_id, c.id, c.code, t.depth + 1 from strategic_goal c join tree t on c.parent_id = t.id
                where c.archived_at is null and t.depth < 100)
              select t.root_id, 'KPI' as kind, k.id as item_id, k.code, k.name, 'KEY_RESULT' as link,
                t.id as goal_id, t.code as goal_code, t.depth, kr.weight::float8 as weight
              from tree t join key_result kr on kr.goal_id = t.id
              join kpi k on k.id = kr.kpi_id and k.archived_at is null and ${inScope('k.org_unit_id', scope)}
              union all
              select t.root_id, 'PROJECT', p.id, p.code, p.name, 'CONTRIBUTION', t.id, t.code, t.depth, pc.weight::float8
              from tree t join project_contribution pc on pc.goal_id = t.id
              join tech_project p on p.id = pc.project_id and p.archived_at is null and ${inScope('p.org_unit_id', scope)}
              union all
              select t.root_id, 'BUDGET', b.id, b.code, b.name, 'FUNDS_GOAL', t.id, t.code, t.depth, null
              from tree t join budget b on b.goal_id = t.id and b.archived_at is null and ${inScope('b.org_unit_id', scope)}
              union all
              select t.root_id, 'BUDGET', b.id, b.code, b.name, 'FUNDS_PROJECT', t.id, t.code, t.depth, pc.weight::float8
              from tree t join project_contribution pc on pc.goal_id = t.id
              join tech_project p on p.id = pc.project_id and p.archived_at is null and ${inScope('p.org_unit_id', scope)}
              join budget b on b.id = p.budget_id and b.archived_at is null and ${inScope('b.org_unit_id', scope)}
              order by root_id, depth, kind, code`,
          );
          const groups = new Map<number, ExecutionItem[]>(ids.map((id) => [id, []]));
          for (const row of rows) {
            groups.get(row.root_id)?.push({
              kind: row.kind,
              itemId: encodeGlobalId(TYPE_OF[row.kind], row.item_id),
              code: row.code,
              name: row.name,
              link: row.link,
              goalId: encodeGlobalId('StrategicGoal', row.goal_id),
              goalCode: row.goal_code,
              depth: row.depth,
              weight: row.weight,
            });
          }
          return ids.map((id) => groups.get(id) ?? []);
        }),
    );
  }
}
