import { registerEnumType } from 'type-graphql';

export enum ProjectStatus {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  IN_PROGRESS = 'IN_PROGRESS',
  ON_HOLD = 'ON_HOLD',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

registerEnumType(ProjectStatus, {
  name: 'ProjectStatus',
  description: 'Lifecycle status of a technology project.',
  valuesConfig: {
    PROPOSED: { description: 'Proposed, not yet approved.' },
    APPROVED: { description: 'Approved, not started.' },
    IN_PROGRESS: { description: 'Being delivered.' },
    ON_HOLD: { description: 'Paused.' },
    DONE: { description: 'Delivered.' },
    CANCELLED: { description: 'Stopped for good.' },
  },
});
