import { IsDefined, IsEnum, IsNumber, IsOptional, Length, Matches, ValidateIf } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { KpiDirection } from './kpi-direction.enum';
import { KpiFrequency } from './kpi-frequency.enum';
import { KPI_CODE_MESSAGE, KPI_CODE_PATTERN, MAX_THRESHOLD } from './kpi-code';
import { ProcessArea } from './process-area.enum';

/** Validates a field only when it is sent (omitted means "leave as is") and refuses null. */
function WhenSent(): PropertyDecorator {
  return (target, key) => {
    ValidateIf((_object: unknown, value: unknown) => value !== undefined)(target, key);
    IsDefined({ message: '$property cannot be null' })(target, key);
  };
}

@InputType({
  description:
    'Changes to a KPI: omitted fields stay as they are; description and ownerId can be cleared with null, other fields cannot be null.',
})
export class UpdateKpiInput {
  @Field({ nullable: true, description: 'New unique code: letters, digits, "-" and "_", 2–40 characters.' })
  @WhenSent()
  @Matches(KPI_CODE_PATTERN, { message: KPI_CODE_MESSAGE })
  code?: string;

  @Field({ nullable: true, description: 'New display name, 1–200 characters.' })
  @WhenSent()
  @Length(1, 200)
  name?: string;

  @Field(() => String, { nullable: true, description: 'New description; null clears it.' })
  @IsOptional()
  @Length(0, 10_000)
  description?: string | null;

  @Field({ nullable: true, description: 'New unit, 1–40 characters.' })
  @WhenSent()
  @Length(1, 40)
  unit?: string;

  @Field(() => KpiDirection, { nullable: true, description: 'New direction.' })
  @WhenSent()
  @IsEnum(KpiDirection)
  direction?: KpiDirection;

  @Field(() => KpiFrequency, {
    nullable: true,
    description:
      'New frequency; switching to QUARTERLY is refused while the KPI has measurements or targets on periods that do not start a quarter.',
  })
  @WhenSent()
  @IsEnum(KpiFrequency)
  frequency?: KpiFrequency;

  @Field(() => ProcessArea, { nullable: true, description: 'New process area.' })
  @WhenSent()
  @IsEnum(ProcessArea)
  processArea?: ProcessArea;

  @Field(() => ID, { nullable: true, description: 'ID of the new responsible OrgUnit.' })
  @WhenSent()
  @Length(1, 200)
  orgUnitId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'ID of the new accountable Person; null clears the owner.',
  })
  @IsOptional()
  ownerId?: string | null;

  @Field(() => Float, {
    nullable: true,
    description: `New GREEN threshold (attainment ratio). Rule on the result: 0 < redThreshold ≤ amberThreshold ≤ ${MAX_THRESHOLD}.`,
  })
  @WhenSent()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  amberThreshold?: number;

  @Field(() => Float, {
    nullable: true,
    description: `New RED threshold (attainment ratio). Rule on the result: 0 < redThreshold ≤ amberThreshold ≤ ${MAX_THRESHOLD}.`,
  })
  @WhenSent()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  redThreshold?: number;
}
