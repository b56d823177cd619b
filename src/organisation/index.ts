import { OrgUnitListResolver } from './org-unit-list.resolver';
import { PersonListResolver } from './person-list.resolver';

export const organisationResolvers = [OrgUnitListResolver, PersonListResolver] as const;
