import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { DateTimeScalar, DecimalScalar } from '../graphql/scalars';
import { RelationField } from '../graphql/relation-field';
import { OrgUnit } from '../organisation/org-unit.entity';
import { StrategicGoal } from '../strategy/strategic-goal.entity';
import { BudgetCategory } from './budget-category.enum';

@Entity({ tableName: 'budget' })
@Index({ properties: ['fiscalYear', 'orgUnit'] })
@ObjectType({
  implements: BaseEntity,
  description:
    'A budget (CFO): org unit × fiscal year × category × currency, with a planned amount and optionally the goal it funds.',
})
export class Budget extends BaseEntity {
  @Property({ unique: true, length: 40 })
  @Field({ description: 'Unique code, e.g. "B-2026-IT-OPEX"; the natural key of actuals feeds.' })
  code!: string;

  @Property({ length: 200 })
  @Field({ description: 'Display name.' })
  name!: string;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  @RelationField(() => OrgUnit, { description: 'The org unit that owns the budget.' })
  orgUnit!: OrgUnit;

  @Property()
  @Field(() => Int, { description: 'The fiscal year.' })
  fiscalYear!: number;

  @Enum({ items: () => BudgetCategory, nativeEnumName: 'budget_category' })
  @Field(() => BudgetCategory, { description: 'OPEX or CAPEX.' })
  category!: BudgetCategory;

  @Property({ columnType: 'char(3)' })
  @Field({ description: 'ISO 4217 currency of planned and actual amounts.' })
  currency!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  @Field(() => DecimalScalar, { description: 'Planned amount for the fiscal year, in `currency`.' })
  planned!: string;

  @ManyToOne(() => StrategicGoal, { nullable: true, deleteRule: 'set null' })
  @Index()
  @RelationField(() => StrategicGoal, {
    nullable: true,
    description: 'The strategic goal this budget funds, if any.',
  })
  goal?: StrategicGoal;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the budget was archived.' })
  archivedAt?: Date;
}
