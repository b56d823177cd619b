import { registerEnumType } from 'type-graphql';

export enum ExecutiveFunction {
  STRATEGY = 'STRATEGY',
  FINANCE = 'FINANCE',
  TECHNOLOGY = 'TECHNOLOGY',
  OPERATIONS = 'OPERATIONS',
}

registerEnumType(ExecutiveFunction, {
  name: 'ExecutiveFunction',
  description: 'The executive function an org unit reports into.',
  valuesConfig: {
    STRATEGY: { description: 'The CEO: strategy, corporate development.' },
    FINANCE: { description: 'The CFO: finance, controlling, procurement.' },
    TECHNOLOGY: { description: 'The CIO: IT and technology.' },
    OPERATIONS: { description: 'The COO: production, logistics, sales operations, quality.' },
  },
});
