import { registerEnumType } from 'type-graphql';

export enum GoalStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  ACHIEVED = 'ACHIEVED',
  DROPPED = 'DROPPED',
}

registerEnumType(GoalStatus, {
  name: 'GoalStatus',
  description: 'Lifecycle status of a strategic goal.',
  valuesConfig: {
    DRAFT: { description: 'Proposed, not yet committed.' },
    ACTIVE: { description: 'Committed and being pursued.' },
    ACHIEVED: { description: 'Reached.' },
    DROPPED: { description: 'Abandoned.' },
  },
});
