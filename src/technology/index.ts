import { BudgetProjectsResolver } from './budget-projects.resolver';
import { MilestoneResolver } from './milestone.resolver';
import { OrgUnitProjectsResolver } from './org-unit-projects.resolver';
import { ProjectListResolver } from './project-list.resolver';
import { ProjectContributionResolver } from './project-contribution.resolver';
import { StrategicGoalProjectsResolver } from './strategic-goal-projects.resolver';
import { TechProjectResolver } from './tech-project.resolver';

export const technologyResolvers = [
  TechProjectResolver,
  MilestoneResolver,
  ProjectContributionResolver,
  StrategicGoalProjectsResolver,
  OrgUnitProjectsResolver,
  BudgetProjectsResolver,
  ProjectListResolver,
] as const;
