import { IsOptional, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars';
import { WhenSent } from './when-sent';

@InputType({
  description:
    'Changes to a milestone: omitted fields stay as they are; completedAt can be cleared with null (reopens it).',
})
export class UpdateMilestoneInput {
  @Field({ nullable: true, description: 'New title, 1–200 characters.' })
  @WhenSent()
  @Length(1, 200)
  title?: string;

  @Field(() => DateScalar, { nullable: true, description: 'New due date.' })
  @WhenSent()
  dueDate?: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'New completion date; null reopens the milestone.',
  })
  @IsOptional()
  completedAt?: string | null;
}
