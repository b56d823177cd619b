import { DEMO_TODAY } from './demo-calendar';

/**
 * Northwind Manufacturing: the demo company as plain data (a mid-size maker of industrial drives with
 * plants in Hamburg and Dayton, Ohio and a sales office in the UK). The loader turns it into rows;
 * the benchmark generator repeats it once per division. References between rows are by code
 * (org units, goals, KPIs, budgets, projects) or e-mail (people).
 *
 * Deliberate alignment gaps (kept in every generated division):
 * - goal G-F11 has no key results (strategy that is not measurable);
 * - project P-INTRANET contributes to no goal;
 * - budget B26-HQ-EVENTS funds no goal and no project;
 * - KPI PRD-OEE-US is RED while every project of the only goal it measures (G-F6) reports GREEN.
 */

export interface OrgUnitSpec {
  code: string;
  name: string;
  function: 'STRATEGY' | 'FINANCE' | 'TECHNOLOGY' | 'OPERATIONS';
  parent: string | null;
}

export interface PersonSpec {
  name: string;
  email: string;
  title: string;
  executiveRole: 'CEO' | 'CFO' | 'CIO' | 'COO' | null;
  orgUnit: string;
}

export interface GoalSpec {
  code: string;
  title: string;
  description: string;
  perspective: 'FINANCIAL' | 'CUSTOMER' | 'INTERNAL_PROCESS' | 'LEARNING_AND_GROWTH';
  status: 'DRAFT' | 'ACTIVE' | 'ACHIEVED' | 'DROPPED';
  fiscalYear: number;
  startDate: string;
  endDate: string;
  owner: string;
  parent: string | null;
}

/**
 * A KPI and the recipe of its history: the measured value moves linearly from `start` (month 0) to
 * `end` (month 23) plus seeded noise of at most ±`noise`; the target is `target2025` for periods up to
 * December 2025 and `target2026` after. Values are rounded to `decimals`.
 */
export interface KpiSpec {
  code: string;
  name: string;
  unit: string;
  direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
  frequency: 'MONTHLY' | 'QUARTERLY';
  processArea: string;
  orgUnit: string;
  owner: string;
  start: number;
  end: number;
  target2025: number;
  target2026: number;
  noise: number;
  decimals: number;
  source: string;
}

export interface KeyResultSpec {
  goal: string;
  kpi: string;
  weight: number;
}

/** Monthly actuals are planned / 12 × `burn` ± 10 % seeded noise. */
export interface BudgetSpec {
  code: string;
  name: string;
  orgUnit: string;
  fiscalYear: number;
  category: 'OPEX' | 'CAPEX';
  currency: 'EUR' | 'USD' | 'GBP';
  planned: number;
  goal: string | null;
  burn: number;
}

export interface ProjectSpec {
  code: string;
  name: string;
  status: 'PROPOSED' | 'APPROVED' | 'IN_PROGRESS' | 'ON_HOLD' | 'DONE' | 'CANCELLED';
  health: 'GREEN' | 'AMBER' | 'RED';
  progress: number;
  plannedStart: string;
  plannedEnd: string;
  actualEnd: string | null;
  sponsor: string;
  orgUnit: string;
  budget: string | null;
  contributions: [goal: string, weight: number][];
}

export interface MilestoneSpec {
  project: string;
  title: string;
  dueDate: string;
  completedAt: string | null;
}

export interface RiskSpec {
  title: string;
  description: string;
  category: 'SUPPLY_CHAIN' | 'CYBER_SECURITY' | 'COMPLIANCE' | 'FINANCIAL' | 'OPERATIONAL' | 'STRATEGIC';
  likelihood: number;
  impact: number;
  status: 'OPEN' | 'MITIGATING' | 'ACCEPTED' | 'CLOSED';
  owner: string;
  goal: string | null;
  project: string | null;
  kpi: string | null;
}

export interface CompanySpec {
  name: string;
  orgUnits: OrgUnitSpec[];
  people: PersonSpec[];
  goals: GoalSpec[];
  kpis: KpiSpec[];
  keyResults: KeyResultSpec[];
  budgets: BudgetSpec[];
  projects: ProjectSpec[];
  milestones: MilestoneSpec[];
  risks: RiskSpec[];
  /** Rate into EUR in month 0 for each currency; EUR itself is 1. */
  exchangeRates: { currency: string; base: number }[];
}

const ou = (code: string, name: string, fn: OrgUnitSpec['function'], parent: string | null): OrgUnitSpec => ({
  code,
  name,
  function: fn,
  parent,
});

const orgUnits: OrgUnitSpec[] = [
  ou('HQ', 'Northwind Manufacturing', 'STRATEGY', null),
  ou('FIN', 'Finance', 'FINANCE', 'HQ'),
  ou('FIN-PROC', 'Procurement', 'FINANCE', 'FIN'),
  ou('IT', 'Information Technology', 'TECHNOLOGY', 'HQ'),
  ou('IT-INFRA', 'Infrastructure & Security', 'TECHNOLOGY', 'IT'),
  ou('IT-APPS', 'Business Applications', 'TECHNOLOGY', 'IT'),
  ou('OPS', 'Operations', 'OPERATIONS', 'HQ'),
  ou('OPS-PLANT-DE', 'Plant Hamburg', 'OPERATIONS', 'OPS'),
  ou('OPS-PLANT-US', 'Plant Dayton, Ohio', 'OPERATIONS', 'OPS'),
  ou('OPS-LOG', 'Logistics', 'OPERATIONS', 'OPS'),
  ou('OPS-QUAL', 'Quality Management', 'OPERATIONS', 'OPS'),
  ou('SALES', 'Sales & Customer Service', 'OPERATIONS', 'HQ'),
  ou('SALES-UK', 'Sales United Kingdom', 'OPERATIONS', 'SALES'),
];

