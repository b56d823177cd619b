import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { StrategicGoal } from '../../strategy/strategic-goal.entity';

export enum ExecutionItemKind {
  KPI = 'KPI',
  PROJECT = 'PROJECT',
  BUDGET = 'BUDGET',
}

registerEnumType(ExecutionItemKind, {
  name: 'ExecutionItemKind',
  description: 'The kind of an execution item beneath a goal.',
  valuesConfig: {
    KPI: { description: 'A KPI measuring a goal (through a key result).' },
    PROJECT: { description: 'A technology project contributing to a goal.' },
    BUDGET: { description: 'A budget funding a goal directly, or funding a project that contributes to it.' },
  },
});

export enum TraceLink {
  KEY_RESULT = 'KEY_RESULT',
  CONTRIBUTION = 'CONTRIBUTION',
  FUNDS_GOAL = 'FUNDS_GOAL',
  FUNDS_PROJECT = 'FUNDS_PROJECT',
}

registerEnumType(TraceLink, {
  name: 'TraceLink',
  description: 'How an execution item is linked to the first goal of a path.',
  valuesConfig: {
    KEY_RESULT: { description: 'The KPI measures the goal through a key result.' },
    CONTRIBUTION: { description: 'The project contributes to the goal.' },
    FUNDS_GOAL: { description: 'The budget funds the goal directly (Budget.goal).' },
    FUNDS_PROJECT: { description: 'The budget funds a project that contributes to the goal.' },
  },
});

@ObjectType({
  description:
    'A KPI, project or budget beneath a goal (one row per link; an item linked twice appears twice).',
})
export class ExecutionItem {
  @Field(() => ExecutionItemKind, { description: 'KPI, PROJECT or BUDGET.' })
  kind!: ExecutionItemKind;

  @Field(() => ID, { description: 'Global ID of the KPI, project or budget.' })
  itemId!: string;

  @Field({ description: 'Code of the item.' })
  code!: string;

  @Field({ description: 'Name of the item.' })
  name!: string;

  @Field(() => TraceLink, { description: 'How the item is linked to `goalId`.' })
  link!: TraceLink;

  @Field(() => ID, { description: 'Global ID of the goal (this one or a descendant) the item is linked to.' })
  goalId!: string;

  @Field({ description: 'Code of that goal.' })
  goalCode!: string;

  @Field(() => Int, { description: 'Depth of that goal below the asked goal (0 = the goal itself).' })
  depth!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Weight of the link (key result or contribution); null for FUNDS_GOAL.',
  })
  weight!: number | null;
}

@ObjectType({ description: 'One chain from an execution item up the goal tree to the corporate goal.' })
export class TracePath {
  @Field(() => TraceLink, { description: 'How the item is linked to the first goal.' })
  link!: TraceLink;

  @Field(() => Float, { nullable: true, description: 'Weight of that link; null for FUNDS_GOAL.' })
  weight!: number | null;

  @Field(() => [StrategicGoal], {
    description: 'The goals from the directly linked one up to the corporate goal (root), in that order.',
  })
  goals!: StrategicGoal[];
}

@ObjectType({
  description: 'Traceability of a KPI, project or budget: every path to the corporate goals it serves.',
})
export class Trace {
  @Field(() => ExecutionItemKind, { description: 'KPI, PROJECT or BUDGET.' })
  kind!: ExecutionItemKind;

  @Field(() => ID, { description: 'Global ID of the item.' })
  itemId!: string;

  @Field({ description: 'Code of the item.' })
  code!: string;

  @Field({ description: 'Name of the item.' })
  name!: string;

  @Field(() => [TracePath], { description: 'One path per link; empty when the item serves no goal.' })
  paths!: TracePath[];
}
