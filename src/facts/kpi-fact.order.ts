import { Field, InputType, registerEnumType } from 'type-graphql';
import { type OrderColumn, OrderDirection } from '../graphql/pagination';

/** The columns `kpiFacts` can be sorted by. */
export enum KpiFactOrderField {
  PERIOD = 'PERIOD',
  KPI_CODE = 'KPI_CODE',
  ORG_UNIT_CODE = 'ORG_UNIT_CODE',
  PROCESS_AREA = 'PROCESS_AREA',
  VALUE = 'VALUE',
  ATTAINMENT = 'ATTAINMENT',
}

registerEnumType(KpiFactOrderField, {
  name: 'KpiFactOrderField',
  description: 'A column `kpiFacts` can be sorted by.',
  valuesConfig: {
    PERIOD: { description: 'The period (the default, then the KPI).' },
    KPI_CODE: { description: 'The KPI code.' },
    ORG_UNIT_CODE: { description: 'The org unit code.' },
    PROCESS_AREA: { description: 'The process area name, alphabetically.' },
    VALUE: { description: 'The measured value (missing values sort as the largest).' },
    ATTAINMENT: { description: 'The attainment (missing attainment sorts as the largest).' },
  },
});

@InputType({
  description: 'One sort key of `kpiFacts`; ties are broken by the next key, then by KPI and period.',
})
export class KpiFactOrder {
  @Field(() => KpiFactOrderField, { description: 'The column to sort by.' })
  field!: KpiFactOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction!: OrderDirection;
}

export const kpiFactOrderColumns: Record<KpiFactOrderField, OrderColumn> = {
  PERIOD: { column: 'period', sqlType: 'date', nullable: false },
  KPI_CODE: { column: 'kpiCode', sqlType: 'text', nullable: false },
  ORG_UNIT_CODE: { column: 'orgUnitCode', sqlType: 'text', nullable: false },
  PROCESS_AREA: { column: 'processArea', sqlType: 'text', nullable: false },
  VALUE: { column: 'value', sqlType: 'float8', nullable: true },
  ATTAINMENT: { column: 'attainment', sqlType: 'float8', nullable: true },
};

/** (KPI, period) identifies a fact row: the tie-break. */
export const kpiFactTieBreak: OrderColumn[] = [
  { column: 'kpiId', sqlType: 'int', nullable: false },
  { column: 'period', sqlType: 'date', nullable: false },
];
