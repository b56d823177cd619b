import { OrgUnitListResolver } from './org-unit-list.resolver';
import { OrgUnitResolver } from './org-unit.resolver';
import { PersonListResolver } from './person-list.resolver';
import { PersonResolver } from './person.resolver';

export const organisationResolvers = [
  OrgUnitResolver,
  PersonResolver,
  OrgUnitListResolver,
  PersonListResolver,
] as const;
