import { IsEnum, IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { WhenSent } from '../technology/when-sent';
import { ExecutiveFunction } from './executive-function.enum';
import { ORG_UNIT_CODE_MESSAGE, ORG_UNIT_CODE_PATTERN } from './org-unit-code';

@InputType({
  description:
    'Changes to an org unit: omitted fields stay as they are; parentId can be set to null (the unit becomes a root), other fields cannot be null.',
})
export class UpdateOrgUnitInput {
  @Field({ nullable: true, description: 'New unique code: letters, digits, "-" and "_", 2–40 characters.' })
  @WhenSent()
  @Matches(ORG_UNIT_CODE_PATTERN, { message: ORG_UNIT_CODE_MESSAGE })
  code?: string;

  @Field({ nullable: true, description: 'New display name, 1–200 characters.' })
  @WhenSent()
  @Length(1, 200)
  name?: string;

  @Field(() => ExecutiveFunction, { nullable: true, description: 'New executive function.' })
  @WhenSent()
  @IsEnum(ExecutiveFunction)
  function?: ExecutiveFunction;

  @Field(() => ID, {
    nullable: true,
    description:
      'ID of the new parent OrgUnit (not archived, not the unit itself nor one of its descendants); null makes the unit a root.',
  })
  @IsOptional()
  @Length(1, 200)
  parentId?: string | null;
}
