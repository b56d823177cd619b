import type { Knex } from '@mikro-orm/postgresql';
import { Field, ID, InputType } from 'type-graphql';
import { type OrgScope, whereInOrgScope } from '../auth/org-scope';
import { whereIdIn, whereIn, whereNotArchived, whereOrgUnit, whereSearch } from '../graphql/pagination';
import { ExecutiveFunction } from './executive-function.enum';

@InputType({
  description:
    'Filter of the `orgUnits` list; all given conditions must hold. List fields take one value (equality) or a list (any of them).',
})
export class OrgUnitFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these units (global IDs).' })
  ids?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Exact code, or any of a list of codes.' })
  code?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Case-insensitive text contained in the code or the name.',
  })
  search?: string | null;

  @Field(() => [ExecutiveFunction], {
    nullable: true,
    description: 'Executive function equal to this, or any of a list.',
  })
  function?: ExecutiveFunction[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Direct children of this unit, or of any of a list (global IDs).',
  })
  parentId?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only root units (no parent); false: only units with a parent.',
  })
  root?: boolean | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only this unit (global ID); with `includeSubunits` the unit and its whole subtree.',
  })
  orgUnitId?: string | null;

  @Field({ defaultValue: false, description: 'With `orgUnitId`: include every unit below it (recursive).' })
  includeSubunits!: boolean;

  @Field({ defaultValue: false, description: 'Include archived units too; false by default.' })
  includeArchived!: boolean;
}

/** The filtered, scoped org units as `select t.* from org_unit t where …`. */
export function orgUnitRows(knex: Knex, filter: OrgUnitFilter | null | undefined, scope: OrgScope | null) {
  const qb = knex.select('t.*').from('org_unit as t');
  const f = filter ?? ({} as OrgUnitFilter);
  whereNotArchived(qb, 't.archived_at', f.includeArchived);
  whereIdIn(qb, 't.id', f.ids, 'OrgUnit', 'filter.ids');
  whereIn(qb, 't.code', f.code);
  whereSearch(qb, ['t.code', 't.name'], f.search);
  whereIn(qb, 't.function', f.function);
  whereIdIn(qb, 't.parent_id', f.parentId, 'OrgUnit', 'filter.parentId');
  if (f.root === true) qb.whereNull('t.parent_id');
  if (f.root === false) qb.whereNotNull('t.parent_id');
  whereOrgUnit(qb, 't.id', f.orgUnitId, f.includeSubunits);
  return whereInOrgScope(qb, 't.id', scope);
}
