import { Field, InputType, registerEnumType } from 'type-graphql';
import { type OrderColumn, OrderDirection } from '../graphql/pagination';

/** The fields the `kpis` list can be sorted by. */
export enum KpiOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
  PROCESS_AREA = 'PROCESS_AREA',
  DIRECTION = 'DIRECTION',
  FREQUENCY = 'FREQUENCY',
  UNIT = 'UNIT',
  AMBER_THRESHOLD = 'AMBER_THRESHOLD',
  RED_THRESHOLD = 'RED_THRESHOLD',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

registerEnumType(KpiOrderField, {
  name: 'KpiOrderField',
  description: 'A field the `kpis` list can be sorted by.',
  valuesConfig: {
    CODE: { description: 'The KPI code.' },
    NAME: { description: 'The name.' },
    PROCESS_AREA: { description: 'The process area, in declaration order.' },
    DIRECTION: { description: 'The direction, HIGHER_IS_BETTER first.' },
    FREQUENCY: { description: 'The frequency, MONTHLY first.' },
    UNIT: { description: 'The unit.' },
    AMBER_THRESHOLD: { description: 'The amber threshold.' },
    RED_THRESHOLD: { description: 'The red threshold.' },
    CREATED_AT: { description: 'When the KPI was created.' },
    UPDATED_AT: { description: 'When the KPI was last changed.' },
  },
});

@InputType({ description: 'One sort key of the `kpis` list; ties are broken by the next key, then by ID.' })
export class KpiOrder {
  @Field(() => KpiOrderField, { description: 'The field to sort by.' })
  field!: KpiOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction!: OrderDirection;
}

export const kpiOrderColumns: Record<KpiOrderField, OrderColumn> = {
  CODE: { column: 'code', sqlType: 'text', nullable: false },
  NAME: { column: 'name', sqlType: 'text', nullable: false },
  PROCESS_AREA: { column: 'process_area', sqlType: 'process_area', nullable: false },
  DIRECTION: { column: 'direction', sqlType: 'kpi_direction', nullable: false },
  FREQUENCY: { column: 'frequency', sqlType: 'kpi_frequency', nullable: false },
  UNIT: { column: 'unit', sqlType: 'text', nullable: false },
  AMBER_THRESHOLD: { column: 'amber_threshold', sqlType: 'numeric', nullable: false },
  RED_THRESHOLD: { column: 'red_threshold', sqlType: 'numeric', nullable: false },
  CREATED_AT: { column: 'created_at', sqlType: 'timestamptz', nullable: false },
  UPDATED_AT: { column: 'updated_at', sqlType: 'timestamptz', nullable: false },
};
