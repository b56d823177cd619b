import { registerEnumType } from 'type-graphql';

export enum RiskCategory {
  SUPPLY_CHAIN = 'SUPPLY_CHAIN',
  CYBER_SECURITY = 'CYBER_SECURITY',
  COMPLIANCE = 'COMPLIANCE',
  FINANCIAL = 'FINANCIAL',
  OPERATIONAL = 'OPERATIONAL',
  STRATEGIC = 'STRATEGIC',
}

registerEnumType(RiskCategory, {
  name: 'RiskCategory',
  description: 'The kind of risk.',
  valuesConfig: {
    SUPPLY_CHAIN: { description: 'Supplier failure, shortages, logistics disruption.' },
    CYBER_SECURITY: { description: 'Attacks, breaches, outages of IT systems.' },
    COMPLIANCE: { description: 'Regulatory or contractual breach.' },
    FINANCIAL: { description: 'Currency, credit, liquidity, cost overrun.' },
    OPERATIONAL: { description: 'Failures of processes, plants or people.' },
    STRATEGIC: { description: 'Market, competition, wrong bets.' },
  },
});
