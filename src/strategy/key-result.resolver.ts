import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { CreateKeyResultInput } from './create-key-result.input';
import { KeyResult } from './key-result.entity';
import { KeyResultService } from './key-result.service';
import { UpdateKeyResultInput } from './update-key-result.input';

@Resolver(() => KeyResult)
export class KeyResultResolver {
  @Query(() => KeyResult, {
    nullable: true,
    description:
      'One key result by ID; null when it does not exist or, for a UNIT_LEAD, its KPI lies outside their subtree.',
  })
  keyResult(
    @Arg('id', () => ID, { description: 'The key result ID.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<KeyResult | null> {
    return new KeyResultService(ctx.em, ctx.scope).findById(id);
  }

  @Mutation(() => KeyResult, {
    description:
      'Links a KPI to a goal as a key result (one transaction). A second key result for the same goal and KPI is CONFLICT; an unknown goal or KPI NOT_FOUND; an archived goal or KPI, or a weight outside (0, 1], BAD_USER_INPUT.',
  })
  createKeyResult(
    @Arg('input', () => CreateKeyResultInput, { description: 'The new key result.' })
    input: CreateKeyResultInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<KeyResult> {
    return new KeyResultService(ctx.em, ctx.scope).create(input);
  }

  @Mutation(() => KeyResult, {
    description:
      'Changes the target value, due date or weight of a key result (one transaction). A stale version is CONFLICT; an unknown key result NOT_FOUND.',
  })
  updateKeyResult(
    @Arg('id', () => ID, { description: 'The key result ID.' }) id: string,
    @Arg('version', () => Int, { description: 'The version the change is based on (optimistic locking).' })
    version: number,
    @Arg('input', () => UpdateKeyResultInput, { description: 'The changes.' }) input: UpdateKeyResultInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<KeyResult> {
    return new KeyResultService(ctx.em, ctx.scope).update(id, version, input);
  }

  @Mutation(() => ID, {
    description:
      'Deletes a key result, unlinking the KPI from the goal (one transaction); returns the deleted ID. A stale version is CONFLICT; an unknown key result NOT_FOUND.',
  })
  deleteKeyResult(
    @Arg('id', () => ID, { description: 'The key result ID.' }) id: string,
    @Arg('version', () => Int, { description: 'The version the deletion is based on (optimistic locking).' })
    version: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<string> {
    return new KeyResultService(ctx.em, ctx.scope).delete(id, version);
  }
}
