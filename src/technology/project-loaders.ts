import type { EntityClass } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { orgScopeCondition } from '../auth/org-scope';
import type { GraphQLContext } from '../graphql/context';
import { readOnlyEntity } from '../graphql/read-only';
import { ProjectContribution } from './project-contribution.entity';
import { TechProject } from './tech-project.entity';

/** Read-only instances (src/graphql/read-only.ts) of raw `select *` rows: no MikroORM hydration. */
function readOnlyRows<T extends { id: number }>(
  ctx: GraphQLContext,
  entity: EntityClass<T>,
  rows: unknown,
): T[] {
  return ctx.loaders.known(
    entity,
    (rows as Record<string, unknown>[]).map((row) => readOnlyEntity(ctx.em, entity, row)),
  );
}

/** Groups `rows` by the id of the reference `key(row)`, one (possibly empty) list per requested key. */
function groupBy<T>(keys: readonly number[], rows: T[], key: (row: T) => number): T[][] {
  const groups = new Map<number, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(key(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

/**
 * Projects whose `orgUnit` or `budget` is each key, ordered by code: one SQL statement per batch,
 * restricted to the caller's org scope; archived projects only with `includeArchived`.
 */
export function projectsBy(
  ctx: GraphQLContext,
  property: 'orgUnit' | 'budget',
  includeArchived: boolean,
): DataLoader<number, TechProject[]> {
  return ctx.loaders.memo(
    `technology:projectsBy:${property}:${includeArchived}`,
    () =>
      new DataLoader<number, TechProject[]>(async (keys) => {
        const qb = ctx.em
          .createQueryBuilder(TechProject, 'p')
          .select('*')
          .where({ [property]: { $in: [...keys] } })
          .orderBy({ code: 'asc', id: 'asc' });
        if (!includeArchived) void qb.andWhere({ archivedAt: null });
        if (ctx.scope) {
          const { sql, bindings } = orgScopeCondition('p.org_unit_id', ctx.scope);
          void qb.andWhere(sql, bindings);
        }
        const rows = readOnlyRows(ctx, TechProject, await qb.execute('all', false));
        return groupBy(keys, rows, (row) => row[property]!.id);
      }),
  );
}

/**
 * The contributions made to each goal key, ordered by project code: one SQL statement per batch,
 * restricted to projects in the caller's org scope; contributions of archived projects only with
 * `includeArchived`.
 */
export function contributionsByGoal(
  ctx: GraphQLContext,
  includeArchived: boolean,
): DataLoader<number, ProjectContribution[]> {
  return ctx.loaders.memo(
    `technology:contributionsByGoal:${includeArchived}`,
    () =>
      new DataLoader<number, ProjectContribution[]>(async (keys) => {
        const qb = ctx.em
          .createQueryBuilder(ProjectContribution, 'c')
          .select('c.*')
          .join('c.project', 'p')
          .where({ goal: { $in: [...keys] } })
          .orderBy({ 'p.code': 'asc', 'c.id': 'asc' });
        if (!includeArchived) void qb.andWhere({ 'p.archivedAt': null });
        if (ctx.scope) {
          const { sql, bindings } = orgScopeCondition('p.org_unit_id', ctx.scope);
          void qb.andWhere(sql, bindings);
        }
        const rows = readOnlyRows(ctx, ProjectContribution, await qb.execute('all', false));
        return groupBy(keys, rows, (row) => row.goal.id);
      }),
  );
}
