import { Field, Float, InputType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars';

// Feed rows are validated all at once by KpiFeedRepository (every bad row reported by index),
// not by class-validator, which would stop at the argument and cost per-row reflection.

@InputType({ description: 'One measured value of a KPI for the `recordKpiMeasurements` feed.' })
export class KpiMeasurementInput {
  @Field({ description: 'Code of the KPI (its natural key); must exist and not be archived.' })
  kpiCode!: string;

  @Field(() => DateScalar, {
    description: 'The period: first day of a month (MONTHLY KPIs) or of a quarter (QUARTERLY KPIs).',
  })
  period!: string;

  @Field(() => Float, { description: 'The measured value, in the KPI unit; a finite number.' })
  value!: number;

  @Field({ nullable: true, description: 'The reporting system or person, e.g. "ERP"; up to 100 characters.' })
  source?: string;
}

@InputType({ description: 'One target value of a KPI for `setKpiTargets`.' })
export class KpiTargetInput {
  @Field({ description: 'Code of the KPI (its natural key); must exist and not be archived.' })
  kpiCode!: string;

  @Field(() => DateScalar, {
    description: 'The period: first day of a month (MONTHLY KPIs) or of a quarter (QUARTERLY KPIs).',
  })
  period!: string;

  @Field(() => Float, { description: 'The target value for the period, in the KPI unit; a finite number.' })
  value!: number;
}
