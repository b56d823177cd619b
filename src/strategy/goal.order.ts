import { Field, InputType, registerEnumType } from 'type-graphql';
import { type OrderColumn, OrderDirection } from '../graphql/pagination';

/** The fields the `goals` list can be sorted by. */
export enum StrategicGoalOrderField {
  CODE = 'CODE',
  TITLE = 'TITLE',
  STATUS = 'STATUS',
  PERSPECTIVE = 'PERSPECTIVE',
  FISCAL_YEAR = 'FISCAL_YEAR',
  START_DATE = 'START_DATE',
  END_DATE = 'END_DATE',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

registerEnumType(StrategicGoalOrderField, {
  name: 'StrategicGoalOrderField',
  description: 'A field the `goals` list can be sorted by.',
  valuesConfig: {
    CODE: { description: 'The goal code.' },
    TITLE: { description: 'The title.' },
    STATUS: { description: 'The status, in lifecycle order DRAFT, ACTIVE, ACHIEVED, DROPPED.' },
    PERSPECTIVE: { description: 'The Balanced-Scorecard perspective, in declaration order.' },
    FISCAL_YEAR: { description: 'The fiscal year.' },
    START_DATE: { description: 'The start date.' },
    END_DATE: { description: 'The end date.' },
    CREATED_AT: { description: 'When the goal was created.' },
    UPDATED_AT: { description: 'When the goal was last changed.' },
  },
});

@InputType({ description: 'One sort key of the `goals` list; ties are broken by the next key, then by ID.' })
export class StrategicGoalOrder {
  @Field(() => StrategicGoalOrderField, { description: 'The field to sort by.' })
  field!: StrategicGoalOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction!: OrderDirection;
}

export const goalOrderColumns: Record<StrategicGoalOrderField, OrderColumn> = {
  CODE: { column: 'code', sqlType: 'text', nullable: false },
  TITLE: { column: 'title', sqlType: 'text', nullable: false },
  STATUS: { column: 'status', sqlType: 'goal_status', nullable: false },
  PERSPECTIVE: { column: 'perspective', sqlType: 'perspective', nullable: false },
  FISCAL_YEAR: { column: 'fiscal_year', sqlType: 'int', nullable: false },
  START_DATE: { column: 'start_date', sqlType: 'date', nullable: false },
  END_DATE: { column: 'end_date', sqlType: 'date', nullable: false },
  CREATED_AT: { column: 'created_at', sqlType: 'timestamptz', nullable: false },
  UPDATED_AT: { column: 'updated_at', sqlType: 'timestamptz', nullable: false },
};
