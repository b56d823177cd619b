import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum KpiGrouping {
  PROCESS_AREA = 'PROCESS_AREA',
  ORG_UNIT = 'ORG_UNIT',
  GOAL = 'GOAL',
}

registerEnumType(KpiGrouping, {
  name: 'KpiGrouping',
  description: 'How KPI attainment rows are grouped.',
  valuesConfig: {
    PROCESS_AREA: { description: 'By process area (key: the ProcessArea value).' },
    ORG_UNIT: { description: 'By the responsible org unit (key: its global ID).' },
    GOAL: {
      description:
        'By goal, through key results (key: the goal global ID); a KPI of two goals counts in both.',
    },
  },
});

@ObjectType({ description: 'KPI status counts and average attainment of a group of KPIs in one period.' })
export class KpiAttainmentRow {
  @Field({ description: 'Stable group key: a ProcessArea value or a global ID.' })
  key!: string;

  @Field({ description: 'Human-readable group name.' })
  label!: string;

  @Field(() => Int, { description: 'Number of (unarchived) KPIs in the group.' })
  kpis!: number;

  @Field(() => Int, { description: 'KPIs GREEN in the period.' })
  green!: number;

  @Field(() => Int, { description: 'KPIs AMBER in the period.' })
  amber!: number;

  @Field(() => Int, { description: 'KPIs RED in the period.' })
  red!: number;

  @Field(() => Int, {
    description: 'KPIs without a measurement (on or before asOf) or a target for the period.',
  })
  noData!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean attainment over the KPIs of the group that have data (uncapped); null when none has.',
  })
  averageAttainment!: number | null;
}
