import type { Knex } from '@mikro-orm/postgresql';
import { Field, ID, InputType } from 'type-graphql';
import { type OrgScope, whereInOrgScope } from '../auth/org-scope';
import { whereIdIn, whereIn, whereNotArchived, whereOrgUnit, whereSearch } from '../graphql/pagination';
import { ExecutiveRole } from './executive-role.enum';

@InputType({
  description:
    'Filter of the `people` list; all given conditions must hold. List fields take one value (equality) or a list (any of them).',
})
export class PersonFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these people (global IDs).' })
  ids?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Case-insensitive text contained in the name or the job title (not the e-mail address, which only some roles may see).',
  })
  search?: string | null;

  @Field(() => [ExecutiveRole], {
    nullable: true,
    description: 'Executive seat equal to this, or any of a list.',
  })
  executiveRole?: ExecutiveRole[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only people holding an executive seat; false: only people holding none.',
  })
  executive?: boolean | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only people of this org unit (global ID); with `includeSubunits` of its whole subtree.',
  })
  orgUnitId?: string | null;

  @Field({ defaultValue: false, description: 'With `orgUnitId`: include every unit below it (recursive).' })
  includeSubunits!: boolean;

  @Field({ defaultValue: false, description: 'Include archived people too; false by default.' })
  includeArchived!: boolean;
}

/** The filtered, scoped people as `select t.* from person t where …`. */
export function personRows(knex: Knex, filter: PersonFilter | null | undefined, scope: OrgScope | null) {
  const qb = knex.select('t.*').from('person as t');
  const f = filter ?? ({} as PersonFilter);
  whereNotArchived(qb, 't.archived_at', f.includeArchived);
  whereIdIn(qb, 't.id', f.ids, 'Person', 'filter.ids');
  whereSearch(qb, ['t.name', 't.title'], f.search);
  whereIn(qb, 't.executive_role', f.executiveRole);
  if (f.executive === true) qb.whereNotNull('t.executive_role');
  if (f.executive === false) qb.whereNull('t.executive_role');
  whereOrgUnit(qb, 't.org_unit_id', f.orgUnitId, f.includeSubunits);
  return whereInOrgScope(qb, 't.org_unit_id', scope);
}
