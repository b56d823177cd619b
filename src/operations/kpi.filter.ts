import type { Knex } from '@mikro-orm/postgresql';
import { Field, ID, InputType } from 'type-graphql';
import { type OrgScope, whereInOrgScope } from '../auth/org-scope';
import {
  FloatRange,
  whereIdIn,
  whereIn,
  whereNotArchived,
  whereOrgUnit,
  whereRange,
  whereSearch,
} from '../graphql/pagination';
import { KpiDirection } from './kpi-direction.enum';
import { KpiFrequency } from './kpi-frequency.enum';
import { ProcessArea } from './process-area.enum';

@InputType({
  description:
    'Filter of the `kpis` list; all given conditions must hold. List fields take one value (equality) or a list (any of them).',
})
export class KpiFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these KPIs (global IDs).' })
  ids?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Exact code, or any of a list of codes.' })
  code?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Case-insensitive text contained in the code or the name.',
  })
  search?: string | null;

  @Field(() => [ProcessArea], {
    nullable: true,
    description: 'Process area equal to this, or any of a list.',
  })
  processArea?: ProcessArea[] | null;

  @Field(() => [KpiDirection], { nullable: true, description: 'Direction equal to this, or any of a list.' })
  direction?: KpiDirection[] | null;

  @Field(() => [KpiFrequency], { nullable: true, description: 'Frequency equal to this, or any of a list.' })
  frequency?: KpiFrequency[] | null;

  @Field(() => [String], { nullable: true, description: 'Unit equal to this, or any of a list (e.g. "%").' })
  unit?: string[] | null;

  @Field(() => FloatRange, { nullable: true, description: 'Amber threshold within this range.' })
  amberThreshold?: FloatRange | null;

  @Field(() => FloatRange, { nullable: true, description: 'Red threshold within this range.' })
  redThreshold?: FloatRange | null;

  @Field(() => [ID], { nullable: true, description: 'Owned by this person, or any of a list (global IDs).' })
  ownerId?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only KPIs of this org unit (global ID); with `includeSubunits` of its whole subtree.',
  })
  orgUnitId?: string | null;

  @Field({ defaultValue: false, description: 'With `orgUnitId`: include every unit below it (recursive).' })
  includeSubunits!: boolean;

  @Field({ defaultValue: false, description: 'Include archived KPIs too; false by default.' })
  includeArchived!: boolean;
}

/** The filtered, scoped KPIs as `select t.* from kpi t where …`. */
export function kpiRows(knex: Knex, filter: KpiFilter | null | undefined, scope: OrgScope | null) {
  const qb = knex.select('t.*').from('kpi as t');
  const f = filter ?? ({} as KpiFilter);
  whereNotArchived(qb, 't.archived_at', f.includeArchived);
  whereIdIn(qb, 't.id', f.ids, 'Kpi', 'filter.ids');
  whereIn(qb, 't.code', f.code);
  whereSearch(qb, ['t.code', 't.name'], f.search);
  whereIn(qb, 't.process_area', f.processArea);
  whereIn(qb, 't.direction', f.direction);
  whereIn(qb, 't.frequency', f.frequency);
  whereIn(qb, 't.unit', f.unit);
  whereRange(qb, 't.amber_threshold', f.amberThreshold, 'filter.amberThreshold');
  whereRange(qb, 't.red_threshold', f.redThreshold, 'filter.redThreshold');
  whereIdIn(qb, 't.owner_id', f.ownerId, 'Person', 'filter.ownerId');
  whereOrgUnit(qb, 't.org_unit_id', f.orgUnitId, f.includeSubunits);
  return whereInOrgScope(qb, 't.org_unit_id', scope);
}
