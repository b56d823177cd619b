import { getNamedType, GraphQLObjectType, isObjectType } from 'graphql';
import { rootFieldDecisions, rootFieldDomains } from '../../src/auth/apply-authorization';
import { FIELD_DECISIONS, SENSITIVE_FIELD_NAME } from '../../src/auth/policy';
import { ALL_ROLES, Role } from '../../src/auth/role.enum';
import { encodeGlobalId } from '../../src/graphql/global-id';
import { buildThroughlineSchema, resolversByDomain } from '../../src/graphql/schema';
import { SeedBuilder } from '../helpers/seed-builder';
import { startTestApp, type TestApp } from '../helpers/test-app';

describe('schema walk: every field has an explicit authorization decision', () => {
  it('has a decision for every Query and Mutation field', async () => {
    const schema = await buildThroughlineSchema();
    const decisions = rootFieldDecisions(schema, rootFieldDomains(resolversByDomain));
    expect(decisions.size).toBeGreaterThan(10);
    const undecided = [...decisions].filter(([, decision]) => !decision).map(([field]) => field);
    expect(undecided).toEqual([]);
    for (const [field, decision] of decisions) {
      expect({ field, roles: decision!.roles.filter((role) => !ALL_ROLES.includes(role)) }).toEqual({
        field,
        roles: [],
      });
    }
  });

  it('has a field decision for every object field that looks personal or secret', async () => {
    const schema = await buildThroughlineSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values((type as GraphQLObjectType).getFields())) {
        const key = `${type.name}.${field.name}`;
        if (
          SENSITIVE_FIELD_NAME.test(field.name) &&
          getNamedType(field.type).name === 'String' &&
          !FIELD_DECISIONS[key]
        ) {
          missing.push(key);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(schema.getType('Person')).toBeDefined();
  });
});

/** allowed roles per operation, written out by hand from README (not from the policy code). */
const ALL = ALL_ROLES;
const OPERATIONS: { name: string; document: string; allowed: readonly Role[] }[] = [
  { name: 'Query.kpiByCode', document: '{ kpiByCode(code: "NONE") { code } }', allowed: ALL },
  {
    name: 'Query.project',
    document: `{ project(id: "${encodeGlobalId('TechProject', 999999)}") { id } }`,
    allowed: ALL,
  },
  { name: 'Query.risk', document: `{ risk(id: "${encodeGlobalId('Risk', 999999)}") { id } }`, allowed: ALL },
  {
    name: 'Query.node',
    document: `{ node(id: "${encodeGlobalId('Kpi', 999999)}") { id } }`,
    allowed: [Role.CEO, Role.CFO, Role.CIO, Role.COO, Role.ANALYST, Role.ADMIN],
  },
  {
    name: 'Query.auditLog',
    document: '{ auditLog(first: 1) { pageInfo { hasNextPage } } }',
    allowed: [Role.CEO, Role.ADMIN],
  },
  {
    name: 'Mutation.createGoal (strategy)',
    document: `mutation { createGoal(input: { code: "MX-G", title: "x", perspective: FINANCIAL, status: DRAFT, fiscalYear: 2026, startDate: "2026-12-31", endDate: "2026-01-01" }) { id } }`,
    allowed: [Role.CEO, Role.ADMIN],
  },
  {
    name: 'Mutation.archiveKpi (operations)',
    document: `mutation { archiveKpi(id: "${encodeGlobalId('Kpi', 999999)}", version: 1) { id } }`,
    allowed: [Role.COO, Role.ADMIN],
  },
  {
    name: 'Mutation.recordKpiMeasurements (operations feed)',
    document: 'mutation { recordKpiMeasurements(input: []) { inserted } }',
    allowed: [Role.COO, Role.ADMIN, Role.UNIT_LEAD],
  },
  {
    name: 'Mutation.setKpiTargets (operations)',
    document: 'mutation { setKpiTargets(input: []) { inserted } }',
    allowed: [Role.COO, Role.ADMIN],
  },
  {
    name: 'Mutation.archiveProject (technology)',
    document: `mutation { archiveProject(id: "${encodeGlobalId('TechProject', 999999)}", version: 1) { id } }`,
    allowed: [Role.CIO, Role.ADMIN],
  },
  {
    name: 'Mutation.reportProjectProgress (technology feed)',
    document: `mutation { reportProjectProgress(id: "${encodeGlobalId('TechProject', 999999)}", version: 1, progress: 10, health: GREEN) { id } }`,
    allowed: [Role.CIO, Role.ADMIN, Role.UNIT_LEAD],
  },
  {
    name: 'Mutation.archiveRisk (risk)',
    document: `mutation { archiveRisk(id: "${encodeGlobalId('Risk', 999999)}", version: 1) { id } }`,
    allowed: [Role.CEO, Role.CFO, Role.CIO, Role.COO, Role.ADMIN],
  },
];

describe('role × operation matrix', () => {
  let t: TestApp;
  let unitId: string;
  beforeAll(async () => {
    t = await startTestApp();
    const seed = new SeedBuilder(t.em());
    const unit = seed.orgUnit();
    await seed.flush();
    unitId = encodeGlobalId('OrgUnit', unit.id);
  });
  afterAll(() => t?.close());

  const cells = OPERATIONS.flatMap((operation) =>
    ALL_ROLES.map((role) => [operation.name, role, operation] as const),
  );
  it.each(cells)('%s as %s', async (_name, role, operation) => {
    const headers = await t.as(role, role === Role.UNIT_LEAD ? unitId : undefined);
    let result: Awaited<ReturnType<TestApp['request']>> | undefined;
    const statements = await t.countSql(async () => {
      result = await t.request(operation.document, {}, headers);
    });
    const codes = (result!.errors ?? []).map((error) => error.extensions?.code);
    if (operation.allowed.includes(role)) {
      expect(codes).not.toContain('FORBIDDEN');
      expect(codes).not.toContain('UNAUTHENTICATED');
      expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
    } else {
      expect(codes).toEqual(['FORBIDDEN']);
      expect(result!.errors![0].message).not.toMatch(/999999|exist/i);
      expect(statements).toBe(0);
    }
  });
});
