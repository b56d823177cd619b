import { IsNumber, IsPositive, Length, Max } from 'class-validator';
import { ArgsType, Field, Float, ID } from 'type-graphql';

@ArgsType()
export class SetProjectContributionArgs {
  @Field(() => ID, { description: 'ID of the contributing TechProject.' })
  @Length(1, 200)
  projectId!: string;

  @Field(() => ID, { description: 'ID of the StrategicGoal served.' })
  @Length(1, 200)
  goalId!: string;

  @Field(() => Float, { description: "Weight of the project in the goal's health, in (0, 1]." })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive({ message: 'weight must be greater than 0' })
  @Max(1, { message: 'weight must be at most 1' })
  weight!: number;
}
