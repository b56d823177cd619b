import { Field, InputType, registerEnumType } from 'type-graphql';
import { type OrderColumn, OrderDirection } from '../graphql/pagination';

/** The fields the `risks` list can be sorted by. */
export enum RiskOrderField {
  TITLE = 'TITLE',
  CATEGORY = 'CATEGORY',
  STATUS = 'STATUS',
  LIKELIHOOD = 'LIKELIHOOD',
  IMPACT = 'IMPACT',
  EXPOSURE = 'EXPOSURE',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

registerEnumType(RiskOrderField, {
  name: 'RiskOrderField',
  description: 'A field the `risks` list can be sorted by.',
  valuesConfig: {
    TITLE: { description: 'The title.' },
    CATEGORY: { description: 'The category, in declaration order.' },
    STATUS: { description: 'The status, in declaration order OPEN, MITIGATING, ACCEPTED, CLOSED.' },
    LIKELIHOOD: { description: 'The likelihood (1–5).' },
    IMPACT: { description: 'The impact (1–5).' },
    EXPOSURE: { description: 'Exposure = likelihood × impact (1–25).' },
    CREATED_AT: { description: 'When the risk was created.' },
    UPDATED_AT: { description: 'When the risk was last changed.' },
  },
});

@InputType({ description: 'One sort key of the `risks` list; ties are broken by the next key, then by ID.' })
export class RiskOrder {
  @Field(() => RiskOrderField, { description: 'The field to sort by.' })
  field!: RiskOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction!: OrderDirection;
}

export const riskOrderColumns: Record<RiskOrderField, OrderColumn> = {
  TITLE: { column: 'title', sqlType: 'text', nullable: false },
  CATEGORY: { column: 'category', sqlType: 'risk_category', nullable: false },
  STATUS: { column: 'status', sqlType: 'risk_status', nullable: false },
  LIKELIHOOD: { column: 'likelihood', sqlType: 'int', nullable: false },
  IMPACT: { column: 'impact', sqlType: 'int', nullable: false },
  EXPOSURE: { column: '__exposure', sqlType: 'int', nullable: false },
  CREATED_AT: { column: 'created_at', sqlType: 'timestamptz', nullable: false },
  UPDATED_AT: { column: 'updated_at', sqlType: 'timestamptz', nullable: false },
};
