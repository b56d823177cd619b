import { IsEnum, IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { RiskCategory } from './risk-category.enum';
import { RiskStatus } from './risk-status.enum';

@InputType({ description: 'A new risk, optionally linked to a goal, a project and a KPI.' })
export class CreateRiskInput {
  @Field({ description: 'Short title, 1–300 characters.' })
  @Length(1, 300)
  title!: string;

  @Field({ nullable: true, description: 'What could happen and what it would cause.' })
  @IsOptional()
  @Length(0, 10_000)
  description?: string;

  @Field(() => RiskCategory, { description: 'The kind of risk.' })
  @IsEnum(RiskCategory)
  category!: RiskCategory;

  @Field(() => Int, { description: 'Likelihood from 1 (rare) to 5 (almost certain).' })
  @IsInt()
  @Min(1)
  @Max(5)
  likelihood!: number;

  @Field(() => Int, { description: 'Impact from 1 (minor) to 5 (severe).' })
  @IsInt()
  @Min(1)
  @Max(5)
  impact!: number;

  @Field(() => RiskStatus, {
    defaultValue: RiskStatus.OPEN,
    description: 'Where the risk stands; OPEN by default.',
  })
  @IsEnum(RiskStatus)
  status!: RiskStatus;

  @Field(() => ID, { nullable: true, description: 'ID of the accountable Person.' })
  @IsOptional()
  ownerId?: string;

  @Field(() => ID, { nullable: true, description: 'ID of the StrategicGoal threatened.' })
  @IsOptional()
  goalId?: string;

  @Field(() => ID, { nullable: true, description: 'ID of the TechProject threatened.' })
  @IsOptional()
  projectId?: string;

  @Field(() => ID, { nullable: true, description: 'ID of the Kpi threatened.' })
  @IsOptional()
  kpiId?: string;
}
