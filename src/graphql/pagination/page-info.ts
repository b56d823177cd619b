import { Field, ObjectType } from 'type-graphql';

/** Relay page information of one connection page. */
@ObjectType({
  description: 'Where a page of a connection sits in the whole list (Relay cursor connections).',
})
export class PageInfo {
  @Field({
    description:
      'True when more items follow the last one of this page: pass `endCursor` as `after` to get them.',
  })
  hasNextPage!: boolean;

  @Field({
    description:
      'True when items precede the first one of this page: pass `startCursor` as `before` (with `last`) to get them.',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first item of this page; null when empty.',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item of this page; null when empty.',
  })
  endCursor!: string | null;
}
