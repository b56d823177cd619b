import { registerEnumType } from 'type-graphql';

export enum KpiFrequency {
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
}

registerEnumType(KpiFrequency, {
  name: 'KpiFrequency',
  description: 'How often a KPI is measured; periods are the first day of the month or quarter.',
  valuesConfig: {
    MONTHLY: { description: 'One measurement a month, period = first day of the month.' },
    QUARTERLY: { description: 'One measurement a quarter, period = first day of the quarter.' },
  },
});
