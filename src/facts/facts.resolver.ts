import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { ConnectionArgs, connectionTypes, resolveOrder } from '../graphql/pagination';
import { todayUtc } from '../views/shared/as-of';
import { BudgetFactFilter, applyBudgetFactFilter } from './budget-fact.filter';
import {
  BudgetFactOrder,
  BudgetFactOrderField,
  budgetFactOrderColumns,
  budgetFactTieBreak,
} from './budget-fact.order';
import { BudgetFact } from './budget-fact.type';
import { budgetFactRows, toBudgetFact } from './budget-facts.query';
import { pageOfFacts } from './fact-page';
import { KpiFactFilter, applyKpiFactFilter } from './kpi-fact.filter';
import { KpiFactOrder, KpiFactOrderField, kpiFactOrderColumns, kpiFactTieBreak } from './kpi-fact.order';
import { KpiFact } from './kpi-fact.type';
import { kpiFactRows, toKpiFact } from './kpi-facts.query';
import { ProjectFactFilter, applyProjectFactFilter } from './project-fact.filter';
import {
  ProjectFactOrder,
  ProjectFactOrderField,
  projectFactOrderColumns,
  projectFactTieBreak,
} from './project-fact.order';
import { ProjectFact } from './project-fact.type';
import { projectFactRows, toProjectFact } from './project-facts.query';

export const { Connection: KpiFactConnection } = connectionTypes(
  'KpiFact',
  () => KpiFact,
  'KPI fact row',
  true,
);
export const { Connection: BudgetFactConnection } = connectionTypes(
  'BudgetFact',
  () => BudgetFact,
  'budget fact row',
  true,
);
export const { Connection: ProjectFactConnection } = connectionTypes(
  'ProjectFact',
  () => ProjectFact,
  'project fact row',
  true,
);

const SORT = 'Sort keys, most significant first; the row key is always the last tie-break.';

/** Flat fact tables for BI tools: scalar columns only, keyset paging, the same filters as the lists. */
@Resolver()
export class FactsResolver {
  @Query(() => KpiFactConnection, {
    description:
      'KPI facts: one flat row per KPI × period (measurement, target, attainment, status, dimensions inlined), keyset-paged (at most 1,000 rows a page) in (period, KPI) order by default. A UNIT_LEAD sees the KPIs of their subtree.',
  })
  async kpiFacts(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => KpiFactFilter, { nullable: true, description: 'Which rows.' })
    filter: KpiFactFilter | null,
    @Arg('orderBy', () => [KpiFactOrder], { nullable: true, description: `${SORT} Default: period.` })
    orderBy: KpiFactOrder[] | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const base = kpiFactRows(ctx.em.getKnex(), ctx.scope, filter?.includeArchived ?? false);
    applyKpiFactFilter(base, filter);
    const keys = resolveOrder(
      orderBy,
      kpiFactOrderColumns,
      [{ field: KpiFactOrderField.PERIOD }],
      kpiFactTieBreak,
    );
    return KpiFactConnection.from(
      await pageOfFacts(ctx, { list: 'kpiFacts', base, keys, filter, orderBy, args }, toKpiFact),
    );
  }

  @Query(() => BudgetFactConnection, {
    description:
      'Budget facts: one flat row per budget × month of its fiscal year (planned, actual, reporting-currency amounts, dimensions inlined), keyset-paged (at most 1,000 rows a page) in (month, budget) order by default. A UNIT_LEAD sees the budgets of their subtree.',
  })
  async budgetFacts(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => BudgetFactFilter, { nullable: true, description: 'Which rows.' })
    filter: BudgetFactFilter | null,
    @Arg('orderBy', () => [BudgetFactOrder], { nullable: true, description: `${SORT} Default: month.` })
    orderBy: BudgetFactOrder[] | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const base = budgetFactRows(
      ctx.em.getKnex(),
      ctx.scope,
      filter?.includeArchived ?? false,
      ctx.config.reportingCurrency,
    );
    applyBudgetFactFilter(base, filter);
    const keys = resolveOrder(
      orderBy,
      budgetFactOrderColumns,
      [{ field: BudgetFactOrderField.MONTH }],
      budgetFactTieBreak,
    );
    return BudgetFactConnection.from(
      await pageOfFacts(ctx, { list: 'budgetFacts', base, keys, filter, orderBy, args }, toBudgetFact),
    );
  }

  @Query(() => ProjectFactConnection, {
    description:
      'Project facts: one flat row per technology project (status, health, progress, dates, schedule slip as of today, funding and spend, dimensions inlined), keyset-paged (at most 1,000 rows a page) in project-code order by default. A UNIT_LEAD sees the projects of their subtree.',
  })
  async projectFacts(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => ProjectFactFilter, { nullable: true, description: 'Which rows.' })
    filter: ProjectFactFilter | null,
    @Arg('orderBy', () => [ProjectFactOrder], {
      nullable: true,
      description: `${SORT} Default: project code.`,
    })
    orderBy: ProjectFactOrder[] | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const base = projectFactRows(ctx.em.getKnex(), ctx.scope, filter?.includeArchived ?? false, todayUtc());
    applyProjectFactFilter(base, filter);
    const keys = resolveOrder(
      orderBy,
      projectFactOrderColumns,
      [{ field: ProjectFactOrderField.PROJECT_CODE }],
      projectFactTieBreak,
    );
    return ProjectFactConnection.from(
      await pageOfFacts(ctx, { list: 'projectFacts', base, keys, filter, orderBy, args }, toProjectFact),
    );
  }
}
