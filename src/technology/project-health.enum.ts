import { registerEnumType } from 'type-graphql';

export enum ProjectHealth {
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  RED = 'RED',
}

registerEnumType(ProjectHealth, {
  name: 'ProjectHealth',
  description: "A project's health as reported by its manager.",
  valuesConfig: {
    GREEN: { description: 'On track.' },
    AMBER: { description: 'At risk; recoverable.' },
    RED: { description: 'Off track; needs intervention.' },
  },
});
