import { registerEnumType } from 'type-graphql';

export enum RiskStatus {
  OPEN = 'OPEN',
  MITIGATING = 'MITIGATING',
  ACCEPTED = 'ACCEPTED',
  CLOSED = 'CLOSED',
}

/** Statuses that count towards risk exposure. */
export const OPEN_RISK_STATUSES = [RiskStatus.OPEN, RiskStatus.MITIGATING] as const;

registerEnumType(RiskStatus, {
  name: 'RiskStatus',
  description: 'Where a risk stands; OPEN and MITIGATING count as open.',
  valuesConfig: {
    OPEN: { description: 'Identified, no mitigation yet.' },
    MITIGATING: { description: 'Mitigation under way.' },
    ACCEPTED: { description: 'Consciously accepted; no further action.' },
    CLOSED: { description: 'No longer relevant.' },
  },
});
