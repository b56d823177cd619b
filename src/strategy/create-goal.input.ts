import { IsInt, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../graphql/scalars';
import { GOAL_CODE_MESSAGE, GOAL_CODE_PATTERN } from './goal-code';
import { GoalStatus } from './goal-status.enum';
import { Perspective } from './perspective.enum';

@InputType({ description: 'A new strategic goal.' })
export class CreateGoalInput {
  @Field({ description: 'Unique code: letters, digits, "-" and "_", 2–40 characters.' })
  @Matches(GOAL_CODE_PATTERN, { message: GOAL_CODE_MESSAGE })
  code!: string;

  @Field({ description: 'Short title, 1–300 characters.' })
  @Length(1, 300)
  title!: string;

  @Field({ nullable: true, description: 'What the goal means and why it matters.' })
  @IsOptional()
  @Length(0, 10_000)
  description?: string;

  @Field(() => Perspective, { description: 'Balanced-Scorecard perspective.' })
  perspective!: Perspective;

  @Field(() => GoalStatus, {
    defaultValue: GoalStatus.DRAFT,
    description: 'Lifecycle status; DRAFT by default.',
  })
  status!: GoalStatus;

  @Field(() => Int, { description: 'Fiscal year, 2000–2100.' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear!: number;

  @Field(() => DateScalar, { description: 'First day of the horizon.' })
  startDate!: string;

  @Field(() => DateScalar, { description: 'Last day of the horizon; on or after startDate.' })
  endDate!: string;

  @Field(() => ID, { nullable: true, description: 'ID of the owning Person.' })
  @IsOptional()
  ownerId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'ID of the parent StrategicGoal (not archived); omit for a corporate goal.',
  })
  @IsOptional()
  parentId?: string;
}
