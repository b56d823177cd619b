import { registerEnumType } from 'type-graphql';

export enum Perspective {
  FINANCIAL = 'FINANCIAL',
  CUSTOMER = 'CUSTOMER',
  INTERNAL_PROCESS = 'INTERNAL_PROCESS',
  LEARNING_AND_GROWTH = 'LEARNING_AND_GROWTH',
}

registerEnumType(Perspective, {
  name: 'Perspective',
  description: 'Balanced-Scorecard perspective of a strategic goal.',
  valuesConfig: {
    FINANCIAL: { description: 'Revenue, margin, cost and return.' },
    CUSTOMER: { description: 'Customer satisfaction, share and retention.' },
    INTERNAL_PROCESS: { description: 'Operational excellence and process quality.' },
    LEARNING_AND_GROWTH: { description: 'People, capabilities and technology.' },
  },
});
