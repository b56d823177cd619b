import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type DocumentNode, Kind, type OperationDefinitionNode, print, type TypeNode } from 'graphql';
import * as generated from '../../schema/generated/operations';
import { CURRENT_FISCAL_YEAR, DEMO_TODAY } from '../../src/demo/demo-calendar';
import { seedDemoCompany } from '../../src/demo/seed-demo';
import { startTestApp, type TestApp } from '../helpers/test-app';

/**
 * Runs every operation generated from schema/operations/ (the screen library and the bench operations)
 * against the demo company, so that an operation that no longer fits the schema or the data fails CI.
 * A new operation is picked up automatically; it needs an entry in NON_EMPTY (what the demo guarantees)
 * and values for its required variables (by name, else by input type) below.
 */

/** Variables by name: the demo's current fiscal year and "today". */
const BY_NAME: Record<string, unknown> = {
  fiscalYear: CURRENT_FISCAL_YEAR,
  asOf: DEMO_TODAY,
  period: '2026-09-01',
  first: 25,
  last: 3,
};

/** Variables by GraphQL type (named type, list or not), for the ones not found by name. */
const BY_TYPE: Record<string, unknown> = {
  BudgetGrouping: 'CATEGORY',
  KpiGrouping: 'PROCESS_AREA',
  CreateGoalInput: {
    code: 'G-LIB-1',
    title: 'A goal created by the operation library test',
    perspective: 'FINANCIAL',
    fiscalYear: CURRENT_FISCAL_YEAR,
    startDate: '2026-01-01',
    endDate: '2026-12-31',
  },
  KpiMeasurementInput: [
    { kpiCode: 'PRD-OEE-US', period: '2026-10-01', value: 71.5, source: 'operation-library-test' },
  ],
};

/**
 * Paths (dot-separated, lists flattened) that must hold at least one non-null value with the demo data.
 * The demo company (src/demo/demo-company.ts) guarantees every one of them.
 */
const NON_EMPTY: Record<string, string[]> = {
  ExecutiveDashboard: [
    'executiveSummary.strategy.worstGoals.goal.code',
    'executiveSummary.strategy.byStatus',
    'executiveSummary.finance.byCategory',
    'executiveSummary.technology.byHealth',
    'executiveSummary.operations.byProcessArea',
    'executiveSummary.operations.worstKpis.kpi.code',
  ],
  StrategyMap: [
    'goals.nodes.code',
    'goals.nodes.health.score',
    'goals.nodes.children.code',
    'goals.nodes.children.health.drivers.kind',
    'goals.nodes.children.kpis.code',
  ],
  VarianceReport: ['budgetVariance.planned', 'budgetVariance.actual'],
  KpiScorecard: [
    'kpis.nodes.code',
    'kpis.nodes.latest.attainment',
    'kpis.nodes.trend',
    'kpis.pageInfo.endCursor',
  ],
  ProjectPortfolio: [
    'projects.nodes.code',
    'projects.nodes.scheduleSlipDays',
    'projects.nodes.budgetBurnPct',
    'projects.nodes.budget.code',
    'projects.nodes.goals.code',
  ],
  AlignmentGaps: [
    'alignmentGaps.goalsWithoutKeyResults.code',
    'alignmentGaps.projectsServingNoGoal.code',
    'alignmentGaps.budgetsFundingNothing.code',
    'alignmentGaps.redKpisWithAllGreenProjects.code',
  ],
  GoalsWithKpis: ['goals.nodes.code', 'goals.nodes.kpis.code'],
  CreateGoal: ['createGoal.id'],
  BenchBudgetVariance: ['budgetVariance'],
  BenchExecutiveSummary: ['executiveSummary'],
  BenchIngest: ['recordKpiMeasurements'],
  BenchKpiAttainment: ['kpiAttainment'],
  BenchKpiFacts: ['kpiFacts.rows.kpiCode'],
  BenchStrategyExecution: ['goals.nodes.code'],
};

interface LibraryOperation {
  name: string;
  kind: 'query' | 'mutation' | 'subscription';
  document: DocumentNode;
  definition: OperationDefinitionNode;
}

