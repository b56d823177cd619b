import { BudgetListResolver } from './budget-list.resolver';
import { ExchangeRateListResolver } from './exchange-rate-list.resolver';

export const financeResolvers = [BudgetListResolver, ExchangeRateListResolver] as const;
