import { BadUserInputError } from '../graphql/errors';
import { ProjectStatus } from './project-status.enum';

/** The dates and status of a project as they will be after a write. */
export interface ProjectDates {
  status: ProjectStatus;
  plannedStart: string;
  plannedEnd: string;
  actualEnd?: string | null;
}

/**
 * Cross-field rules of a project, checked on the state a write would produce:
 * plannedStart ≤ plannedEnd, actualEnd ≥ plannedStart, and a DONE project has an actualEnd.
 * Dates are YYYY-MM-DD strings, so string order is date order.
 */
export function checkProjectRules(project: ProjectDates): void {
  if (project.plannedStart > project.plannedEnd) {
    throw new BadUserInputError(
      `plannedStart (${project.plannedStart}) must be on or before plannedEnd (${project.plannedEnd})`,
      { field: 'plannedStart' },
    );
  }
  if (project.actualEnd && project.actualEnd < project.plannedStart) {
    throw new BadUserInputError(
      `actualEnd (${project.actualEnd}) must be on or after plannedStart (${project.plannedStart})`,
      { field: 'actualEnd' },
    );
  }
  if (project.status === ProjectStatus.DONE && !project.actualEnd) {
    throw new BadUserInputError('a DONE project needs an actualEnd', { field: 'actualEnd' });
  }
}
