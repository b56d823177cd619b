import type { Knex } from '@mikro-orm/postgresql';
import { Field, ID, InputType } from 'type-graphql';
import {
  DateRange,
  FloatRange,
  whereIdIn,
  whereIn,
  whereOrgUnit,
  whereRange,
  whereSearch,
} from '../graphql/pagination';
import { KpiDirection } from '../operations/kpi-direction.enum';
import { ProcessArea } from '../operations/process-area.enum';
import { RagStatus } from '../views/shared/rag-status.enum';

@InputType({
  description:
    'Filter of `kpiFacts`; all given conditions must hold. List fields take one value (equality) or a list (any of them).',
})
export class KpiFactFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these KPIs (global IDs).' })
  kpiId?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'KPI code equal to this, or any of a list.' })
  kpiCode?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Case-insensitive text contained in the KPI code or name.',
  })
  search?: string | null;

  @Field(() => [ProcessArea], {
    nullable: true,
    description: 'Process area equal to this, or any of a list.',
  })
  processArea?: ProcessArea[] | null;

  @Field(() => [KpiDirection], { nullable: true, description: 'Direction equal to this, or any of a list.' })
  direction?: KpiDirection[] | null;

  @Field(() => [RagStatus], { nullable: true, description: 'Status equal to this, or any of a list.' })
  status?: RagStatus[] | null;

  @Field(() => DateRange, { nullable: true, description: 'Period within this range (inclusive).' })
  period?: DateRange | null;

  @Field(() => FloatRange, { nullable: true, description: 'Measured value within this range.' })
  value?: FloatRange | null;

  @Field(() => FloatRange, { nullable: true, description: 'Attainment within this range.' })
  attainment?: FloatRange | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only KPIs of this org unit (global ID); with `includeSubunits` of its whole subtree.',
  })
  orgUnitId?: string | null;

  @Field({ defaultValue: false, description: 'With `orgUnitId`: include every unit below it (recursive).' })
  includeSubunits!: boolean;

  @Field({ defaultValue: false, description: 'Include rows of archived KPIs too; false by default.' })
  includeArchived!: boolean;
}

/** Adds the filter (except includeArchived, applied inside the fact SQL) to `factRows`. */
export function applyKpiFactFilter(qb: Knex.QueryBuilder, filter: KpiFactFilter | null | undefined): void {
  const f = filter ?? ({} as KpiFactFilter);
  whereIdIn(qb, 'f.kpiId', f.kpiId, 'Kpi', 'filter.kpiId');
  whereIn(qb, 'f.kpiCode', f.kpiCode);
  whereSearch(qb, ['f.kpiCode', 'f.kpiName'], f.search);
  whereIn(qb, 'f.processArea', f.processArea);
  whereIn(qb, 'f.direction', f.direction);
  whereIn(qb, 'f.status', f.status);
  whereRange(qb, 'f.period', f.period, 'filter.period');
  whereRange(qb, 'f.value', f.value, 'filter.value');
  whereRange(qb, 'f.attainment', f.attainment, 'filter.attainment');
  whereOrgUnit(qb, 'f."orgUnitId"', f.orgUnitId, f.includeSubunits);
}
