import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { RagStatus } from '../shared/rag-status.enum';
import { HEALTH_DESCRIPTION } from './health-formula';

export enum HealthDriverKind {
  KEY_RESULT = 'KEY_RESULT',
  PROJECT = 'PROJECT',
  BUDGET = 'BUDGET',
  CHILD_GOAL = 'CHILD_GOAL',
}

registerEnumType(HealthDriverKind, {
  name: 'HealthDriverKind',
  description: 'What a health driver is.',
  valuesConfig: {
    KEY_RESULT: {
      description: "A key result: the KPI's latest measurement against the key result's target.",
    },
    PROJECT: { description: 'A contributing project: reported health and schedule slip.' },
    BUDGET: { description: 'A budget funding the goal: forecast overspend.' },
    CHILD_GOAL: { description: 'A child goal: its own health score.' },
  },
});

@ObjectType({ description: 'One input of a goal health score, with why it scored what it did.' })
export class HealthDriver {
  @Field(() => HealthDriverKind, { description: 'What the driver is.' })
  kind!: HealthDriverKind;

  @Field(() => ID, { description: 'Global ID of the KPI, project, budget or child goal.' })
  itemId!: string;

  @Field({ description: 'Code and name of the KPI, project, budget or child goal.' })
  label!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Score 0–100; null when the driver has no data (it is then left out).',
  })
  score!: number | null;

  @Field(() => Float, { description: 'Weight in the weighted mean.' })
  weight!: number;

  @Field({ description: 'One line explaining the score.' })
  reason!: string;
}

@ObjectType({ description: HEALTH_DESCRIPTION })
export class Health {
  @Field(() => Float, { nullable: true, description: 'Score 0–100 (one decimal); null when NO_DATA.' })
  score!: number | null;

  @Field(() => RagStatus, {
    description: 'GREEN ≥ 80, AMBER ≥ 60, else RED; NO_DATA when no driver has data.',
  })
  status!: RagStatus;

  @Field(() => [HealthDriver], {
    description: 'Every input of the score: key results, projects, budgets, child goals.',
  })
  drivers!: HealthDriver[];
}
