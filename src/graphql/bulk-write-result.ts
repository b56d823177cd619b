import { Field, Int, ObjectType } from 'type-graphql';

/** What an idempotent bulk upsert did; inserted + updated + unchanged = the rows sent. */
@ObjectType({
  description:
    'The outcome of an idempotent bulk upsert (a feed). inserted + updated + unchanged = the number of rows sent.',
})
export class BulkWriteResult {
  @Field(() => Int, { description: 'Rows whose natural key was new: a row was created.' })
  inserted!: number;

  @Field(() => Int, {
    description: 'Rows whose natural key existed with a different value: the row was changed.',
  })
  updated!: number;

  @Field(() => Int, {
    description: 'Rows whose natural key existed with exactly the same values: nothing was written.',
  })
  unchanged!: number;
}
