import { registerEnumType } from 'type-graphql';

export enum ExecutiveRole {
  CEO = 'CEO',
  CFO = 'CFO',
  CIO = 'CIO',
  COO = 'COO',
}

registerEnumType(ExecutiveRole, {
  name: 'ExecutiveRole',
  description: 'The executive seat a person holds, if any.',
  valuesConfig: {
    CEO: { description: 'Chief Executive Officer: owns strategy.' },
    CFO: { description: 'Chief Financial Officer: owns budgets and actuals.' },
    CIO: { description: 'Chief Information Officer: owns the technology portfolio.' },
    COO: { description: 'Chief Operating Officer: owns operational KPIs.' },
  },
});
