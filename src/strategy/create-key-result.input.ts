import { IsNumber, Length, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars';
import { MAX_TARGET_ABS, MIN_WEIGHT } from './key-result-rules';

@InputType({ description: 'A new key result: a KPI that measures a goal. One per goal and KPI.' })
export class CreateKeyResultInput {
  @Field(() => ID, { description: 'ID of the StrategicGoal measured (not archived).' })
  @Length(1, 200)
  goalId!: string;

  @Field(() => ID, { description: 'ID of the Kpi that measures the goal (not archived).' })
  @Length(1, 200)
  kpiId!: string;

  @Field(() => Float, { description: 'The KPI value the goal needs by the due date.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-MAX_TARGET_ABS)
  @Max(MAX_TARGET_ABS)
  targetValue!: number;

  @Field(() => DateScalar, { description: 'When the target value must be reached.' })
  dueDate!: string;

  @Field(() => Float, {
    description:
      "Weight of this key result in the goal's health, in (0, 1] (stored with 4 decimals, so ≥ 0.0001).",
  })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(MIN_WEIGHT, { message: 'weight must be in (0, 1] (at least 0.0001)' })
  @Max(1, { message: 'weight must be in (0, 1]' })
  weight!: number;
}
