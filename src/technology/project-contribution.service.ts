import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { inTransaction } from '../db/versioned-update';
import { ConflictError } from '../graphql/errors';
import { StrategicGoal } from '../strategy/strategic-goal.entity';
import { mustFind } from './must-find';
import { ProjectContribution } from './project-contribution.entity';
import { TechProject } from './tech-project.entity';

/** Writes of the project ↔ goal links; the natural key is (project, goal). */
export class ProjectContributionService {
  constructor(private readonly em: EntityManager) {}

  /** Creates the link, or changes its weight when it exists (one transaction). */
  async set(projectId: string, goalId: string, weight: number): Promise<ProjectContribution> {
    try {
      return await inTransaction(this.em, async (em) => {
        const project = await mustFind(em, TechProject, projectId, 'projectId');
        const goal = await mustFind(em, StrategicGoal, goalId, 'goalId');
        const existing = await em.findOne(ProjectContribution, { project, goal });
        if (existing) {
          existing.weight = weight;
          await em.flush();
          return existing;
        }
        const created = em.create(ProjectContribution, { project, goal, weight });
        await em.flush();
        return created;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new ConflictError('Someone else linked this project and goal at the same time: retry');
      }
      throw error;
    }
  }

  /** Removes the link; true when there was one, false when there was none. */
  remove(projectId: string, goalId: string): Promise<boolean> {
    return inTransaction(this.em, async (em) => {
      const project = await mustFind(em, TechProject, projectId, 'projectId');
      const goal = await mustFind(em, StrategicGoal, goalId, 'goalId');
      const deleted = await em.nativeDelete(ProjectContribution, { project, goal });
      return deleted > 0;
    });
  }
}
