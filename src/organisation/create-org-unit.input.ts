import { IsEnum, IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ExecutiveFunction } from './executive-function.enum';
import { ORG_UNIT_CODE_MESSAGE, ORG_UNIT_CODE_PATTERN } from './org-unit-code';

@InputType({ description: 'A new org unit.' })
export class CreateOrgUnitInput {
  @Field({ description: 'Unique code: letters, digits, "-" and "_", 2–40 characters, e.g. "OPS-PLANT-N".' })
  @Matches(ORG_UNIT_CODE_PATTERN, { message: ORG_UNIT_CODE_MESSAGE })
  code!: string;

  @Field({ description: 'Display name, 1–200 characters.' })
  @Length(1, 200)
  name!: string;

  @Field(() => ExecutiveFunction, { description: 'The executive function the unit reports into.' })
  @IsEnum(ExecutiveFunction)
  function!: ExecutiveFunction;

  @Field(() => ID, {
    nullable: true,
    description: 'ID of the parent OrgUnit (not archived); omit for a root unit.',
  })
  @IsOptional()
  @Length(1, 200)
  parentId?: string | null;
}
