import { IsEnum, IsNumber, IsOptional, Length, Matches } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { KpiDirection } from './kpi-direction.enum';
import { KpiFrequency } from './kpi-frequency.enum';
import { DEFAULT_AMBER_THRESHOLD, DEFAULT_RED_THRESHOLD } from './kpi.entity';
import { KPI_CODE_MESSAGE, KPI_CODE_PATTERN, MAX_THRESHOLD } from './kpi-code';
import { ProcessArea } from './process-area.enum';

@InputType({ description: 'A new operational KPI.' })
export class CreateKpiInput {
  @Field({
    description: 'Unique code (the natural key of the feeds): letters, digits, "-" and "_", 2–40 characters.',
  })
  @Matches(KPI_CODE_PATTERN, { message: KPI_CODE_MESSAGE })
  code!: string;

  @Field({ description: 'Display name, 1–200 characters.' })
  @Length(1, 200)
  name!: string;

  @Field({ nullable: true, description: 'What is measured and how.' })
  @IsOptional()
  @Length(0, 10_000)
  description?: string;

  @Field({ description: 'Unit of the values, 1–40 characters, e.g. "%", "EUR", "days", "count".' })
  @Length(1, 40)
  unit!: string;

  @Field(() => KpiDirection, { description: 'Whether higher or lower values are better.' })
  @IsEnum(KpiDirection)
  direction!: KpiDirection;

  @Field(() => KpiFrequency, {
    defaultValue: KpiFrequency.MONTHLY,
    description: 'How often the KPI is measured; MONTHLY by default.',
  })
  @IsEnum(KpiFrequency)
  frequency!: KpiFrequency;

  @Field(() => ProcessArea, { description: 'The process area measured.' })
  @IsEnum(ProcessArea)
  processArea!: ProcessArea;

  @Field(() => ID, { description: 'ID of the responsible OrgUnit.' })
  orgUnitId!: string;

  @Field(() => ID, { nullable: true, description: 'ID of the accountable Person.' })
  @IsOptional()
  ownerId?: string;

  @Field(() => Float, {
    defaultValue: DEFAULT_AMBER_THRESHOLD,
    description: `Attainment ratio at or above which the KPI is GREEN; default ${DEFAULT_AMBER_THRESHOLD}. Rule: 0 < redThreshold ≤ amberThreshold ≤ ${MAX_THRESHOLD}.`,
  })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  amberThreshold!: number;

  @Field(() => Float, {
    defaultValue: DEFAULT_RED_THRESHOLD,
    description: `Attainment ratio below which the KPI is RED (AMBER between it and amberThreshold); default ${DEFAULT_RED_THRESHOLD}. Rule: 0 < redThreshold ≤ amberThreshold ≤ ${MAX_THRESHOLD}.`,
  })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  redThreshold!: number;
}
