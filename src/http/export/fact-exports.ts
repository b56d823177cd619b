import type { Knex } from '@mikro-orm/postgresql';
import type { OrgScope } from '../../auth/org-scope';
import type { AppConfig } from '../../config';
import { applyBudgetFactFilter, type BudgetFactFilter } from '../../facts/budget-fact.filter';
import {
  BudgetFactOrderField,
  budgetFactOrderColumns,
  budgetFactTieBreak,
} from '../../facts/budget-fact.order';
import { budgetFactRows, toBudgetFact } from '../../facts/budget-facts.query';
import { applyKpiFactFilter, type KpiFactFilter } from '../../facts/kpi-fact.filter';
import { KpiFactOrderField, kpiFactOrderColumns, kpiFactTieBreak } from '../../facts/kpi-fact.order';
import { kpiFactRows, toKpiFact } from '../../facts/kpi-facts.query';
import { applyProjectFactFilter, type ProjectFactFilter } from '../../facts/project-fact.filter';
import {
  ProjectFactOrderField,
  projectFactOrderColumns,
  projectFactTieBreak,
} from '../../facts/project-fact.order';
import { projectFactRows, toProjectFact } from '../../facts/project-facts.query';
import { type OrderInput, type OrderKey, resolveOrder, type Row } from '../../graphql/pagination';
import { todayUtc } from '../../views/shared/as-of';
import type { ExportArguments } from './export-params';

/** One CSV export: the facts query it mirrors (for its filter input and columns) and its SQL. */
export interface FactExport {
  /** `/export/<path>.csv` */
  path: string;
  /** The GraphQL query whose `filter` and `orderBy` arguments the export takes. */
  queryField: string;
  /** The GraphQL row type: its fields, in order, are the CSV columns. */
  typeName: string;
  /** The filtered, scoped rows (unordered) and their order keys, tie-break last. */
  rows(
    knex: Knex,
    scope: OrgScope | null,
    args: ExportArguments,
    config: AppConfig,
  ): { base: Knex.QueryBuilder; keys: OrderKey[] };
  /** A row of the SQL as the GraphQL fact (global IDs). */
  toFact(row: Row): object;
}

type Order<F extends string> = OrderInput<F>[];

export const FACT_EXPORTS: FactExport[] = [
  {
    path: 'kpi-facts',
    queryField: 'kpiFacts',
    typeName: 'KpiFact',
    rows(knex, scope, { filter, orderBy }) {
      const f = filter as unknown as KpiFactFilter;
      const base = kpiFactRows(knex, scope, f.includeArchived ?? false);
      applyKpiFactFilter(base, f);
      const keys = resolveOrder(
        orderBy as Order<KpiFactOrderField>,
        kpiFactOrderColumns,
        [{ field: KpiFactOrderField.PERIOD }],
        kpiFactTieBreak,
      );
      return { base, keys };
    },
    toFact: toKpiFact,
  },
  {
    path: 'budget-facts',
    queryField: 'budgetFacts',
    typeName: 'BudgetFact',
    rows(knex, scope, { filter, orderBy }, config) {
      const f = filter as unknown as BudgetFactFilter;
      const base = budgetFactRows(knex, scope, f.includeArchived ?? false, config.reportingCurrency);
      applyBudgetFactFilter(base, f);
      const keys = resolveOrder(
        orderBy as Order<BudgetFactOrderField>,
        budgetFactOrderColumns,
        [{ field: BudgetFactOrderField.MONTH }],
        budgetFactTieBreak,
      );
      return { base, keys };
    },
    toFact: toBudgetFact,
  },
  {
    path: 'project-facts',
    queryField: 'projectFacts',
    typeName: 'ProjectFact',
    rows(knex, scope, { filter, orderBy }) {
      const f = filter as unknown as ProjectFactFilter;
      const base = projectFactRows(knex, scope, f.includeArchived ?? false, todayUtc());
      applyProjectFactFilter(base, f);
      const keys = resolveOrder(
        orderBy as Order<ProjectFactOrderField>,
        projectFactOrderColumns,
        [{ field: ProjectFactOrderField.PROJECT_CODE }],
        projectFactTieBreak,
      );
      return { base, keys };
    },
    toFact: toProjectFact,
  },
];
