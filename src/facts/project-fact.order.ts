import { Field, InputType, registerEnumType } from 'type-graphql';
import { type OrderColumn, OrderDirection } from '../graphql/pagination';

/** The columns `projectFacts` can be sorted by. */
export enum ProjectFactOrderField {
  PROJECT_CODE = 'PROJECT_CODE',
  ORG_UNIT_CODE = 'ORG_UNIT_CODE',
  STATUS = 'STATUS',
  PROGRESS = 'PROGRESS',
  PLANNED_END = 'PLANNED_END',
  SCHEDULE_SLIP_DAYS = 'SCHEDULE_SLIP_DAYS',
}

registerEnumType(ProjectFactOrderField, {
  name: 'ProjectFactOrderField',
  description: 'A column `projectFacts` can be sorted by.',
  valuesConfig: {
    PROJECT_CODE: { description: 'The project code (the default).' },
    ORG_UNIT_CODE: { description: 'The org unit code.' },
    STATUS: { description: 'The status name, alphabetically.' },
    PROGRESS: { description: 'The reported progress.' },
    PLANNED_END: { description: 'The planned end date.' },
    SCHEDULE_SLIP_DAYS: { description: 'The schedule slip in days.' },
  },
});

@InputType({
  description: 'One sort key of `projectFacts`; ties are broken by the next key, then by project.',
})
export class ProjectFactOrder {
  @Field(() => ProjectFactOrderField, { description: 'The column to sort by.' })
  field!: ProjectFactOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction!: OrderDirection;
}

export const projectFactOrderColumns: Record<ProjectFactOrderField, OrderColumn> = {
  PROJECT_CODE: { column: 'projectCode', sqlType: 'text', nullable: false },
  ORG_UNIT_CODE: { column: 'orgUnitCode', sqlType: 'text', nullable: false },
  STATUS: { column: 'status', sqlType: 'text', nullable: false },
  PROGRESS: { column: 'progress', sqlType: 'int', nullable: false },
  PLANNED_END: { column: 'plannedEnd', sqlType: 'date', nullable: false },
  SCHEDULE_SLIP_DAYS: { column: 'scheduleSlipDays', sqlType: 'int', nullable: false },
};

/** The project identifies a fact row: the tie-break. */
export const projectFactTieBreak: OrderColumn[] = [{ column: 'projectId', sqlType: 'int', nullable: false }];
