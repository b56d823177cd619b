import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars';

export enum BudgetGrouping {
  ORG_UNIT = 'ORG_UNIT',
  CATEGORY = 'CATEGORY',
  GOAL = 'GOAL',
  MONTH = 'MONTH',
  CURRENCY = 'CURRENCY',
}

registerEnumType(BudgetGrouping, {
  name: 'BudgetGrouping',
  description: 'How budget variance rows are grouped.',
  valuesConfig: {
    ORG_UNIT: { description: 'By the org unit that owns the budget (key: its global ID).' },
    CATEGORY: { description: 'By OPEX / CAPEX.' },
    GOAL: { description: 'By the goal the budget funds (key: its global ID, or "NONE").' },
    MONTH: { description: 'By month of the fiscal year (key: YYYY-MM-01); each month carries planned / 12.' },
    CURRENCY: { description: "By the budget's own currency (amounts still in the reporting currency)." },
  },
});

@ObjectType({
  description:
    'Plan versus actual of a group of budgets in the reporting currency: variance = actual − planned (positive is overspend), variancePct = variance / planned × 100.',
})
export class BudgetVarianceRow {
  @Field({
    description:
      'Stable group key: a global ID, an enum value, a month (YYYY-MM-01), a currency, "NONE", or "TOTAL".',
  })
  key!: string;

  @Field({ description: 'Human-readable group name.' })
  label!: string;

  @Field(() => DecimalScalar, {
    description: 'Sum of planned amounts, each converted at the January rate of the fiscal year.',
  })
  planned!: string;

  @Field(() => DecimalScalar, {
    description: "Sum of actuals on or before asOf, each converted at its own month's rate.",
  })
  actual!: string;

  @Field(() => DecimalScalar, { description: 'actual − planned; positive is overspend.' })
  variance!: string;

  @Field(() => Float, { nullable: true, description: 'variance / planned × 100; null when planned is 0.' })
  variancePct!: number | null;

  @Field({ description: 'The reporting currency of all amounts of the row.' })
  currency!: string;
}
