import { IsEnum, IsInt, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../graphql/scalars';
import { WhenSent } from '../technology/when-sent';
import { GOAL_CODE_MESSAGE, GOAL_CODE_PATTERN } from './goal-code';
import { GoalStatus } from './goal-status.enum';
import { Perspective } from './perspective.enum';

@InputType({
  description:
    'Changes to a strategic goal: omitted fields stay as they are; description, ownerId and parentId can be cleared with null, other fields cannot be null. startDate ≤ endDate must hold for the result.',
})
export class UpdateGoalInput {
  @Field({ nullable: true, description: 'New unique code: letters, digits, "-" and "_", 2–40 characters.' })
  @WhenSent()
  @Matches(GOAL_CODE_PATTERN, { message: GOAL_CODE_MESSAGE })
  code?: string;

  @Field({ nullable: true, description: 'New title, 1–300 characters.' })
  @WhenSent()
  @Length(1, 300)
  title?: string;

  @Field(() => String, { nullable: true, description: 'New description; null clears it.' })
  @IsOptional()
  @Length(0, 10_000)
  description?: string | null;

  @Field(() => Perspective, { nullable: true, description: 'New Balanced-Scorecard perspective.' })
  @WhenSent()
  @IsEnum(Perspective)
  perspective?: Perspective;

  @Field(() => GoalStatus, { nullable: true, description: 'New lifecycle status.' })
  @WhenSent()
  @IsEnum(GoalStatus)
  status?: GoalStatus;

  @Field(() => Int, { nullable: true, description: 'New fiscal year, 2000–2100.' })
  @WhenSent()
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear?: number;

  @Field(() => DateScalar, { nullable: true, description: 'New first day of the horizon.' })
  @WhenSent()
  startDate?: string;

  @Field(() => DateScalar, { nullable: true, description: 'New last day of the horizon.' })
  @WhenSent()
  endDate?: string;

  @Field(() => ID, { nullable: true, description: 'ID of the new owning Person; null clears the owner.' })
  @IsOptional()
  @Length(1, 200)
  ownerId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'ID of the new parent StrategicGoal (not archived, not the goal itself nor one of its descendants); null makes it a corporate goal.',
  })
  @IsOptional()
  @Length(1, 200)
  parentId?: string | null;
}
