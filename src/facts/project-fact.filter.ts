import type { Knex } from '@mikro-orm/postgresql';
import { Field, ID, InputType } from 'type-graphql';
import {
  DateRange,
  IntRange,
  whereIdIn,
  whereIn,
  whereOrgUnit,
  whereRange,
  whereSearch,
} from '../graphql/pagination';
import { ProjectHealth } from '../technology/project-health.enum';
import { ProjectStatus } from '../technology/project-status.enum';

@InputType({
  description:
    'Filter of `projectFacts`; all given conditions must hold. List fields take one value (equality) or a list (any of them).',
})
export class ProjectFactFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these projects (global IDs).' })
  projectId?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Project code equal to this, or any of a list.' })
  projectCode?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Case-insensitive text contained in the project code or name.',
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

  @Field(() => DateRange, { nullable: true, description: 'Planned end within this range.' })
  plannedEnd?: DateRange | null;

  @Field(() => IntRange, { nullable: true, description: 'Schedule slip in days within this range.' })
  scheduleSlipDays?: IntRange | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Funded by the budget with this code, or any of a list.',
  })
  fundingBudgetCode?: string[] | null;

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

/** Adds the filter (except includeArchived, applied inside the fact SQL) to `factRows`. */
export function applyProjectFactFilter(
  qb: Knex.QueryBuilder,
  filter: ProjectFactFilter | null | undefined,
): void {
  const f = filter ?? ({} as ProjectFactFilter);
  whereIdIn(qb, 'f.projectId', f.projectId, 'TechProject', 'filter.projectId');
  whereIn(qb, 'f.projectCode', f.projectCode);
  whereSearch(qb, ['f.projectCode', 'f.projectName'], f.search);
  whereIn(qb, 'f.status', f.status);
  whereIn(qb, 'f.health', f.health);
  whereRange(qb, 'f.progress', f.progress, 'filter.progress');
  whereRange(qb, 'f.plannedEnd', f.plannedEnd, 'filter.plannedEnd');
  whereRange(qb, 'f.scheduleSlipDays', f.scheduleSlipDays, 'filter.scheduleSlipDays');
  whereIn(qb, 'f.fundingBudgetCode', f.fundingBudgetCode);
  whereOrgUnit(qb, 'f."orgUnitId"', f.orgUnitId, f.includeSubunits);
}
