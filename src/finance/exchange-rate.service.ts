import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { inTransaction } from '../db/versioned-update';
import { ConflictError } from '../graphql/errors';
import { decodeGlobalId } from '../graphql/global-id';
import { ExchangeRate } from './exchange-rate.entity';
import { toScale } from './finance-rules';
import type { UpsertExchangeRateInput } from './upsert-exchange-rate.input';

/** numeric(18,8): the scale of stored rates. */
const RATE_SCALE = 8;

/** Reads and writes of exchange rates; (currency, month) is the natural key. Rates are public. */
export class ExchangeRateService {
  constructor(private readonly em: EntityManager) {}

  /** One rate by global ID; null when absent. */
  findById(globalId: string): Promise<ExchangeRate | null> {
    return this.em.findOne(ExchangeRate, { id: decodeGlobalId(globalId, 'ExchangeRate') });
  }

  /**
   * Creates the rate of (currency, month) or replaces it; an equal rate writes nothing (the
   * version stays). A concurrent first insert of the same key is CONFLICT: retry.
   */
  async upsert(input: UpsertExchangeRateInput): Promise<ExchangeRate> {
    try {
      return await inTransaction(this.em, async (em) => {
        const rate = toScale(input.rate, RATE_SCALE);
        const existing = await em.findOne(ExchangeRate, { currency: input.currency, month: input.month });
        if (!existing) {
          const created = em.create(ExchangeRate, { currency: input.currency, month: input.month, rate });
          await em.flush();
          return created;
        }
        if (existing.rate !== rate) {
          existing.rate = rate;
          await em.flush();
        }
        return existing;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new ConflictError(
          `The ${input.currency} rate of ${input.month} was written at the same time by someone else: retry`,
        );
      }
      throw error;
    }
  }
}
