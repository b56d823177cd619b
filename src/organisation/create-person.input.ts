import { IsEmail, IsEnum, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ExecutiveRole } from './executive-role.enum';

@InputType({ description: 'A new person.' })
export class CreatePersonInput {
  @Field({ description: 'Full name, 1–200 characters.' })
  @Length(1, 200)
  name!: string;

  @Field({ description: 'E-mail address, unique (case-insensitive), at most 320 characters.' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @Length(3, 320)
  email!: string;

  @Field(() => String, { nullable: true, description: 'Job title, 1–200 characters.' })
  @IsOptional()
  @Length(1, 200)
  title?: string | null;

  @Field(() => ExecutiveRole, { nullable: true, description: 'The executive seat held, if any.' })
  @IsOptional()
  @IsEnum(ExecutiveRole)
  executiveRole?: ExecutiveRole | null;

  @Field(() => ID, { nullable: true, description: 'ID of the OrgUnit (not archived) the person belongs to.' })
  @IsOptional()
  @Length(1, 200)
  orgUnitId?: string | null;
}
