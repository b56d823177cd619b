import { registerEnumType } from 'type-graphql';

export enum BudgetCategory {
  OPEX = 'OPEX',
  CAPEX = 'CAPEX',
}

registerEnumType(BudgetCategory, {
  name: 'BudgetCategory',
  description: 'Accounting category of a budget.',
  valuesConfig: {
    OPEX: { description: 'Operating expenditure.' },
    CAPEX: { description: 'Capital expenditure.' },
  },
});
