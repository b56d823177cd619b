import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars';

@InputType({ description: 'Which audit entries to return; all conditions must hold.' })
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: 'Only changes to this type, e.g. "Kpi".' })
  @MaxLength(60)
  entityType?: string;

  @Field(() => ID, { nullable: true, description: 'Only changes to this record (its global ID).' })
  @MaxLength(200)
  entityId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only changes by this actor (JWT subject or `api-key:<prefix>`).',
  })
  @MaxLength(200)
  actor?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only changes at or after this instant.' })
  from?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only changes before this instant.' })
  to?: Date;
}
