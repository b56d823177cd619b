import { BudgetActualFeedResolver } from './budget-actual-feed.resolver';
import { BudgetActualResolver } from './budget-actual.resolver';
import { BudgetListResolver } from './budget-list.resolver';
import { BudgetResolver } from './budget.resolver';
import { ExchangeRateListResolver } from './exchange-rate-list.resolver';
import { ExchangeRateResolver } from './exchange-rate.resolver';
import { OrgUnitBudgetsResolver } from './org-unit-budgets.resolver';
import { StrategicGoalBudgetsResolver } from './strategic-goal-budgets.resolver';

export const financeResolvers = [
  BudgetResolver,
  BudgetActualResolver,
  BudgetActualFeedResolver,
  ExchangeRateResolver,
  OrgUnitBudgetsResolver,
  StrategicGoalBudgetsResolver,
  BudgetListResolver,
  ExchangeRateListResolver,
] as const;
