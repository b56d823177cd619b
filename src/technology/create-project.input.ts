import { IsEnum, IsInt, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../graphql/scalars';
import { PROJECT_CODE_MESSAGE, PROJECT_CODE_PATTERN } from './project-code';
import { ProjectHealth } from './project-health.enum';
import { ProjectStatus } from './project-status.enum';

@InputType({
  description:
    'A new technology project. Rules: plannedStart ≤ plannedEnd; actualEnd ≥ plannedStart; a DONE project needs actualEnd.',
})
export class CreateProjectInput {
  @Field({ description: 'Unique code: letters, digits, "-" and "_", 2–40 characters, e.g. "P-ERP-2026".' })
  @Matches(PROJECT_CODE_PATTERN, { message: PROJECT_CODE_MESSAGE })
  code!: string;

  @Field({ description: 'Display name, 1–200 characters.' })
  @Length(1, 200)
  name!: string;

  @Field(() => ProjectStatus, {
    defaultValue: ProjectStatus.PROPOSED,
    description: 'Lifecycle status; PROPOSED by default.',
  })
  @IsEnum(ProjectStatus)
  status!: ProjectStatus;

  @Field(() => ProjectHealth, {
    defaultValue: ProjectHealth.GREEN,
    description: 'Reported health; GREEN by default.',
  })
  @IsEnum(ProjectHealth)
  health!: ProjectHealth;

  @Field(() => Int, { defaultValue: 0, description: 'Reported progress in percent, 0–100; 0 by default.' })
  @IsInt()
  @Min(0)
  @Max(100)
  progress!: number;

  @Field(() => DateScalar, { description: 'Planned start date.' })
  plannedStart!: string;

  @Field(() => DateScalar, { description: 'Planned end date; on or after plannedStart.' })
  plannedEnd!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Actual end date; on or after plannedStart; required when status is DONE.',
  })
  @IsOptional()
  actualEnd?: string;

  @Field(() => ID, { description: 'ID of the OrgUnit that runs the project.' })
  @Length(1, 200)
  orgUnitId!: string;

  @Field(() => ID, { nullable: true, description: 'ID of the sponsoring Person.' })
  @IsOptional()
  sponsorId?: string;

  @Field(() => ID, { nullable: true, description: 'ID of the Budget that funds the project.' })
  @IsOptional()
  budgetId?: string;
}
