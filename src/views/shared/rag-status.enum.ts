import { registerEnumType } from 'type-graphql';

/** Traffic-light status of a KPI, a goal or a group. */
export enum RagStatus {
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  RED = 'RED',
  NO_DATA = 'NO_DATA',
}

registerEnumType(RagStatus, {
  name: 'RagStatus',
  description:
    'Traffic-light status. For a KPI it comes from attainment vs its thresholds; for a goal from its health score.',
  valuesConfig: {
    GREEN: { description: 'On track (KPI: attainment ≥ amberThreshold; goal: score ≥ 80).' },
    AMBER: { description: 'At risk (KPI: attainment ≥ redThreshold; goal: score ≥ 60).' },
    RED: { description: 'Off track (below the AMBER bound).' },
    NO_DATA: { description: 'Not enough data on or before asOf to judge (no measurement or no target).' },
  },
});
