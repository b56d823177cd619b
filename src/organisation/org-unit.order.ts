import { Field, InputType, registerEnumType } from 'type-graphql';
import { type OrderColumn, OrderDirection } from '../graphql/pagination';

/** The fields the `orgUnits` list can be sorted by. */
export enum OrgUnitOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
  FUNCTION = 'FUNCTION',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

registerEnumType(OrgUnitOrderField, {
  name: 'OrgUnitOrderField',
  description: 'A field the `orgUnits` list can be sorted by.',
  valuesConfig: {
    CODE: { description: 'The unit code.' },
    NAME: { description: 'The name.' },
    FUNCTION: { description: 'The executive function, in declaration order.' },
    CREATED_AT: { description: 'When the unit was created.' },
    UPDATED_AT: { description: 'When the unit was last changed.' },
  },
});

@InputType({
  description: 'One sort key of the `orgUnits` list; ties are broken by the next key, then by ID.',
})
export class OrgUnitOrder {
  @Field(() => OrgUnitOrderField, { description: 'The field to sort by.' })
  field!: OrgUnitOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction!: OrderDirection;
}

export const orgUnitOrderColumns: Record<OrgUnitOrderField, OrderColumn> = {
  CODE: { column: 'code', sqlType: 'text', nullable: false },
  NAME: { column: 'name', sqlType: 'text', nullable: false },
  FUNCTION: { column: 'function', sqlType: 'executive_function', nullable: false },
  CREATED_AT: { column: 'created_at', sqlType: 'timestamptz', nullable: false },
  UPDATED_AT: { column: 'updated_at', sqlType: 'timestamptz', nullable: false },
};
