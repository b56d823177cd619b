import type { EntityClass } from '@mikro-orm/core';
import { goalInScope } from '../../auth/entity-scope';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Budget } from '../../finance/budget.entity';
import type { GraphQLContext } from '../../graphql/context';
import { DateScalar } from '../../graphql/scalars';
import { Kpi } from '../../operations/kpi.entity';
import { StrategicGoal } from '../../strategy/strategic-goal.entity';
import { TechProject } from '../../technology/tech-project.entity';
import { AS_OF_DESCRIPTION, fiscalYearBounds, resolveAsOf } from '../shared/as-of';
import { attainmentSql, statusSql } from '../shared/kpi-sql';
import { inScope, Sql, selectRows, sql } from '../shared/sql';
import { AlignmentGaps } from './alignment-gaps.type';

/** Runs one statement selecting whole rows of `entity` and maps them to managed entities (no extra query). */
async function entities<T extends object>(
  ctx: GraphQLContext,
  entity: EntityClass<T>,
  query: Sql,
): Promise<T[]> {
  const rows = await selectRows<Record<string, unknown>>(ctx, query);
  return rows.map((row) => ctx.em.map(entity, row as never));
}

/** The goals the caller may see (UNIT_LEAD: src/auth/entity-scope.ts); `true` when unrestricted. */
function visibleGoal(ctx: GraphQLContext): Sql {
  const rule = goalInScope('g.id', ctx.scope);
  return new Sql(rule.sql, rule.bindings);
}

@Resolver(() => AlignmentGaps)
export class AlignmentGapsResolver {
  @Query(() => AlignmentGaps, {
    description:
      'Alignment gaps of a fiscal year: strategy without execution and execution without strategy.',
  })
  alignmentGaps(
    @Arg('fiscalYear', () => Int, { description: 'The fiscal year (calendar year), 2000–2100.' })
    fiscalYear: number,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string | null,
  ): AlignmentGaps {
    fiscalYearBounds(fiscalYear);
    return { fiscalYear, asOf: resolveAsOf(asOf) };
  }

  @FieldResolver(() => [StrategicGoal], {
    description:
      'Unarchived goals of the year without any key result: strategy that is not measurable. For a UNIT_LEAD: the goals it sees (see README, security) without a key result on a KPI of its subtree. Ordered by code.',
  })
  goalsWithoutKeyResults(@Root() gaps: AlignmentGaps, @Ctx() ctx: GraphQLContext): Promise<StrategicGoal[]> {
    return entities(
      ctx,
      StrategicGoal,
      sql`select g.* from strategic_goal g
          where g.fiscal_year = ${gaps.fiscalYear} and g.archived_at is null and ${visibleGoal(ctx)}
            and not exists (select 1 from key_result kr join kpi k on k.id = kr.kpi_id
                            where kr.goal_id = g.id and ${inScope('k.org_unit_id', ctx.scope)})
          order by g.code`,
    );
  }

  @FieldResolver(() => [TechProject], {
    description:
      'Unarchived, not cancelled projects whose planned dates overlap the year and that contribute to no goal: spend without strategy. Ordered by code.',
  })
  projectsServingNoGoal(@Root() gaps: AlignmentGaps, @Ctx() ctx: GraphQLContext): Promise<TechProject[]> {
    const { start, end } = fiscalYearBounds(gaps.fiscalYear);
    return entities(
      ctx,
      TechProject,
      sql`select p.* from tech_project p
          where p.archived_at is null and p.status <> 'CANCELLED'
            and p.planned_start <= ${end}::date and p.planned_end >= ${start}::date
            and ${inScope('p.org_unit_id', ctx.scope)}
            and not exists (select 1 from project_contribution pc where pc.project_id = p.id)
          order by p.code`,
    );
  }

  @FieldResolver(() => [Budget], {
    description:
      'Unarchived budgets of the year that fund no goal and no (unarchived) project. Ordered by code.',
  })
  budgetsFundingNothing(@Root() gaps: AlignmentGaps, @Ctx() ctx: GraphQLContext): Promise<Budget[]> {
    return entities(
      ctx,
      Budget,
      sql`select b.* from budget b
          where b.fiscal_year = ${gaps.fiscalYear} and b.archived_at is null and b.goal_id is null
            and ${inScope('b.org_unit_id', ctx.scope)}
            and not exists (select 1 from tech_project p where p.budget_id = b.id and p.archived_at is null)
          order by b.code`,
    );
  }

  @FieldResolver(() => [Kpi], {
    description:
      "KPIs RED at their latest measurement within the year (on or before asOf, against the KPI's target of that period) while every project contributing to the goals they measure reports GREEN (at least one such project). Ordered by code.",
  })
  redKpisWithAllGreenProjects(@Root() gaps: AlignmentGaps, @Ctx() ctx: GraphQLContext): Promise<Kpi[]> {
    const { start, end } = fiscalYearBounds(gaps.fiscalYear);
    const upper = gaps.asOf < end ? gaps.asOf : end;
    const attainment = attainmentSql('k.direction', 'm.value', 't.value');
    return entities(
      ctx,
      Kpi,
      sql`select k.* from kpi k
          join lateral (select lm.period, lm.value from kpi_measurement lm
                        where lm.kpi_id = k.id and lm.period between ${start}::date and ${upper}::date
                        order by lm.period desc limit 1) m on true
          join kpi_target t on t.kpi_id = k.id and t.period = m.period
          cross join lateral (
            select count(*) as projects, count(*) filter (where p.health <> 'GREEN') as not_green
            from key_result kr
            join project_contribution pc on pc.goal_id = kr.goal_id
            join tech_project p on p.id = pc.project_id and p.archived_at is null and p.status <> 'CANCELLED'
              and ${inScope('p.org_unit_id', ctx.scope)}
            where kr.kpi_id = k.id) linked
          where k.archived_at is null and ${inScope('k.org_unit_id', ctx.scope)}
            and ${statusSql(attainment, 'k.amber_threshold', 'k.red_threshold')} = 'RED'
            and linked.projects > 0 and linked.not_green = 0
          order by k.code`,
    );
  }
}
