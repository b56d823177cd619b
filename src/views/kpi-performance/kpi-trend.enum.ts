import { registerEnumType } from 'type-graphql';

export enum KpiTrend {
  IMPROVING = 'IMPROVING',
  STABLE = 'STABLE',
  WORSENING = 'WORSENING',
  INSUFFICIENT_DATA = 'INSUFFICIENT_DATA',
}

/** Relative change (direction-adjusted) beyond which a KPI counts as improving or worsening. */
export const TREND_TOLERANCE = 0.02;

registerEnumType(KpiTrend, {
  name: 'KpiTrend',
  description:
    'Direction of a KPI over its last 3 measured periods (on or before asOf): the latest value is compared with the oldest of the three; ' +
    `a direction-adjusted change of more than ${TREND_TOLERANCE * 100} % of the oldest value is IMPROVING or WORSENING, else STABLE.`,
  valuesConfig: {
    IMPROVING: { description: 'Moving the good way by more than the tolerance.' },
    STABLE: { description: 'Within the tolerance.' },
    WORSENING: { description: 'Moving the bad way by more than the tolerance.' },
    INSUFFICIENT_DATA: { description: 'Fewer than two measurements on or before asOf.' },
  },
});
