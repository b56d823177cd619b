import { type OrgScope, orgScopeCondition } from './org-scope';

/** A raw SQL condition with its `?` bindings. */
export interface ScopeSql {
  sql: string;
  bindings: unknown[];
}

const TRUE: ScopeSql = { sql: 'true', bindings: [] };

function all(parts: ScopeSql[], join: 'or' | 'and'): ScopeSql {
  return {
    sql: `(${parts.map((part) => part.sql).join(` ${join} `)})`,
    bindings: parts.flatMap((part) => part.bindings),
  };
}

/** `exists (select 1 from <table> x where x.id = <fk> and x.org_unit_id in subtree)`. */
function ownerIn(table: string, fkColumn: string, scope: OrgScope): ScopeSql {
  const inner = orgScopeCondition('x.org_unit_id', scope);
  return {
    sql: `exists (select 1 from ${table} x where x.id = ${fkColumn} and ${inner.sql})`,
    bindings: inner.bindings,
  };
}

/**
 * A goal directly in a UNIT_LEAD's scope: its owner belongs to the subtree, or a KPI that measures
 * it (key result), a budget that funds it or a project that serves it (contribution) is owned inside
 * the subtree. `goalColumn` / `ownerColumn` are SQL expressions of the goal's id and owner_id.
 */
function goalDirectlyInScope(goalColumn: string, ownerColumn: string, scope: OrgScope): ScopeSql {
  const person = orgScopeCondition('p.org_unit_id', scope);
  const kpi = orgScopeCondition('k.org_unit_id', scope);
  const budget = orgScopeCondition('b.org_unit_id', scope);
  const project = orgScopeCondition('tp.org_unit_id', scope);
  return {
    sql: `(exists (select 1 from person p where p.id = ${ownerColumn} and ${person.sql})
      or exists (select 1 from key_result kr join kpi k on k.id = kr.kpi_id where kr.goal_id = ${goalColumn} and ${kpi.sql})
      or exists (select 1 from budget b where b.goal_id = ${goalColumn} and ${budget.sql})
      or exists (select 1 from project_contribution pc join tech_project tp on tp.id = pc.project_id where pc.goal_id = ${goalColumn} and ${project.sql}))`,
    bindings: [...person.bindings, ...kpi.bindings, ...budget.bindings, ...project.bindings],
  };
}

/**
 * A goal is visible to a UNIT_LEAD when it, or any goal below it in the goal tree, is directly in
 * scope (see goalDirectlyInScope): the unit lead sees the goals its work serves, up to the corporate
 * goal, and nothing else of the strategy. `true` when unrestricted.
 */
export function goalInScope(goalColumn: string, scope: OrgScope | null): ScopeSql {
  if (!scope) return TRUE;
  const direct = goalDirectlyInScope('below.id', 'below.owner_id', scope);
  return {
    sql: `exists (with recursive below(id, owner_id) as (
        select g0.id, g0.owner_id from strategic_goal g0 where g0.id = ${goalColumn}
        union select c.id, c.owner_id from strategic_goal c join below on c.parent_id = below.id)
      select 1 from below where ${direct.sql})`,
    bindings: direct.bindings,
  };
}

/**
 * A risk is visible to a UNIT_LEAD when its owner belongs to the subtree, its KPI or project is
 * owned inside it, or its goal is visible (goalInScope). `alias` is the risk table's alias.
 */
export function riskInScope(alias: string, scope: OrgScope | null): ScopeSql {
  if (!scope) return TRUE;
  const goal = goalInScope('g.id', scope);
  return all(
    [
      ownerIn('person', `${alias}.owner_id`, scope),
      ownerIn('kpi', `${alias}.kpi_id`, scope),
      ownerIn('tech_project', `${alias}.project_id`, scope),
      {
        sql: `exists (select 1 from strategic_goal g where g.id = ${alias}.goal_id and ${goal.sql})`,
        bindings: goal.bindings,
      },
    ],
    'or',
  );
}

/**
 * A person is visible to a UNIT_LEAD when they belong to the subtree, or own one of its KPIs or
 * sponsor one of its projects (so `kpi.owner` / `project.sponsor` of an in-scope row resolve; the
 * e-mail address stays hidden from UNIT_LEAD anyway).
 */
function personInScope(alias: string, scope: OrgScope): ScopeSql {
  const unit = orgScopeCondition(`${alias}.org_unit_id`, scope);
  const kpi = orgScopeCondition('ko.org_unit_id', scope);
  const project = orgScopeCondition('po.org_unit_id', scope);
  return {
    sql: `(${unit.sql}
      or exists (select 1 from kpi ko where ko.owner_id = ${alias}.id and ${kpi.sql})
      or exists (select 1 from tech_project po where po.sponsor_id = ${alias}.id and ${project.sql}))`,
    bindings: [...unit.bindings, ...kpi.bindings, ...project.bindings],
  };
}

type Rule = (alias: string, scope: OrgScope) => ScopeSql;

/**
 * The visibility rule of every entity class for a UNIT_LEAD, as SQL on the entity's table aliased
 * `alias`. Org-unit-owned rows by their org unit; rows hanging off them by their parent; goals and
 * risks by what links them to the subtree; exchange rates are public. An entity class without a
 * rule is invisible to a scoped caller (deny by default).
 */
const RULES: Record<string, Rule | 'public'> = {
  OrgUnit: (a, s) => orgScopeCondition(`${a}.id`, s),
  Person: personInScope,
  Kpi: (a, s) => orgScopeCondition(`${a}.org_unit_id`, s),
  KpiTarget: (a, s) => ownerIn('kpi', `${a}.kpi_id`, s),
  KpiMeasurement: (a, s) => ownerIn('kpi', `${a}.kpi_id`, s),
  KeyResult: (a, s) => ownerIn('kpi', `${a}.kpi_id`, s),
  Budget: (a, s) => orgScopeCondition(`${a}.org_unit_id`, s),
  BudgetActual: (a, s) => ownerIn('budget', `${a}.budget_id`, s),
  TechProject: (a, s) => orgScopeCondition(`${a}.org_unit_id`, s),
  Milestone: (a, s) => ownerIn('tech_project', `${a}.project_id`, s),
  ProjectContribution: (a, s) => ownerIn('tech_project', `${a}.project_id`, s),
  StrategicGoal: (a, s) => goalInScope(`${a}.id`, s),
  Risk: riskInScope,
  ExchangeRate: 'public',
};

/**
 * The SQL condition that restricts rows of `entityName` (table aliased `alias`) to what `scope` may
 * see; null when nothing needs restricting (unrestricted caller or a public type).
 */
export function entityScopeCondition(
  entityName: string,
  alias: string,
  scope: OrgScope | null,
): ScopeSql | null {
  if (!scope) return null;
  const rule = RULES[entityName];
  if (rule === 'public') return null;
  if (!rule) return { sql: 'false', bindings: [] };
  return rule(alias, scope);
}
