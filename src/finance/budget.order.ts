import { Field, InputType, registerEnumType } from 'type-graphql';
import { type OrderColumn, OrderDirection } from '../graphql/pagination';

/** The fields the `budgets` list can be sorted by. */
export enum BudgetOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
  FISCAL_YEAR = 'FISCAL_YEAR',
  CATEGORY = 'CATEGORY',
  CURRENCY = 'CURRENCY',
  PLANNED = 'PLANNED',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

registerEnumType(BudgetOrderField, {
  name: 'BudgetOrderField',
  description: 'A field the `budgets` list can be sorted by.',
  valuesConfig: {
    CODE: { description: 'The budget code.' },
    NAME: { description: 'The name.' },
    FISCAL_YEAR: { description: 'The fiscal year.' },
    CATEGORY: { description: 'The category, OPEX first.' },
    CURRENCY: { description: 'The currency code.' },
    PLANNED: { description: 'The planned amount in the budget currency (not converted).' },
    CREATED_AT: { description: 'When the budget was created.' },
    UPDATED_AT: { description: 'When the budget was last changed.' },
  },
});

@InputType({
  description: 'One sort key of the `budgets` list; ties are broken by the next key, then by ID.',
})
export class BudgetOrder {
  @Field(() => BudgetOrderField, { description: 'The field to sort by.' })
  field!: BudgetOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction!: OrderDirection;
}

export const budgetOrderColumns: Record<BudgetOrderField, OrderColumn> = {
  CODE: { column: 'code', sqlType: 'text', nullable: false },
  NAME: { column: 'name', sqlType: 'text', nullable: false },
  FISCAL_YEAR: { column: 'fiscal_year', sqlType: 'int', nullable: false },
  CATEGORY: { column: 'category', sqlType: 'budget_category', nullable: false },
  CURRENCY: { column: 'currency', sqlType: 'text', nullable: false },
  PLANNED: { column: 'planned', sqlType: 'numeric', nullable: false },
  CREATED_AT: { column: 'created_at', sqlType: 'timestamptz', nullable: false },
  UPDATED_AT: { column: 'updated_at', sqlType: 'timestamptz', nullable: false },
};
