import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { ExchangeRate } from './exchange-rate.entity';
import { ExchangeRateService } from './exchange-rate.service';
import { UpsertExchangeRateInput } from './upsert-exchange-rate.input';

@Resolver(() => ExchangeRate)
export class ExchangeRateResolver {
  @Query(() => ExchangeRate, {
    nullable: true,
    description: 'One monthly exchange rate by ID; null when it does not exist.',
  })
  exchangeRate(
    @Arg('id', () => ID, { description: 'The exchange rate ID.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ExchangeRate | null> {
    return new ExchangeRateService(ctx.em).findById(id);
  }

  @Mutation(() => ExchangeRate, {
    description:
      'Sets the rate of a currency in a month (one transaction): (currency, month) is the natural key, so this creates the rate or replaces it (the version goes up); sending the same rate again changes nothing. ' +
      'A currency that is not an active ISO 4217 code, a month that is not the first day of a month, or a rate ≤ 0 or with more than 8 decimals is BAD_USER_INPUT.',
  })
  upsertExchangeRate(
    @Arg('input', () => UpsertExchangeRateInput, { description: 'The currency, month and rate.' })
    input: UpsertExchangeRateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ExchangeRate> {
    return new ExchangeRateService(ctx.em).upsert(input);
  }
}
