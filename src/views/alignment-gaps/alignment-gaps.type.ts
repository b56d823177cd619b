import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';

@ObjectType({
  description:
    'Where strategy and execution do not meet, for a fiscal year: each list is computed only when asked for.',
})
export class AlignmentGaps {
  @Field(() => Int, { description: 'The fiscal year examined.' })
  fiscalYear!: number;

  @Field(() => DateScalar, { description: 'The date KPI statuses are evaluated at.' })
  asOf!: string;
}
