import { ArgsType, Field, Int } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size';

/** Relay paging arguments shared by every connection. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page forward: at most this many items after \`after\` (default ${DEFAULT_PAGE_SIZE}, maximum ${MAX_PAGE_SIZE}). Not together with \`last\`.`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Opaque cursor (an `endCursor` or an edge `cursor`): start after this item. Only valid with the same `filter` and `orderBy` it was issued for.',
  })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Page backward: at most this many items before \`before\` (or the end of the list), maximum ${MAX_PAGE_SIZE}. Not together with \`first\`.`,
  })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Opaque cursor (a `startCursor` or an edge `cursor`): stop before this item. Only valid with the same `filter` and `orderBy` it was issued for.',
  })
  before?: string | null;
}
