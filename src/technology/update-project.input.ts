import { IsEnum, IsInt, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../graphql/scalars';
import { PROJECT_CODE_MESSAGE, PROJECT_CODE_PATTERN } from './project-code';
import { ProjectHealth } from './project-health.enum';
import { ProjectStatus } from './project-status.enum';
import { WhenSent } from './when-sent';

@InputType({
  description:
    'Changes to a project: omitted fields stay as they are; actualEnd, sponsorId and budgetId can be cleared with null, other fields cannot be null. The rules of CreateProjectInput apply to the result.',
})
export class UpdateProjectInput {
  @Field({ nullable: true, description: 'New unique code: letters, digits, "-" and "_", 2–40 characters.' })
  @WhenSent()
  @Matches(PROJECT_CODE_PATTERN, { message: PROJECT_CODE_MESSAGE })
  code?: string;

  @Field({ nullable: true, description: 'New display name, 1–200 characters.' })
  @WhenSent()
  @Length(1, 200)
  name?: string;

  @Field(() => ProjectStatus, { nullable: true, description: 'New lifecycle status; DONE needs actualEnd.' })
  @WhenSent()
  @IsEnum(ProjectStatus)
  status?: ProjectStatus;

  @Field(() => ProjectHealth, { nullable: true, description: 'New reported health.' })
  @WhenSent()
  @IsEnum(ProjectHealth)
  health?: ProjectHealth;

  @Field(() => Int, { nullable: true, description: 'New reported progress in percent, 0–100.' })
  @WhenSent()
  @IsInt()
  @Min(0)
  @Max(100)
  progress?: number;

  @Field(() => DateScalar, { nullable: true, description: 'New planned start date.' })
  @WhenSent()
  plannedStart?: string;

  @Field(() => DateScalar, { nullable: true, description: 'New planned end date.' })
  @WhenSent()
  plannedEnd?: string;

  @Field(() => DateScalar, { nullable: true, description: 'New actual end date; null clears it.' })
  @IsOptional()
  actualEnd?: string | null;

  @Field(() => ID, { nullable: true, description: 'ID of the new OrgUnit that runs the project.' })
  @WhenSent()
  @Length(1, 200)
  orgUnitId?: string;

  @Field(() => ID, { nullable: true, description: 'ID of the new sponsoring Person; null clears it.' })
  @IsOptional()
  sponsorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'ID of the new funding Budget; null clears it.' })
  @IsOptional()
  budgetId?: string | null;
}
