import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { domainEntities } from '../db/entities';
import type { GraphQLContext } from './context';
import { BadUserInputError } from './errors';
import { tryDecodeGlobalId } from './global-id';

const entityByTypeName = new Map<string, (typeof domainEntities)[number]>(
  domainEntities.map((entity) => [entity.name, entity]),
);

const MAX_NODES = 1000;

@Resolver()
export class NodeResolver {
  @Query(() => BaseEntity, {
    nullable: true,
    description: 'Any object by its global ID; null when it does not exist.',
  })
  node(
    @Arg('id', () => ID, { description: 'A global ID as returned in any `id` field.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BaseEntity | null> {
    return this.load(id, ctx);
  }

  @Query(() => [BaseEntity], {
    nullable: 'items',
    description: `Several objects by global ID, in the order given (null where one does not exist); at most ${MAX_NODES}.`,
  })
  async nodes(
    @Arg('ids', () => [ID], { description: 'Global IDs as returned in `id` fields.' }) ids: string[],
    @Ctx() ctx: GraphQLContext,
  ): Promise<(BaseEntity | null)[]> {
    if (ids.length > MAX_NODES) throw new BadUserInputError(`ids: at most ${MAX_NODES} IDs a request`);
    return Promise.all(ids.map((id) => this.load(id, ctx)));
  }

  private async load(id: string, ctx: GraphQLContext): Promise<BaseEntity | null> {
    const decoded = tryDecodeGlobalId(id);
    const entity = decoded && entityByTypeName.get(decoded.typeName);
    if (!decoded || !entity) throw new BadUserInputError(`id: ${JSON.stringify(id)} is not a Throughline ID`);
    return (await ctx.loaders.byId(entity as never).load(decoded.id)) as BaseEntity | null;
  }
}
