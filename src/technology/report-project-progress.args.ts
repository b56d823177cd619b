import { IsEnum, IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { DateScalar } from '../graphql/scalars';
import { ProjectHealth } from './project-health.enum';
import { ProjectStatus } from './project-status.enum';

@ArgsType()
export class ReportProjectProgressArgs {
  @Field(() => ID, { description: 'The project ID.' })
  @Length(1, 200)
  id!: string;

  @Field(() => Int, { description: 'The version the report is based on (optimistic locking).' })
  @IsInt()
  version!: number;

  @Field(() => Int, { description: 'Progress in percent, 0–100.' })
  @IsInt()
  @Min(0)
  @Max(100)
  progress!: number;

  @Field(() => ProjectHealth, { description: 'Health as the project manager sees it.' })
  @IsEnum(ProjectHealth)
  health!: ProjectHealth;

  @Field(() => ProjectStatus, { nullable: true, description: 'New status; omit to keep the current one.' })
  @IsOptional()
  @IsEnum(ProjectStatus)
  status?: ProjectStatus | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Actual end date, on or after plannedStart; needed with status DONE unless the project already has one.',
  })
  @IsOptional()
  actualEnd?: string | null;
}
