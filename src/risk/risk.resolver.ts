import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { CreateRiskInput } from './create-risk.input';
import { Risk } from './risk.entity';
import { RiskService } from './risk.service';
import { UpdateRiskInput } from './update-risk.input';

@Resolver(() => Risk)
export class RiskResolver {
  @Query(() => Risk, {
    nullable: true,
    description:
      'One risk by ID (archived ones included); null when it does not exist or, for a UNIT_LEAD, lies outside their scope.',
  })
  risk(
    @Arg('id', () => ID, { description: 'The risk ID.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Risk | null> {
    return new RiskService(ctx.em, ctx.scope).findById(id);
  }

  @Mutation(() => Risk, {
    description:
      'Creates a risk (one transaction). Likelihood and impact are 1–5; an unknown owner, goal, project or KPI is NOT_FOUND.',
  })
  createRisk(
    @Arg('input', () => CreateRiskInput, { description: 'The new risk.' }) input: CreateRiskInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Risk> {
    return new RiskService(ctx.em).create(input);
  }

  @Mutation(() => Risk, {
    description:
      'Changes a risk (one transaction). A stale version is CONFLICT; an unknown risk, owner, goal, project or KPI NOT_FOUND.',
  })
  updateRisk(
    @Arg('id', () => ID, { description: 'The risk ID.' }) id: string,
    @Arg('version', () => Int, { description: 'The version the change is based on (optimistic locking).' })
    version: number,
    @Arg('input', () => UpdateRiskInput, { description: 'The fields to change.' }) input: UpdateRiskInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Risk> {
    return new RiskService(ctx.em).update(id, version, input);
  }

  @Mutation(() => Risk, {
    description: 'Archives a risk: sets archivedAt and hides it from lists. A stale version is CONFLICT.',
  })
  archiveRisk(
    @Arg('id', () => ID, { description: 'The risk ID.' }) id: string,
    @Arg('version', () => Int, { description: 'The version the change is based on (optimistic locking).' })
    version: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Risk> {
    return new RiskService(ctx.em).archive(id, version);
  }
}
