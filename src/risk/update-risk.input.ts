import { IsEnum, IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { WhenSent } from '../technology/when-sent';
import { RiskCategory } from './risk-category.enum';
import { RiskStatus } from './risk-status.enum';

@InputType({
  description:
    'Changes to a risk: omitted fields stay as they are; description, ownerId, goalId, projectId and kpiId can be cleared with null, other fields cannot be null.',
})
export class UpdateRiskInput {
  @Field({ nullable: true, description: 'New title, 1–300 characters.' })
  @WhenSent()
  @Length(1, 300)
  title?: string;

  @Field(() => String, { nullable: true, description: 'New description; null clears it.' })
  @IsOptional()
  @Length(0, 10_000)
  description?: string | null;

  @Field(() => RiskCategory, { nullable: true, description: 'New category.' })
  @WhenSent()
  @IsEnum(RiskCategory)
  category?: RiskCategory;

  @Field(() => Int, { nullable: true, description: 'New likelihood, 1–5.' })
  @WhenSent()
  @IsInt()
  @Min(1)
  @Max(5)
  likelihood?: number;

  @Field(() => Int, { nullable: true, description: 'New impact, 1–5.' })
  @WhenSent()
  @IsInt()
  @Min(1)
  @Max(5)
  impact?: number;

  @Field(() => RiskStatus, { nullable: true, description: 'New status.' })
  @WhenSent()
  @IsEnum(RiskStatus)
  status?: RiskStatus;

  @Field(() => ID, { nullable: true, description: 'ID of the new accountable Person; null clears it.' })
  @IsOptional()
  ownerId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'ID of the StrategicGoal threatened; null clears the link.',
  })
  @IsOptional()
  goalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'ID of the TechProject threatened; null clears the link.' })
  @IsOptional()
  projectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'ID of the Kpi threatened; null clears the link.' })
  @IsOptional()
  kpiId?: string | null;
}