/** Every operation document codegen generated (fragments are skipped; they are inlined in operations). */
function libraryOperations(): LibraryOperation[] {
  const operations: LibraryOperation[] = [];
  for (const value of Object.values(generated)) {
    const document = value as TypedDocumentNode<unknown, unknown>;
    if (document?.kind !== Kind.DOCUMENT) continue;
    const definition = document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    if (!definition?.name) continue;
    operations.push({ name: definition.name.value, kind: definition.operation, document, definition });
  }
  // Queries first, so that the mutations cannot change what they read.
  return operations.sort((a, b) => Number(a.kind === 'mutation') - Number(b.kind === 'mutation'));
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/** The variables of one operation; a required variable nobody knows is a test failure with advice. */
function variablesFor(operation: LibraryOperation): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.definition.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const typeName = namedType(definition.type);
    const value = name in BY_NAME ? BY_NAME[name] : BY_TYPE[typeName];
    if (value !== undefined) variables[name] = value;
    else if (definition.type.kind === Kind.NON_NULL_TYPE && !definition.defaultValue) {
      throw new Error(
        `${operation.name}: no value for the required variable $${name} (${typeName}); add one to BY_NAME or BY_TYPE in ${__filename}`,
      );
    }
  }
  return variables;
}

/** The values at a dot path, lists flattened at every step. */
function valuesAt(data: unknown, path: string): unknown[] {
  let current: unknown[] = [data];
  for (const key of path.split('.')) {
    current = current
      .flatMap((value) => (Array.isArray(value) ? value : [value]))
      .map((value) =>
        value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      );
  }
  return current
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter((v) => v !== null && v !== undefined);
}

const operations = libraryOperations();

describe('the operation library against the demo company', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoCompany(t.em());
  }, 120_000);
  afterAll(() => t.close());

  it('has the screens of the library, and an expectation for every generated operation', () => {
    const names = operations.map((o) => o.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'ExecutiveDashboard',
        'StrategyMap',
        'VarianceReport',
        'KpiScorecard',
        'ProjectPortfolio',
        'AlignmentGaps',
        'GoalsWithKpis',
        'CreateGoal',
      ]),
    );
    expect(names.filter((name) => !(name in NON_EMPTY))).toEqual([]);
  });

  it.each(operations.map((o) => [o.name, o] as const))(
    '%s runs without errors and returns data',
    async (name, operation) => {
      const result = await t.request(print(operation.document), variablesFor(operation));
      expect(result.errors).toBeUndefined();
      expect(result.status).toBe(200);
      for (const path of NON_EMPTY[name] ?? []) {
        expect({ path, values: valuesAt(result.data, path).length > 0 }).toEqual({ path, values: true });
      }
    },
  );

  it('finds the alignment gaps the demo company plants', async () => {
    const { alignmentGaps } = await t.execute(generated.AlignmentGapsDocument, {
      fiscalYear: CURRENT_FISCAL_YEAR,
      asOf: DEMO_TODAY,
    });
    const codes = (list: { code: string }[]) => list.map((item) => item.code);
    expect(codes(alignmentGaps.goalsWithoutKeyResults)).toContain('G-F11');
    expect(codes(alignmentGaps.projectsServingNoGoal)).toContain('P-INTRANET');
    expect(codes(alignmentGaps.budgetsFundingNothing)).toContain('B26-HQ-EVENTS');
    expect(codes(alignmentGaps.redKpisWithAllGreenProjects)).toContain('PRD-OEE-US');
  });

  it('runs the variance report for every grouping', async () => {
    for (const groupBy of ['CATEGORY', 'CURRENCY', 'GOAL', 'MONTH', 'ORG_UNIT'] as const) {
      const { budgetVariance } = await t.execute(generated.VarianceReportDocument, {
        fiscalYear: CURRENT_FISCAL_YEAR,
        groupBy,
        asOf: DEMO_TODAY,
      });
      expect(budgetVariance.length).toBeGreaterThan(0);
    }
  });
});
