import { Field, InputType, registerEnumType } from 'type-graphql';
import { type OrderColumn, OrderDirection } from '../graphql/pagination';

/** The fields the `projects` list can be sorted by. */
export enum TechProjectOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
  STATUS = 'STATUS',
  HEALTH = 'HEALTH',
  PROGRESS = 'PROGRESS',
  PLANNED_START = 'PLANNED_START',
  PLANNED_END = 'PLANNED_END',
  ACTUAL_END = 'ACTUAL_END',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

registerEnumType(TechProjectOrderField, {
  name: 'TechProjectOrderField',
  description: 'A field the `projects` list can be sorted by.',
  valuesConfig: {
    CODE: { description: 'The project code.' },
    NAME: { description: 'The name.' },
    STATUS: { description: 'The status, in lifecycle order PROPOSED … CANCELLED.' },
    HEALTH: { description: 'The reported health, GREEN first.' },
    PROGRESS: { description: 'The reported progress.' },
    PLANNED_START: { description: 'The planned start date.' },
    PLANNED_END: { description: 'The planned end date.' },
    ACTUAL_END: {
      description: 'The actual end date (projects not yet delivered sort as the largest value).',
    },
    CREATED_AT: { description: 'When the project was created.' },
    UPDATED_AT: { description: 'When the project was last changed.' },
  },
});

@InputType({
  description: 'One sort key of the `projects` list; ties are broken by the next key, then by ID.',
})
export class TechProjectOrder {
  @Field(() => TechProjectOrderField, { description: 'The field to sort by.' })
  field!: TechProjectOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction!: OrderDirection;
}

export const projectOrderColumns: Record<TechProjectOrderField, OrderColumn> = {
  CODE: { column: 'code', sqlType: 'text', nullable: false },
  NAME: { column: 'name', sqlType: 'text', nullable: false },
  STATUS: { column: 'status', sqlType: 'project_status', nullable: false },
  HEALTH: { column: 'health', sqlType: 'project_health', nullable: false },
  PROGRESS: { column: 'progress', sqlType: 'int', nullable: false },
  PLANNED_START: { column: 'planned_start', sqlType: 'date', nullable: false },
  PLANNED_END: { column: 'planned_end', sqlType: 'date', nullable: false },
  ACTUAL_END: { column: 'actual_end', sqlType: 'date', nullable: true },
  CREATED_AT: { column: 'created_at', sqlType: 'timestamptz', nullable: false },
  UPDATED_AT: { column: 'updated_at', sqlType: 'timestamptz', nullable: false },
};
