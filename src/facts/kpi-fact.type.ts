import { Field, Float, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars';
import { KpiDirection } from '../operations/kpi-direction.enum';
import { KpiFrequency } from '../operations/kpi-frequency.enum';
import { ProcessArea } from '../operations/process-area.enum';
import { ATTAINMENT_DESCRIPTION, STATUS_DESCRIPTION } from '../views/shared/kpi-sql';
import { RagStatus } from '../views/shared/rag-status.enum';

@ObjectType({
  description:
    'One flat fact row: a KPI in one period (a period with a measurement, a target or both), its dimensions inlined. Only scalar columns, stable names.',
})
export class KpiFact {
  @Field(() => ID, { description: 'Global ID of the KPI (use it in `node(id)` or a `kpiId` filter).' })
  kpiId!: string;

  @Field({ description: 'KPI code.' })
  kpiCode!: string;

  @Field({ description: 'KPI name.' })
  kpiName!: string;

  @Field({ description: 'Unit of value and target, e.g. "%".' })
  unit!: string;

  @Field(() => KpiDirection, { description: 'Whether higher or lower values are better.' })
  direction!: KpiDirection;

  @Field(() => KpiFrequency, { description: 'MONTHLY or QUARTERLY.' })
  frequency!: KpiFrequency;

  @Field(() => ProcessArea, { description: 'Process area of the KPI.' })
  processArea!: ProcessArea;

  @Field(() => ID, { description: 'Global ID of the org unit responsible for the KPI.' })
  orgUnitId!: string;

  @Field({ description: 'Code of the org unit responsible for the KPI.' })
  orgUnitCode!: string;

  @Field({ description: 'Name of the org unit responsible for the KPI.' })
  orgUnitName!: string;

  @Field(() => DateScalar, { description: 'The period: first day of its month (or quarter).' })
  period!: string;

  @Field(() => Float, { nullable: true, description: 'Measured value; null when only a target exists.' })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'Target value for the period; null when none is set.' })
  target!: number | null;

  @Field(() => Float, { nullable: true, description: ATTAINMENT_DESCRIPTION })
  attainment!: number | null;

  @Field(() => RagStatus, { description: STATUS_DESCRIPTION })
  status!: RagStatus;

  @Field(() => Float, { description: 'The KPI amber threshold (attainment ratio; GREEN at or above).' })
  amberThreshold!: number;

  @Field(() => Float, {
    description: 'The KPI red threshold (attainment ratio; AMBER at or above, RED below).',
  })
  redThreshold!: number;

  @Field(() => String, { nullable: true, description: 'The system that reported the value, e.g. "MES".' })
  source!: string | null;
}
