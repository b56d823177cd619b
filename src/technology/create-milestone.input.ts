import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars';

@InputType({ description: 'A new milestone of a technology project.' })
export class CreateMilestoneInput {
  @Field(() => ID, { description: 'ID of the TechProject the milestone belongs to.' })
  @Length(1, 200)
  projectId!: string;

  @Field({ description: 'What is delivered, 1–200 characters.' })
  @Length(1, 200)
  title!: string;

  @Field(() => DateScalar, { description: 'When it is due.' })
  dueDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it was completed; omit while open.' })
  @IsOptional()
  completedAt?: string;
}
