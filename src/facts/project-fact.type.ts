import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../graphql/scalars';
import { ProjectHealth } from '../technology/project-health.enum';
import { ProjectStatus } from '../technology/project-status.enum';
import { SLIP_DESCRIPTION } from '../views/shared/project-sql';

@ObjectType({
  description:
    'One flat fact row per technology project, dimensions inlined. Only scalar columns, stable names.',
})
export class ProjectFact {
  @Field(() => ID, { description: 'Global ID of the project.' })
  projectId!: string;

  @Field({ description: 'Project code.' })
  projectCode!: string;

  @Field({ description: 'Project name.' })
  projectName!: string;

  @Field(() => ProjectStatus, { description: 'Lifecycle status.' })
  status!: ProjectStatus;

  @Field(() => ProjectHealth, { description: 'Health as reported by the project.' })
  health!: ProjectHealth;

  @Field(() => Int, { description: 'Reported progress, 0–100 %.' })
  progress!: number;

  @Field(() => DateScalar, { description: 'Planned start date.' })
  plannedStart!: string;

  @Field(() => DateScalar, { description: 'Planned end date.' })
  plannedEnd!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Actual end date; null until delivered.' })
  actualEnd!: string | null;

  @Field(() => Int, { description: `${SLIP_DESCRIPTION} Here asOf is today (UTC).` })
  scheduleSlipDays!: number;

  @Field(() => ID, { description: 'Global ID of the org unit that runs the project.' })
  orgUnitId!: string;

  @Field({ description: 'Code of the org unit that runs the project.' })
  orgUnitCode!: string;

  @Field({ description: 'Name of the org unit that runs the project.' })
  orgUnitName!: string;

  @Field(() => String, { nullable: true, description: 'Code of the funding budget; null when unfunded.' })
  fundingBudgetCode!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 currency of plannedSpend and actualSpend.' })
  currency!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Planned amount of the funding budget (its fiscal year), in `currency`; null when unfunded.',
  })
  plannedSpend!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Sum of all actuals booked on the funding budget, in `currency` (0 when none); null when unfunded. A budget funding several projects shows its whole spend on each.',
  })
  actualSpend!: string | null;
}
