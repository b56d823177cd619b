import { Field, InputType, registerEnumType } from 'type-graphql';
import { type OrderColumn, OrderDirection } from '../graphql/pagination';

/** The columns `budgetFacts` can be sorted by. */
export enum BudgetFactOrderField {
  MONTH = 'MONTH',
  BUDGET_CODE = 'BUDGET_CODE',
  ORG_UNIT_CODE = 'ORG_UNIT_CODE',
  FISCAL_YEAR = 'FISCAL_YEAR',
  CATEGORY = 'CATEGORY',
}

registerEnumType(BudgetFactOrderField, {
  name: 'BudgetFactOrderField',
  description: 'A column `budgetFacts` can be sorted by.',
  valuesConfig: {
    MONTH: { description: 'The month (the default, then the budget).' },
    BUDGET_CODE: { description: 'The budget code.' },
    ORG_UNIT_CODE: { description: 'The org unit code.' },
    FISCAL_YEAR: { description: 'The fiscal year.' },
    CATEGORY: { description: 'The category name, alphabetically.' },
  },
});

@InputType({
  description: 'One sort key of `budgetFacts`; ties are broken by the next key, then by budget and month.',
})
export class BudgetFactOrder {
  @Field(() => BudgetFactOrderField, { description: 'The column to sort by.' })
  field!: BudgetFactOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction!: OrderDirection;
}

export const budgetFactOrderColumns: Record<BudgetFactOrderField, OrderColumn> = {
  MONTH: { column: 'month', sqlType: 'date', nullable: false },
  BUDGET_CODE: { column: 'budgetCode', sqlType: 'text', nullable: false },
  ORG_UNIT_CODE: { column: 'orgUnitCode', sqlType: 'text', nullable: false },
  FISCAL_YEAR: { column: 'fiscalYear', sqlType: 'int', nullable: false },
  CATEGORY: { column: 'category', sqlType: 'text', nullable: false },
};

/** (budget, month) identifies a fact row: the tie-break. */
export const budgetFactTieBreak: OrderColumn[] = [
  { column: 'budgetId', sqlType: 'int', nullable: false },
  { column: 'month', sqlType: 'date', nullable: false },
];
