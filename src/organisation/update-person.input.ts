import { IsEmail, IsEnum, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { WhenSent } from '../technology/when-sent';
import { ExecutiveRole } from './executive-role.enum';

@InputType({
  description:
    'Changes to a person: omitted fields stay as they are; title, executiveRole and orgUnitId can be cleared with null, name and email cannot be null.',
})
export class UpdatePersonInput {
  @Field({ nullable: true, description: 'New full name, 1–200 characters.' })
  @WhenSent()
  @Length(1, 200)
  name?: string;

  @Field({ nullable: true, description: 'New e-mail address, unique (case-insensitive).' })
  @WhenSent()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @Length(3, 320)
  email?: string;

  @Field(() => String, { nullable: true, description: 'New job title; null clears it.' })
  @IsOptional()
  @Length(1, 200)
  title?: string | null;

  @Field(() => ExecutiveRole, { nullable: true, description: 'New executive seat; null clears it.' })
  @IsOptional()
  @IsEnum(ExecutiveRole)
  executiveRole?: ExecutiveRole | null;

  @Field(() => ID, {
    nullable: true,
    description: 'ID of the new OrgUnit (not archived); null detaches the person from any unit.',
  })
  @IsOptional()
  @Length(1, 200)
  orgUnitId?: string | null;
}
