import { type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, InterfaceType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars';
import { encodeGlobalId } from '../graphql/global-id';

/**
 * Every table has an integer key, timestamps and an optimistic-locking version.
 * The class is also the GraphQL `Node` interface: the key leaves the API only as an opaque global ID.
 */
@InterfaceType('Node', {
  description: 'An object with a globally unique, opaque ID that `node(id)` resolves.',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class BaseEntity {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeScalar, { description: 'When the record was created.' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  @Field(() => DateTimeScalar, { description: 'When the record was last changed.' })
  updatedAt: Date & Opt = new Date();

  @Property({ version: true, default: 1 })
  @Field(() => Int, {
    description: 'Optimistic-locking version: pass it back to an update; a stale version is a CONFLICT.',
  })
  version!: number & Opt;

  @Field(() => ID, { name: 'id', description: 'Globally unique, opaque ID (stable; use it in `node(id)`).' })
  get globalId(): Opt<string> {
    return encodeGlobalId(this.constructor.name, this.id);
  }
}
