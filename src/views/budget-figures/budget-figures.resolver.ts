import { Arg, Ctx, FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import { Budget } from '../../finance/budget.entity';
import type { GraphQLContext } from '../../graphql/context';
import { DateScalar, DecimalScalar } from '../../graphql/scalars';
import { TechProject } from '../../technology/tech-project.entity';
import { AS_OF_DESCRIPTION, resolveAsOf } from '../shared/as-of';
import { REPORTING_CURRENCY_DESCRIPTION } from '../shared/currency';
import { SLIP_DESCRIPTION } from '../shared/project-sql';
import { BudgetFigures } from './budget-figures.type';
import { BudgetFiguresService } from './budget-figures.service';
import './budget-figures.sql-twins';

const asOfArg = () => DateScalar;

/** Plan-versus-actual fields on Budget, batched: one SQL statement per request for all of them. */
@Resolver(() => Budget)
export class BudgetFiguresResolver {
  private async figures(
    budget: Budget,
    ctx: GraphQLContext,
    asOf?: string | null,
  ): Promise<BudgetFigures | null> {
    return new BudgetFiguresService(ctx).inBudgetCurrency(resolveAsOf(asOf)).load(budget.id);
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description:
      'Sum of the monthly actuals on or before asOf, in the budget\'s currency ("0.00" when none).',
  })
  async actual(
    @Root() budget: Budget,
    @Ctx() ctx: GraphQLContext,
    @Arg('asOf', asOfArg, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string | null,
  ): Promise<string | null> {
    return (await this.figures(budget, ctx, asOf))?.actual ?? null;
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description: "variance = actual − planned in the budget's currency; positive is overspend.",
  })
  async variance(
    @Root() budget: Budget,
    @Ctx() ctx: GraphQLContext,
    @Arg('asOf', asOfArg, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string | null,
  ): Promise<string | null> {
    return (await this.figures(budget, ctx, asOf))?.variance ?? null;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'variancePct = (actual − planned) / planned × 100; null when planned is 0.',
  })
  async variancePct(
    @Root() budget: Budget,
    @Ctx() ctx: GraphQLContext,
    @Arg('asOf', asOfArg, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string | null,
  ): Promise<number | null> {
    return (await this.figures(budget, ctx, asOf))?.variancePct ?? null;
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description:
      "Run-rate forecast for the year: actual to date ÷ months with actuals × 12, in the budget's currency; null without actuals.",
  })
  async forecast(
    @Root() budget: Budget,
    @Ctx() ctx: GraphQLContext,
    @Arg('asOf', asOfArg, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string | null,
  ): Promise<string | null> {
    return (await this.figures(budget, ctx, asOf))?.forecast ?? null;
  }

  @FieldResolver(() => BudgetFigures, {
    nullable: true,
    description: `Planned, actual, variance, variancePct and forecast ${REPORTING_CURRENCY_DESCRIPTION}.`,
  })
  inReportingCurrency(
    @Root() budget: Budget,
    @Ctx() ctx: GraphQLContext,
    @Arg('asOf', asOfArg, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string | null,
  ): Promise<BudgetFigures | null> {
    return new BudgetFiguresService(ctx).inReportingCurrency(resolveAsOf(asOf)).load(budget.id);
  }
}

/** Delivery fields on TechProject, batched: one SQL statement per request for both. */
@Resolver(() => TechProject)
export class ProjectDeliveryResolver {
  @FieldResolver(() => Int, { nullable: true, description: SLIP_DESCRIPTION })
  async scheduleSlipDays(
    @Root() project: TechProject,
    @Ctx() ctx: GraphQLContext,
    @Arg('asOf', asOfArg, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string | null,
  ): Promise<number | null> {
    return (
      (await new BudgetFiguresService(ctx).projectDelivery(resolveAsOf(asOf)).load(project.id))?.slipDays ??
      null
    );
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Budget burn: actuals of the funding budget on or before asOf ÷ its planned amount × 100; null without a funding budget or with planned 0.',
  })
  async budgetBurnPct(
    @Root() project: TechProject,
    @Ctx() ctx: GraphQLContext,
    @Arg('asOf', asOfArg, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string | null,
  ): Promise<number | null> {
    return (
      (await new BudgetFiguresService(ctx).projectDelivery(resolveAsOf(asOf)).load(project.id))?.burnPct ??
      null
    );
  }
}
