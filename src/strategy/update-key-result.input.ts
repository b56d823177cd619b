import { IsNumber, Max, Min } from 'class-validator';
import { Field, Float, InputType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars';
import { WhenSent } from '../technology/when-sent';
import { MAX_TARGET_ABS, MIN_WEIGHT } from './key-result-rules';

@InputType({
  description:
    'Changes to a key result: omitted fields stay as they are, none can be null. The goal and the KPI cannot change: delete the key result and create another.',
})
export class UpdateKeyResultInput {
  @Field(() => Float, { nullable: true, description: 'New target value of the KPI.' })
  @WhenSent()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-MAX_TARGET_ABS)
  @Max(MAX_TARGET_ABS)
  targetValue?: number;

  @Field(() => DateScalar, { nullable: true, description: 'New due date.' })
  @WhenSent()
  dueDate?: string;

  @Field(() => Float, {
    nullable: true,
    description: 'New weight in (0, 1] (stored with 4 decimals, so ≥ 0.0001).',
  })
  @WhenSent()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(MIN_WEIGHT, { message: 'weight must be in (0, 1] (at least 0.0001)' })
  @Max(1, { message: 'weight must be in (0, 1]' })
  weight?: number;
}
