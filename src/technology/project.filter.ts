import type { Knex } from '@mikro-orm/postgresql';
import { Field, ID, InputType } from 'type-graphql';
import { type OrgScope, whereInOrgScope } from '../auth/org-scope';
import {
  DateRange,
  IntRange,
  whereIdIn,
  whereIn,
  whereNotArchived,
  whereOrgUnit,
  whereRange,
  whereSearch,
} from '../graphql/pagination';
import { ProjectHealth } from './project-health.enum';
import { ProjectStatus } from './project-status.enum';

@InputType({
  description:
    'Filter of the `projects` list; all given conditions must hold. List fields take one value (equality) or a list (any of them).',
})
export class TechProjectFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these projects (global IDs).' })
  ids?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Exact code, or any of a list of codes.' })
  code?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Case-insensitive text contained in the code or the name.',
  })
  search?: string | null;

  @Field(() => [ProjectStatus], { nullable: true, description: 'Status equal to this, or any of a list.' })
  status?: ProjectStatus[] | null;

  @Field(() => [ProjectHealth], {
    nullable: true,
    description: 'Reported health equal to this, or any of a list.',
  })
  health?: ProjectHealth[] | null;

  @Field(() => IntRange, { nullable: true, description: 'Progress (0–100 %) within this range.' })
  progress?: IntRange | null;

  @Field(() => DateRange, { nullable: true, description: 'Planned start within this range.' })
  plannedStart?: DateRange | null;

  @Field(() => DateRange, { nullable: true, description: 'Planned end within this range.' })
  plannedEnd?: DateRange | null;

  @Field(() => DateRange, {
    nullable: true,
    description: 'Actual end within this range (projects not yet delivered never match).',
  })
  actualEnd?: DateRange | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Sponsored by this person, or any of a list (global IDs).',
  })
  sponsorId?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Funded by this budget, or any of a list (global IDs).' })
  budgetId?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only projects of this org unit (global ID); with `includeSubunits` of its whole subtree.',
  })
  orgUnitId?: string | null;

  @Field({ defaultValue: false, description: 'With `orgUnitId`: include every unit below it (recursive).' })
  includeSubunits!: boolean;

  @Field({ defaultValue: false, description: 'Include archived projects too; false by default.' })
  includeArchived!: boolean;
}

/** The filtered, scoped projects as `select t.* from tech_project t where …`. */
export function projectRows(
  knex: Knex,
  filter: TechProjectFilter | null | undefined,
  scope: OrgScope | null,
) {
  const qb = knex.select('t.*').from('tech_project as t');
  const f = filter ?? ({} as TechProjectFilter);
  whereNotArchived(qb, 't.archived_at', f.includeArchived);
  whereIdIn(qb, 't.id', f.ids, 'TechProject', 'filter.ids');
  whereIn(qb, 't.code', f.code);
  whereSearch(qb, ['t.code', 't.name'], f.search);
  whereIn(qb, 't.status', f.status);
  whereIn(qb, 't.health', f.health);
  whereRange(qb, 't.progress', f.progress, 'filter.progress');
  whereRange(qb, 't.planned_start', f.plannedStart, 'filter.plannedStart');
  whereRange(qb, 't.planned_end', f.plannedEnd, 'filter.plannedEnd');
  whereRange(qb, 't.actual_end', f.actualEnd, 'filter.actualEnd');
  whereIdIn(qb, 't.sponsor_id', f.sponsorId, 'Person', 'filter.sponsorId');
  whereIdIn(qb, 't.budget_id', f.budgetId, 'Budget', 'filter.budgetId');
  whereOrgUnit(qb, 't.org_unit_id', f.orgUnitId, f.includeSubunits);
  return whereInOrgScope(qb, 't.org_unit_id', scope);
}
