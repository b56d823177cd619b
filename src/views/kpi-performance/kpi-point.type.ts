import { Field, Float, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { ATTAINMENT_DESCRIPTION, STATUS_DESCRIPTION } from '../shared/kpi-sql';
import { RagStatus } from '../shared/rag-status.enum';

@ObjectType({ description: 'A KPI in one period: measured value, target, attainment and status.' })
export class KpiPoint {
  @Field(() => DateScalar, { description: 'The period: first day of its month or quarter.' })
  period!: string;

  @Field(() => Float, { nullable: true, description: 'The measured value; null when not measured.' })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'The target for the period; null when none is set.' })
  target!: number | null;

  @Field(() => Float, { nullable: true, description: ATTAINMENT_DESCRIPTION })
  attainment!: number | null;

  @Field(() => RagStatus, { description: STATUS_DESCRIPTION })
  status!: RagStatus;
}