const person = (
  name: string,
  title: string,
  orgUnit: string,
  executiveRole: PersonSpec['executiveRole'] = null,
): PersonSpec => ({
  name,
  email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@northwind.example`,
  title,
  executiveRole,
  orgUnit,
});

const people: PersonSpec[] = [
  person('Anna Berger', 'Chief Executive Officer', 'HQ', 'CEO'),
  person('Marcus Holt', 'Chief Financial Officer', 'FIN', 'CFO'),
  person('Priya Raman', 'Chief Information Officer', 'IT', 'CIO'),
  person('Daniel Okafor', 'Chief Operating Officer', 'OPS', 'COO'),
  person('Tom Fischer', 'Head of Strategy & Compliance', 'HQ'),
  person('Grace Kim', 'Head of People', 'HQ'),
  person('Sofia Marques', 'Head of Procurement', 'FIN-PROC'),
  person('Jonas Weber', 'Head of Infrastructure & Security', 'IT-INFRA'),
  person('Emily Carter', 'Head of Business Applications', 'IT-APPS'),
  person('Lukas Neumann', 'Plant Manager Hamburg', 'OPS-PLANT-DE'),
  person('Michael Brooks', 'Plant Manager Dayton', 'OPS-PLANT-US'),
  person('Katarzyna Nowak', 'Head of Logistics', 'OPS-LOG'),
  person('Henrik Lund', 'Head of Quality', 'OPS-QUAL'),
  person('Claire Dubois', 'Head of Sales & Customer Service', 'SALES'),
  person('Oliver Hughes', 'Managing Director UK', 'SALES-UK'),
];

/** E-mail of the person whose name starts with `first`. */
function who(first: string): string {
  const found = people.find((p) => p.name.startsWith(first));
  if (!found) throw new Error(`demo company: no person ${first}`);
  return found.email;
}

const corporate = (
  code: string,
  perspective: GoalSpec['perspective'],
  title: string,
  description: string,
  owner: string,
): GoalSpec => ({
  code,
  title,
  description,
  perspective,
  status: 'ACTIVE',
  fiscalYear: 2026,
  startDate: '2025-01-01',
  endDate: '2027-12-31',
  owner: who(owner),
  parent: null,
});

const functional = (
  code: string,
  parent: string,
  perspective: GoalSpec['perspective'],
  title: string,
  description: string,
  owner: string,
): GoalSpec => ({
  code,
  title,
  description,
  perspective,
  status: 'ACTIVE',
  fiscalYear: 2026,
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  owner: who(owner),
  parent,
});

const goals: GoalSpec[] = [
  corporate(
    'G-C1',
    'FINANCIAL',
    'Grow EBIT margin to 12 %',
    'Profitable growth: margin before volume.',
    'Anna',
  ),
  corporate(
    'G-C2',
    'CUSTOMER',
    'Become the preferred supplier in our core markets',
    'Win and keep customers through reliability and service.',
    'Anna',
  ),
  corporate(
    'G-C3',
    'INTERNAL_PROCESS',
    'World-class manufacturing and delivery',
    'Lean plants and a supply chain that delivers on time, in full.',
    'Daniel',
  ),
  corporate(
    'G-C4',
    'LEARNING_AND_GROWTH',
    'A digital, skilled and safe organisation',
    'Modern systems, secure operations and people who grow with them.',
    'Priya',
  ),
  functional(
    'G-F1',
    'G-C1',
    'FINANCIAL',
    'Cut procurement cost by 5 %',
    'Savings on direct material and freight.',
    'Sofia',
  ),
  functional(
    'G-F2',
    'G-C1',
    'FINANCIAL',
    'Release working capital',
    'Lower DSO and inventory days.',
    'Marcus',
  ),
  functional(
    'G-F3',
    'G-C1',
    'CUSTOMER',
    'Grow North American revenue by 15 %',
    'Win OEM accounts in the US.',
    'Claire',
  ),
  functional(
    'G-F4',
    'G-C2',
    'CUSTOMER',
    'Deliver on time, in full above 95 %',
    'Reliable delivery promises.',
    'Katarzyna',
  ),
  functional(
    'G-F5',
    'G-C2',
    'CUSTOMER',
    'Lift customer satisfaction',
    'Faster answers, fewer complaints.',
    'Claire',
  ),
  functional(
    'G-F6',
    'G-C3',
    'INTERNAL_PROCESS',
    'Raise OEE to 80 % in both plants',
    'MES and predictive maintenance.',
    'Daniel',
  ),
  functional(
    'G-F7',
    'G-C3',
    'INTERNAL_PROCESS',
    'Halve scrap and complaints',
    'Quality built in, not inspected in.',
    'Henrik',
  ),
  functional(
    'G-F8',
    'G-C3',
    'INTERNAL_PROCESS',
    'A resilient supply chain',
    'Dual sourcing and fewer stock-outs.',
    'Sofia',
  ),
  functional(
    'G-F9',
    'G-C4',
    'LEARNING_AND_GROWTH',
    'Move the ERP to the cloud',
    'S/4 in the cloud by 2027.',
    'Priya',
  ),
  functional(
    'G-F10',
    'G-C4',
    'LEARNING_AND_GROWTH',
    'No serious cyber incident',
    'Detect, respond, recover.',
    'Jonas',
  ),
  functional(
    'G-F11',
    'G-C4',
    'LEARNING_AND_GROWTH',
    'Build a data-driven culture',
    'Decisions backed by data. (Deliberately has no key results: an alignment gap.)',
    'Tom',
  ),
];

type Row = [
  code: string,
  name: string,
  unit: string,
  dir: 'H' | 'L',
  freq: 'M' | 'Q',
  area: string,
  orgUnit: string,
  start: number,
  end: number,
  target2025: number,
  target2026: number,
  noise: number,
  decimals?: number,
  owner?: string,
];

const SOURCES: Record<string, string> = {
  PRODUCTION: 'MES',
  SALES: 'CRM',
  LOGISTICS: 'WMS',
  IT_SERVICES: 'ITSM',
  QUALITY: 'QMS',
  COMPLIANCE: 'GRC',
  SUPPLY_CHAIN: 'ERP',
  CUSTOMER_SERVICE: 'CRM',
  FINANCE: 'ERP',
  PEOPLE: 'HRIS',
};

// prettier-ignore
const kpiRows: Row[] = [
  ['PRD-OEE-DE', 'OEE Plant Hamburg', '%', 'H', 'M', 'PRODUCTION', 'OPS-PLANT-DE', 71, 79, 75, 80, 1],
  ['PRD-OEE-US', 'OEE Plant Dayton', '%', 'H', 'M', 'PRODUCTION', 'OPS-PLANT-US', 75, 66, 76, 80, 1],
  ['PRD-OUT-DE', 'Output Plant Hamburg', 'units', 'H', 'M', 'PRODUCTION', 'OPS-PLANT-DE', 41000, 44500, 42000, 44000, 800, 0],
  ['PRD-OUT-US', 'Output Plant Dayton', 'units', 'H', 'M', 'PRODUCTION', 'OPS-PLANT-US', 30000, 31500, 31000, 33000, 700, 0],
  ['PRD-SCRAP', 'Scrap rate', '%', 'L', 'M', 'PRODUCTION', 'OPS', 3.4, 2.3, 3.0, 2.2, 0.15],
  ['PRD-DOWN', 'Unplanned downtime', 'hours', 'L', 'M', 'PRODUCTION', 'OPS', 120, 95, 110, 90, 8],
  ['PRD-CHG', 'Average changeover time', 'min', 'L', 'M', 'PRODUCTION', 'OPS-PLANT-DE', 48, 36, 45, 38, 2],
  ['PRD-ENERGY', 'Energy per unit', 'kWh/unit', 'L', 'M', 'PRODUCTION', 'OPS', 12.5, 11.4, 12, 11, 0.3],
  ['PRD-CAP', 'Capacity utilisation', '%', 'H', 'M', 'PRODUCTION', 'OPS', 78, 84, 80, 82, 2],
  ['SLS-REV', 'Revenue', 'EUR m', 'H', 'M', 'SALES', 'SALES', 38, 42, 39, 43, 1.5],
  ['SLS-REV-NA', 'Revenue North America', 'USD m', 'H', 'M', 'SALES', 'SALES', 9, 11.8, 9.5, 11.5, 0.5],
  ['SLS-REV-UK', 'Revenue United Kingdom', 'GBP m', 'H', 'M', 'SALES', 'SALES-UK', 4.2, 3.7, 4.4, 4.6, 0.15],
  ['SLS-ORD', 'Order intake', 'EUR m', 'H', 'M', 'SALES', 'SALES', 40, 44, 41, 45, 2],
  ['SLS-WIN', 'Win rate', '%', 'H', 'M', 'SALES', 'SALES', 24, 29, 25, 28, 1.5],
  ['SLS-PIPE', 'Pipeline coverage', 'ratio', 'H', 'M', 'SALES', 'SALES', 2.6, 3.1, 3, 3, 0.1],
  ['SLS-MARGIN', 'Gross margin', '%', 'H', 'Q', 'SALES', 'SALES', 27, 29.5, 28, 30, 0.5],
  ['SLS-NEWCUST', 'New customers won', 'count', 'H', 'Q', 'SALES', 'SALES', 14, 19, 15, 18, 2, 0],
  ['LOG-OTIF', 'On-time in-full delivery', '%', 'H', 'M', 'LOGISTICS', 'OPS-LOG', 93, 84, 95, 96, 1],
  ['LOG-LEAD', 'Order lead time', 'days', 'L', 'M', 'LOGISTICS', 'OPS-LOG', 12, 10.5, 12, 10, 0.4],
  ['LOG-FREIGHT', 'Freight cost per pallet', 'EUR', 'L', 'M', 'LOGISTICS', 'OPS-LOG', 68, 79, 70, 68, 2],
  ['LOG-PICK', 'Picking accuracy', '%', 'H', 'M', 'LOGISTICS', 'OPS-LOG', 99.1, 99.6, 99.5, 99.5, 0.1],
  ['LOG-DAMAGE', 'Transport damage rate', '%', 'L', 'M', 'LOGISTICS', 'OPS-LOG', 0.8, 0.5, 0.7, 0.6, 0.05],
  ['IT-AVAIL', 'ERP availability', '%', 'H', 'M', 'IT_SERVICES', 'IT-INFRA', 99.2, 99.7, 99.5, 99.7, 0.1],
  ['IT-INC-P1', 'Priority-1 incidents', 'count', 'L', 'M', 'IT_SERVICES', 'IT-INFRA', 3, 6, 3, 2, 1, 0],
  ['IT-MTTR', 'Mean time to restore', 'hours', 'L', 'M', 'IT_SERVICES', 'IT-INFRA', 6, 4.2, 5, 4, 0.4],
  ['IT-PATCH', 'Critical patches within SLA', '%', 'H', 'M', 'IT_SERVICES', 'IT-INFRA', 78, 93, 85, 95, 2],
  ['IT-SD-SLA', 'Service desk tickets within SLA', '%', 'H', 'M', 'IT_SERVICES', 'IT-APPS', 88, 92, 90, 92, 1],
  ['IT-CLOUD', 'Workloads in the cloud', '%', 'H', 'Q', 'IT_SERVICES', 'IT-APPS', 18, 46, 25, 50, 2],
  ['IT-PHISH', 'Phishing simulation click rate', '%', 'L', 'Q', 'IT_SERVICES', 'IT-INFRA', 9, 4.5, 8, 5, 0.5],
  ['QUA-FPY', 'First-pass yield', '%', 'H', 'M', 'QUALITY', 'OPS-QUAL', 94, 96.5, 95, 97, 0.4],
  ['QUA-PPM', 'Customer complaints', 'ppm', 'L', 'M', 'QUALITY', 'OPS-QUAL', 180, 240, 170, 150, 12, 0],
  ['QUA-CAPA', 'Corrective actions closed on time', '%', 'H', 'M', 'QUALITY', 'OPS-QUAL', 72, 86, 80, 90, 3],
  ['QUA-COPQ', 'Cost of poor quality', 'EUR k', 'L', 'M', 'QUALITY', 'OPS-QUAL', 410, 350, 400, 360, 20, 0],
  ['QUA-SUPAUDIT', 'Supplier audit score', 'points', 'H', 'Q', 'QUALITY', 'OPS-QUAL', 76, 81, 78, 82, 1.5],
  ['CMP-FINDINGS', 'Open audit findings', 'count', 'L', 'M', 'COMPLIANCE', 'HQ', 14, 6, 12, 8, 1, 0, 'Tom'],
  ['CMP-TRAINING', 'Compliance training completion', '%', 'H', 'M', 'COMPLIANCE', 'HQ', 82, 95, 90, 98, 1.5, 2, 'Tom'],
  ['CMP-DSR', 'Data subject requests answered on time', '%', 'H', 'M', 'COMPLIANCE', 'IT-APPS', 90, 98, 95, 100, 1],
  ['CMP-CLOSE', 'Days to close audit findings', 'days', 'L', 'M', 'COMPLIANCE', 'HQ', 45, 30, 40, 30, 3, 0, 'Tom'],
  ['SCM-SAVINGS', 'Procurement savings', '%', 'H', 'M', 'SUPPLY_CHAIN', 'FIN-PROC', 2.1, 4.1, 3, 5, 0.3],
  ['SCM-SUP-OTD', 'Supplier on-time delivery', '%', 'H', 'M', 'SUPPLY_CHAIN', 'FIN-PROC', 91, 87, 92, 94, 1],
  ['SCM-INV-DAYS', 'Inventory days', 'days', 'L', 'M', 'SUPPLY_CHAIN', 'OPS-LOG', 68, 58, 65, 55, 2],
  ['SCM-DUAL', 'Dual-sourced spend', '%', 'H', 'Q', 'SUPPLY_CHAIN', 'FIN-PROC', 35, 58, 40, 60, 2],
  ['SCM-STOCKOUT', 'Stock-outs', 'count', 'L', 'M', 'SUPPLY_CHAIN', 'OPS-LOG', 9, 5, 8, 6, 1, 0],
  ['SCM-FCST', 'Forecast accuracy', '%', 'H', 'M', 'SUPPLY_CHAIN', 'OPS-LOG', 72, 80, 75, 80, 2],
  ['CS-NPS', 'Net promoter score', 'points', 'H', 'Q', 'CUSTOMER_SERVICE', 'SALES', 31, 38, 35, 40, 1.5],
  ['CS-CSAT', 'Customer satisfaction', '%', 'H', 'M', 'CUSTOMER_SERVICE', 'SALES', 84, 88, 85, 88, 1],
  ['CS-FRT', 'First response time', 'hours', 'L', 'M', 'CUSTOMER_SERVICE', 'SALES', 7, 3.5, 6, 4, 0.4],
  ['CS-RES48', 'Cases resolved within 48 h', '%', 'H', 'M', 'CUSTOMER_SERVICE', 'SALES', 70, 81, 75, 85, 2],
  ['CS-CHURN', 'Customer churn', '%', 'L', 'Q', 'CUSTOMER_SERVICE', 'SALES', 6.5, 5.2, 6, 5, 0.3],
  ['FIN-DSO', 'Days sales outstanding', 'days', 'L', 'M', 'FINANCE', 'FIN', 58, 49, 55, 48, 1.5],
  ['FIN-EBIT', 'EBIT margin', '%', 'H', 'M', 'FINANCE', 'FIN', 8.4, 10.6, 9, 12, 0.4],
  ['FIN-OPEX', 'Opex ratio', '%', 'L', 'M', 'FINANCE', 'FIN', 19, 17.5, 18.5, 17.5, 0.3],
  ['FIN-OCF', 'Operating cash flow', 'EUR m', 'H', 'M', 'FINANCE', 'FIN', 3.1, 4.2, 3.5, 4, 0.4],
  ['FIN-CLOSE', 'Days to close the books', 'days', 'L', 'M', 'FINANCE', 'FIN', 9, 5, 8, 5, 0.5, 1],
  ['PPL-ATTR', 'Voluntary attrition', '%', 'L', 'M', 'PEOPLE', 'HQ', 11, 13.5, 10, 9, 0.4, 2, 'Grace'],
  ['PPL-LTIR', 'Lost-time injury rate', 'per 200k h', 'L', 'M', 'PEOPLE', 'OPS', 1.6, 1.0, 1.4, 1.0, 0.1],
  ['PPL-TRAIN', 'Training hours per employee', 'hours', 'H', 'Q', 'PEOPLE', 'HQ', 5, 8, 6, 8, 0.5, 1, 'Grace'],
  ['PPL-ENGAGE', 'Engagement score', 'points', 'H', 'Q', 'PEOPLE', 'HQ', 68, 71, 70, 75, 1, 1, 'Grace'],
  ['PPL-ABSENCE', 'Absence rate', '%', 'L', 'M', 'PEOPLE', 'HQ', 4.8, 4.4, 4.5, 4.0, 0.2, 2, 'Grace'],
  ['PPL-HIRE', 'Time to hire', 'days', 'L', 'M', 'PEOPLE', 'HQ', 48, 41, 45, 40, 2, 0, 'Grace'],
];

/** The head of an org unit: the first person listed in it. */
function headOf(orgUnit: string): string {
  const found = people.find((p) => p.orgUnit === orgUnit);
  if (!found) throw new Error(`demo company: no head of ${orgUnit}`);
  return found.email;
}

const kpis: KpiSpec[] = kpiRows.map(
  ([code, name, unit, dir, freq, area, orgUnit, start, end, t25, t26, noise, decimals = 2, owner]) => ({
    code,
    name,
    unit,
    direction: dir === 'H' ? 'HIGHER_IS_BETTER' : 'LOWER_IS_BETTER',
    frequency: freq === 'M' ? 'MONTHLY' : 'QUARTERLY',
    processArea: area,
    orgUnit,
    owner: owner ? who(owner) : headOf(orgUnit),
    start,
    end,
    target2025: t25,
    target2026: t26,
    noise,
    decimals,
    source: SOURCES[area] ?? 'ERP',
  }),
);

// prettier-ignore
const keyResultRows: [string, string, number][] = [
  ['G-C1', 'FIN-EBIT', 0.6], ['G-C1', 'SLS-REV', 0.4],
  ['G-C2', 'CS-NPS', 0.5], ['G-C2', 'SLS-ORD', 0.5],
  ['G-C3', 'PRD-OEE-DE', 0.5], ['G-C3', 'LOG-OTIF', 0.5],
  ['G-C4', 'IT-CLOUD', 0.5], ['G-C4', 'PPL-ENGAGE', 0.5],
  ['G-F1', 'SCM-SAVINGS', 0.7], ['G-F1', 'LOG-FREIGHT', 0.3],
  ['G-F2', 'FIN-DSO', 0.5], ['G-F2', 'SCM-INV-DAYS', 0.5],
  ['G-F3', 'SLS-REV-NA', 0.7], ['G-F3', 'SLS-WIN', 0.3],
  ['G-F4', 'LOG-OTIF', 0.6], ['G-F4', 'LOG-LEAD', 0.2], ['G-F4', 'SCM-SUP-OTD', 0.2],
  ['G-F5', 'CS-CSAT', 0.4], ['G-F5', 'CS-RES48', 0.3], ['G-F5', 'QUA-PPM', 0.3],
  ['G-F6', 'PRD-OEE-US', 0.5], ['G-F6', 'PRD-OEE-DE', 0.3], ['G-F6', 'PRD-DOWN', 0.2],
  ['G-F7', 'PRD-SCRAP', 0.5], ['G-F7', 'QUA-FPY', 0.3], ['G-F7', 'QUA-CAPA', 0.2],
  ['G-F8', 'SCM-DUAL', 0.6], ['G-F8', 'SCM-STOCKOUT', 0.4],
  ['G-F9', 'IT-AVAIL', 0.4], ['G-F9', 'IT-CLOUD', 0.6],
  ['G-F10', 'IT-INC-P1', 0.4], ['G-F10', 'IT-PATCH', 0.4], ['G-F10', 'IT-PHISH', 0.2],
];
const keyResults: KeyResultSpec[] = keyResultRows.map(([goal, kpi, weight]) => ({ goal, kpi, weight }));

type BudgetRow = [
  string,
  string,
  string,
  number,
  'OPEX' | 'CAPEX',
  'EUR' | 'USD' | 'GBP',
  number,
  string | null,
  number,
];
// prettier-ignore
const budgetRows: BudgetRow[] = [
  ['B26-HQ-OPEX', 'Corporate office', 'HQ', 2026, 'OPEX', 'EUR', 4_200_000, 'G-C1', 0.97],
  ['B26-HQ-EVENTS', 'Corporate events & sponsorship', 'HQ', 2026, 'OPEX', 'EUR', 650_000, null, 1.12],
  ['B26-FIN-OPEX', 'Finance operations', 'FIN', 2026, 'OPEX', 'EUR', 2_900_000, 'G-F2', 0.98],
  ['B26-PROC-OPEX', 'Procurement excellence', 'FIN-PROC', 2026, 'OPEX', 'EUR', 1_100_000, 'G-F1', 0.95],
  ['B26-IT-OPEX', 'IT run costs', 'IT', 2026, 'OPEX', 'EUR', 6_800_000, null, 1.03],
  ['B26-IT-CAPEX', 'IT investments', 'IT', 2026, 'CAPEX', 'EUR', 5_200_000, 'G-F9', 0.88],
  ['B26-SEC-OPEX', 'Security operations', 'IT-INFRA', 2026, 'OPEX', 'EUR', 1_900_000, 'G-F10', 1.05],
  ['B26-SEC-CAPEX', 'Security tooling', 'IT-INFRA', 2026, 'CAPEX', 'EUR', 1_200_000, 'G-F10', 0.9],
  ['B26-APPS-OPEX', 'Application licences', 'IT-APPS', 2026, 'OPEX', 'EUR', 2_400_000, null, 1.08],
  ['B26-APPS-CAPEX', 'Application projects', 'IT-APPS', 2026, 'CAPEX', 'EUR', 3_100_000, 'G-C4', 0.82],
  ['B26-OPS-OPEX', 'Operations management', 'OPS', 2026, 'OPEX', 'EUR', 1_800_000, 'G-C3', 0.99],
  ['B26-DE-OPEX', 'Plant Hamburg operations', 'OPS-PLANT-DE', 2026, 'OPEX', 'EUR', 24_000_000, 'G-F6', 1.02],
  ['B26-DE-CAPEX', 'Plant Hamburg equipment', 'OPS-PLANT-DE', 2026, 'CAPEX', 'EUR', 7_500_000, 'G-F6', 0.76],
  ['B26-US-OPEX', 'Plant Dayton operations', 'OPS-PLANT-US', 2026, 'OPEX', 'USD', 18_500_000, 'G-F6', 1.06],
  ['B26-US-CAPEX', 'Plant Dayton equipment', 'OPS-PLANT-US', 2026, 'CAPEX', 'USD', 5_800_000, 'G-F6', 0.91],
  ['B26-LOG-OPEX', 'Logistics operations', 'OPS-LOG', 2026, 'OPEX', 'EUR', 9_200_000, 'G-F4', 1.09],
  ['B26-LOG-CAPEX', 'Warehouse automation', 'OPS-LOG', 2026, 'CAPEX', 'EUR', 3_600_000, 'G-F4', 0.7],
  ['B26-QUA-OPEX', 'Quality management', 'OPS-QUAL', 2026, 'OPEX', 'EUR', 2_300_000, 'G-F7', 0.97],
  ['B26-QUA-CAPEX', 'Quality lab equipment', 'OPS-QUAL', 2026, 'CAPEX', 'EUR', 900_000, 'G-F7', 0.65],
  ['B26-SALES-OPEX', 'Sales & service Europe', 'SALES', 2026, 'OPEX', 'EUR', 7_400_000, 'G-C2', 1.01],
  ['B26-NA-OPEX', 'Sales North America', 'SALES', 2026, 'OPEX', 'USD', 3_900_000, 'G-F3', 1.04],
  ['B26-UK-OPEX', 'Sales United Kingdom', 'SALES-UK', 2026, 'OPEX', 'GBP', 2_100_000, 'G-C2', 0.96],
  ['B26-UK-CAPEX', 'UK showroom and portal', 'SALES-UK', 2026, 'CAPEX', 'GBP', 450_000, 'G-C2', 0.6],
  ['B26-CS-OPEX', 'Customer service centre', 'SALES', 2026, 'OPEX', 'EUR', 2_700_000, 'G-F5', 0.98],
  ['B26-PPL-OPEX', 'People development', 'HQ', 2026, 'OPEX', 'EUR', 1_500_000, 'G-C4', 0.93],
  ['B26-SCM-OPEX', 'Supplier development', 'FIN-PROC', 2026, 'OPEX', 'EUR', 800_000, 'G-F8', 1.15],
  ['B26-SCM-CAPEX', 'Dual-source tooling', 'FIN-PROC', 2026, 'CAPEX', 'EUR', 1_400_000, 'G-F8', 0.72],
  ['B26-STRAT-OPEX', 'Strategy & transformation office', 'HQ', 2026, 'OPEX', 'EUR', 1_000_000, 'G-C1', 0.9],
  ['B25-HQ-OPEX', 'Corporate office', 'HQ', 2025, 'OPEX', 'EUR', 4_000_000, 'G-C1', 1.0],
  ['B25-FIN-OPEX', 'Finance operations', 'FIN', 2025, 'OPEX', 'EUR', 2_800_000, 'G-C1', 0.99],
  ['B25-IT-OPEX', 'IT run costs', 'IT', 2025, 'OPEX', 'EUR', 6_400_000, 'G-C4', 1.06],
  ['B25-IT-CAPEX', 'IT investments', 'IT', 2025, 'CAPEX', 'EUR', 4_600_000, 'G-C4', 0.94],
  ['B25-DE-OPEX', 'Plant Hamburg operations', 'OPS-PLANT-DE', 2025, 'OPEX', 'EUR', 23_200_000, 'G-C3', 1.01],
  ['B25-DE-CAPEX', 'Plant Hamburg equipment', 'OPS-PLANT-DE', 2025, 'CAPEX', 'EUR', 6_900_000, 'G-C3', 0.97],
  ['B25-US-OPEX', 'Plant Dayton operations', 'OPS-PLANT-US', 2025, 'OPEX', 'USD', 17_800_000, 'G-C3', 1.03],
  ['B25-US-CAPEX', 'Plant Dayton equipment', 'OPS-PLANT-US', 2025, 'CAPEX', 'USD', 4_900_000, 'G-C3', 0.88],
  ['B25-LOG-OPEX', 'Logistics operations', 'OPS-LOG', 2025, 'OPEX', 'EUR', 8_800_000, 'G-C3', 1.02],
  ['B25-SALES-OPEX', 'Sales & service Europe', 'SALES', 2025, 'OPEX', 'EUR', 7_100_000, 'G-C2', 0.98],
  ['B25-NA-OPEX', 'Sales North America', 'SALES', 2025, 'OPEX', 'USD', 3_500_000, 'G-C2', 1.0],
  ['B25-UK-OPEX', 'Sales United Kingdom', 'SALES-UK', 2025, 'OPEX', 'GBP', 2_000_000, 'G-C2', 0.97],
];
const budgets: BudgetSpec[] = budgetRows.map(
  ([code, name, orgUnit, fiscalYear, category, currency, planned, goal, burn]) => ({
    code,
    name,
    orgUnit,
    fiscalYear,
    category,
    currency,
    planned,
    goal,
    burn,
  }),
);

type ProjectRow = [
  string,
  string,
  ProjectSpec['status'],
  ProjectSpec['health'],
  number,
  string,
  string,
  string | null,
  string,
  string,
  string | null,
  [string, number][],
];
// prettier-ignore
const projectRows: ProjectRow[] = [
  ['P-ERP-CLOUD', 'Move the ERP to the cloud', 'IN_PROGRESS', 'AMBER', 55, '2025-09-01', '2027-03-31', null, 'Priya', 'IT-APPS', 'B26-IT-CAPEX', [['G-F9', 1], ['G-F2', 0.3]]],
  ['P-MES-US', 'MES roll-out Plant Dayton', 'IN_PROGRESS', 'GREEN', 70, '2025-10-01', '2026-12-31', null, 'Daniel', 'OPS-PLANT-US', 'B26-US-CAPEX', [['G-F6', 0.6]]],
  ['P-PDM', 'Predictive maintenance for presses', 'IN_PROGRESS', 'GREEN', 60, '2026-01-15', '2027-06-30', null, 'Daniel', 'OPS-PLANT-DE', 'B26-DE-CAPEX', [['G-F6', 0.4]]],
  ['P-MES-DE', 'MES upgrade Plant Hamburg', 'DONE', 'GREEN', 100, '2024-09-01', '2025-09-30', '2025-11-14', 'Daniel', 'OPS-PLANT-DE', 'B25-DE-CAPEX', [['G-F7', 0.3]]],
  ['P-WMS', 'Warehouse management system', 'IN_PROGRESS', 'RED', 40, '2025-06-01', '2026-09-30', null, 'Daniel', 'OPS-LOG', 'B26-LOG-CAPEX', [['G-F4', 0.7]]],
  ['P-TMS', 'Transport management and carrier portal', 'IN_PROGRESS', 'AMBER', 35, '2026-03-01', '2027-02-28', null, 'Daniel', 'OPS-LOG', 'B26-LOG-OPEX', [['G-F4', 0.3], ['G-F1', 0.2]]],
  ['P-SOC', '24/7 security operations centre', 'IN_PROGRESS', 'GREEN', 80, '2025-11-01', '2026-12-15', null, 'Priya', 'IT-INFRA', 'B26-SEC-CAPEX', [['G-F10', 0.5]]],
  ['P-ZTNA', 'Zero-trust network access', 'ON_HOLD', 'AMBER', 25, '2026-02-01', '2026-10-31', null, 'Priya', 'IT-INFRA', 'B26-SEC-CAPEX', [['G-F10', 0.3]]],
  ['P-IAM', 'Identity and access management', 'DONE', 'GREEN', 100, '2025-01-15', '2025-12-31', '2025-12-19', 'Priya', 'IT-INFRA', 'B25-IT-CAPEX', [['G-F10', 0.2]]],
  ['P-CRM', 'CRM for sales and service', 'IN_PROGRESS', 'AMBER', 65, '2025-07-01', '2026-11-30', null, 'Priya', 'IT-APPS', 'B26-APPS-OPEX', [['G-F5', 0.5], ['G-F3', 0.4]]],
  ['P-CPQ', 'Configure-price-quote for North America', 'APPROVED', 'GREEN', 0, '2026-12-01', '2027-06-30', null, 'Anna', 'SALES', 'B26-NA-OPEX', [['G-F3', 0.6]]],
  ['P-EDI', 'Supplier EDI onboarding', 'IN_PROGRESS', 'GREEN', 45, '2026-02-01', '2027-01-31', null, 'Marcus', 'FIN-PROC', 'B26-SCM-OPEX', [['G-F8', 0.4], ['G-F1', 0.3]]],
  ['P-SRM', 'Supplier risk monitoring', 'PROPOSED', 'GREEN', 0, '2027-01-01', '2027-09-30', null, 'Marcus', 'FIN-PROC', null, [['G-F8', 0.6]]],
  ['P-SPEND', 'Spend analytics platform', 'DONE', 'GREEN', 100, '2025-03-01', '2025-10-31', '2025-10-24', 'Marcus', 'FIN-PROC', 'B25-IT-CAPEX', [['G-F1', 0.5]]],
  ['P-EINV', 'E-invoicing and automated dunning', 'IN_PROGRESS', 'RED', 30, '2025-11-01', '2026-08-31', null, 'Marcus', 'FIN', 'B26-FIN-OPEX', [['G-F2', 0.7]]],
  ['P-DATA', 'Group data platform and BI', 'IN_PROGRESS', 'AMBER', 50, '2026-01-01', '2027-03-31', null, 'Priya', 'IT-APPS', 'B26-APPS-CAPEX', [['G-C4', 0.4], ['G-F11', 0.6]]],
  ['P-VISION', 'AI visual inspection on line 3', 'IN_PROGRESS', 'GREEN', 75, '2026-03-01', '2026-12-31', null, 'Daniel', 'OPS-QUAL', 'B26-QUA-CAPEX', [['G-F7', 0.5]]],
  ['P-LIMS', 'Laboratory information system', 'CANCELLED', 'AMBER', 20, '2025-05-01', '2026-04-30', null, 'Daniel', 'OPS-QUAL', null, [['G-F7', 0.2]]],
  ['P-INTRANET', 'Intranet redesign', 'IN_PROGRESS', 'GREEN', 85, '2026-04-01', '2026-12-20', null, 'Priya', 'IT-APPS', 'B26-IT-OPEX', []],
  ['P-SERVICEDESK', 'IT service desk renewal', 'DONE', 'GREEN', 100, '2025-04-01', '2025-12-31', '2026-02-27', 'Priya', 'IT-INFRA', 'B26-IT-OPEX', [['G-C4', 0.2]]],
  ['P-NETWORK', 'Plant network segmentation', 'DONE', 'AMBER', 100, '2024-11-01', '2025-08-31', '2025-10-15', 'Priya', 'IT-INFRA', 'B25-IT-CAPEX', [['G-F10', 0.3]]],
  ['P-LMS', 'Learning management system', 'APPROVED', 'GREEN', 5, '2026-11-01', '2027-05-31', null, 'Anna', 'HQ', 'B26-PPL-OPEX', [['G-C4', 0.3]]],
  ['P-ENERGY', 'Energy monitoring in both plants', 'IN_PROGRESS', 'AMBER', 50, '2026-02-01', '2026-12-31', null, 'Daniel', 'OPS', 'B26-OPS-OPEX', [['G-C3', 0.3]]],
  ['P-UK-PORTAL', 'UK customer self-service portal', 'IN_PROGRESS', 'RED', 35, '2026-01-15', '2026-10-15', null, 'Anna', 'SALES-UK', 'B26-UK-CAPEX', [['G-C2', 0.3], ['G-F5', 0.2]]],
  ['P-FORECAST', 'Demand forecasting with machine learning', 'IN_PROGRESS', 'GREEN', 40, '2026-05-01', '2027-04-30', null, 'Daniel', 'OPS-LOG', 'B26-SALES-OPEX', [['G-F8', 0.3], ['G-F4', 0.2]]],
];
const projects: ProjectSpec[] = projectRows.map(
  ([
    code,
    name,
    status,
    health,
    progress,
    plannedStart,
    plannedEnd,
    actualEnd,
    sponsor,
    orgUnit,
    budget,
    contributions,
  ]) => ({
    code,
    name,
    status,
    health,
    progress,
    plannedStart,
    plannedEnd,
    actualEnd,
    sponsor: who(sponsor),
    orgUnit,
    budget,
    contributions,
  }),
);

const DAY_MS = 86_400_000;
const toDate = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const SLIP_DAYS = { GREEN: 2, AMBER: 9, RED: 21 } as const;
const MILESTONE_TITLES = ['Scope and design signed off', 'Build complete', 'Pilot live', 'Go-live'];

/**
 * Four milestones per project at 25/50/75/100 % of its planned span. A milestone is completed when the
 * project's progress has passed it and it fell due by DEMO_TODAY (DONE projects: all, the last on the
 * actual end); completion slips by a few days for AMBER and RED projects.
 */
function milestonesOf(p: ProjectSpec): MilestoneSpec[] {
  const start = toDate(p.plannedStart);
  const span = toDate(p.plannedEnd) - start;
  const today = toDate(DEMO_TODAY);
  return MILESTONE_TITLES.map((title, i) => {
    const due = start + Math.round((span * (i + 1)) / 4 / DAY_MS) * DAY_MS;
    let completedAt: string | null = null;
    if (p.status === 'DONE') {
      completedAt = i === 3 && p.actualEnd ? p.actualEnd : toIso(due + SLIP_DAYS[p.health] * DAY_MS);
    } else if (p.progress >= (i + 1) * 25 - 10 && due <= today) {
      completedAt = toIso(Math.min(today, due + SLIP_DAYS[p.health] * DAY_MS));
    }
    return { project: p.code, title, dueDate: toIso(due), completedAt };
  });
}

type RiskRow = [
  string,
  string,
  RiskSpec['category'],
  number,
  number,
  RiskSpec['status'],
  string,
  string | null,
  string | null,
  string | null,
];
// prettier-ignore
const riskRows: RiskRow[] = [
  ['Single-source supplier for servo drives', 'A fire or insolvency at the only qualified supplier stops both plants within weeks.', 'SUPPLY_CHAIN', 4, 4, 'OPEN', 'Sofia', 'G-F8', null, 'SCM-SUP-OTD'],
  ['Port congestion delays inbound containers', 'Congestion in Rotterdam and Hamburg adds 1–3 weeks to inbound lead times.', 'SUPPLY_CHAIN', 3, 3, 'MITIGATING', 'Katarzyna', 'G-F4', null, 'LOG-OTIF'],
  ['Steel price volatility', 'Steel prices move faster than customer price clauses.', 'FINANCIAL', 4, 3, 'OPEN', 'Marcus', 'G-C1', null, null],
  ['Ransomware attack on plant networks', 'Encrypted MES and SCADA servers halt production.', 'CYBER_SECURITY', 3, 5, 'MITIGATING', 'Jonas', 'G-F10', 'P-SOC', 'IT-INC-P1'],
  ['Phishing compromise of privileged accounts', 'Stolen admin credentials open the ERP to attackers.', 'CYBER_SECURITY', 3, 4, 'MITIGATING', 'Jonas', 'G-F10', 'P-ZTNA', 'IT-PHISH'],
  ['ERP cloud migration overruns its budget', 'Data migration and custom code take longer than planned.', 'FINANCIAL', 4, 4, 'OPEN', 'Priya', 'G-F9', 'P-ERP-CLOUD', null],
  ['ERP cutover disrupts order processing', 'Orders cannot be confirmed or shipped during a failed cutover.', 'OPERATIONAL', 3, 5, 'OPEN', 'Emily', 'G-F9', 'P-ERP-CLOUD', 'IT-AVAIL'],
  ['Failure of the main press line in Dayton', 'The 20-year-old press line has no spare drive in stock.', 'OPERATIONAL', 3, 4, 'OPEN', 'Michael', 'G-F6', null, 'PRD-OEE-US'],
  ['Shortage of skilled workers in Hamburg', 'Retirements outpace apprenticeships in maintenance.', 'OPERATIONAL', 4, 3, 'OPEN', 'Grace', 'G-C4', null, 'PPL-ATTR'],
  ['Supply-chain due-diligence gaps', 'Tier-2 suppliers are not yet assessed under the Supply Chain Act.', 'COMPLIANCE', 3, 4, 'MITIGATING', 'Sofia', 'G-F8', 'P-SRM', null],
  ['Personal data leaks through CRM exports', 'Unrestricted exports put customer contacts at risk (GDPR).', 'COMPLIANCE', 2, 4, 'MITIGATING', 'Emily', 'G-F5', 'P-CRM', 'CMP-DSR'],
  ['Product recall after field failures', 'A batch of faulty bearings reaches customers.', 'OPERATIONAL', 2, 5, 'OPEN', 'Henrik', 'G-F7', null, 'QUA-PPM'],
  ['USD/EUR exchange-rate swing', 'A weaker dollar shrinks North American revenue in euros.', 'FINANCIAL', 3, 3, 'ACCEPTED', 'Marcus', 'G-F3', null, 'SLS-REV-NA'],
  ['Sterling weakness squeezes UK margin', 'UK prices are set in GBP, costs in EUR.', 'FINANCIAL', 3, 2, 'ACCEPTED', 'Oliver', null, null, 'SLS-REV-UK'],
  ['Price war in North America', 'A competitor undercuts list prices by 15 %.', 'STRATEGIC', 3, 4, 'OPEN', 'Anna', 'G-F3', 'P-CPQ', null],
  ['Customer concentration in automotive', 'Three automotive customers make up 40 % of order intake.', 'STRATEGIC', 2, 4, 'OPEN', 'Anna', 'G-C2', null, 'SLS-ORD'],
  ['Warehouse system go-live slips into peak season', 'A go-live in November risks the year-end shipping peak.', 'OPERATIONAL', 4, 3, 'OPEN', 'Katarzyna', 'G-F4', 'P-WMS', 'LOG-LEAD'],
  ['Late customer payments in a downturn', 'Customers stretch payment terms when demand weakens.', 'FINANCIAL', 3, 3, 'MITIGATING', 'Marcus', 'G-F2', 'P-EINV', 'FIN-DSO'],
  ['Legacy SCADA systems without vendor support', 'Unpatched control systems cannot be segmented further.', 'CYBER_SECURITY', 3, 4, 'OPEN', 'Jonas', null, 'P-NETWORK', null],
  ['Export-control classification errors', 'Dual-use drives shipped without a licence.', 'COMPLIANCE', 2, 3, 'CLOSED', 'Tom', null, null, 'CMP-FINDINGS'],
];
const risks: RiskSpec[] = riskRows.map(
  ([title, description, category, likelihood, impact, status, owner, goal, project, kpi]) => ({
    title,
    description,
    category,
    likelihood,
    impact,
    status,
    owner: who(owner),
    goal,
    project,
    kpi,
  }),
);

export const DEMO_COMPANY: CompanySpec = {
  name: 'Northwind Manufacturing',
  orgUnits,
  people,
  goals,
  kpis,
  keyResults,
  budgets,
  projects,
  milestones: projects.flatMap(milestonesOf),
  risks,
  exchangeRates: [
    { currency: 'EUR', base: 1 },
    { currency: 'USD', base: 0.92 },
    { currency: 'GBP', base: 1.16 },
  ],
};
