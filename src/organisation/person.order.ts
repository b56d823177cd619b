import { Field, InputType, registerEnumType } from 'type-graphql';
import { type OrderColumn, OrderDirection } from '../graphql/pagination';

/** The fields the `people` list can be sorted by. */
export enum PersonOrderField {
  NAME = 'NAME',
  TITLE = 'TITLE',
  EXECUTIVE_ROLE = 'EXECUTIVE_ROLE',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

registerEnumType(PersonOrderField, {
  name: 'PersonOrderField',
  description: 'A field the `people` list can be sorted by.',
  valuesConfig: {
    NAME: { description: 'The full name.' },
    TITLE: { description: 'The job title (people without one sort as the largest value).' },
    EXECUTIVE_ROLE: {
      description: 'The executive seat, in declaration order (none sorts as the largest value).',
    },
    CREATED_AT: { description: 'When the person was created.' },
    UPDATED_AT: { description: 'When the person was last changed.' },
  },
});

@InputType({ description: 'One sort key of the `people` list; ties are broken by the next key, then by ID.' })
export class PersonOrder {
  @Field(() => PersonOrderField, { description: 'The field to sort by.' })
  field!: PersonOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction!: OrderDirection;
}

export const personOrderColumns: Record<PersonOrderField, OrderColumn> = {
  NAME: { column: 'name', sqlType: 'text', nullable: false },
  TITLE: { column: 'title', sqlType: 'text', nullable: true },
  EXECUTIVE_ROLE: { column: 'executive_role', sqlType: 'executive_role', nullable: true },
  CREATED_AT: { column: 'created_at', sqlType: 'timestamptz', nullable: false },
  UPDATED_AT: { column: 'updated_at', sqlType: 'timestamptz', nullable: false },
};
