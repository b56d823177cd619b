import { KpiFeedResolver } from './kpi-feed.resolver';
import { KpiListResolver } from './kpi-list.resolver';
import { KpiResolver } from './kpi.resolver';
import { OrgUnitKpisResolver } from './org-unit-kpis.resolver';

export const operationsResolvers = [
  KpiResolver,
  KpiFeedResolver,
  OrgUnitKpisResolver,
  KpiListResolver,
] as const;
