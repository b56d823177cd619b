import { registerEnumType } from 'type-graphql';

export enum KpiDirection {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}

registerEnumType(KpiDirection, {
  name: 'KpiDirection',
  description: 'Which way is good for a KPI; decides how attainment is computed.',
  valuesConfig: {
    HIGHER_IS_BETTER: { description: 'More is better (revenue, OEE): attainment = actual / target.' },
    LOWER_IS_BETTER: {
      description: 'Less is better (defects, cost, lead time): attainment = target / actual.',
    },
  },
});
