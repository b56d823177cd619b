import type { EntityManager } from '@mikro-orm/postgresql';
import { type OrgScope, orgScopeCondition } from '../auth/org-scope';
import { assignDefined, inTransaction, loadForUpdate } from '../db/versioned-update';
import { decodeGlobalId } from '../graphql/global-id';
import type { CreateMilestoneInput } from './create-milestone.input';
import { Milestone } from './milestone.entity';
import { mustFind } from './must-find';
import { TechProject } from './tech-project.entity';
import type { UpdateMilestoneInput } from './update-milestone.input';

/** Reads and writes of project milestones. */
export class MilestoneService {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: OrgScope | null = null,
  ) {}

  /** One milestone by global ID; null when absent or its project is outside the caller's scope. */
  async findById(globalId: string): Promise<Milestone | null> {
    const qb = this.em
      .createQueryBuilder(Milestone, 'm')
      .select('m.*')
      .where({ id: decodeGlobalId(globalId, 'Milestone') });
    if (this.scope) {
      const { sql, bindings } = orgScopeCondition(
        '(select p.org_unit_id from tech_project p where p.id = m.project_id)',
        this.scope,
      );
      void qb.andWhere(sql, bindings);
    }
    return (await qb.getSingleResult()) ?? null;
  }

  create(input: CreateMilestoneInput): Promise<Milestone> {
    return inTransaction(this.em, async (em) => {
      const project = await mustFind(em, TechProject, input.projectId, 'projectId');
      const milestone = em.create(Milestone, {
        project,
        title: input.title,
        dueDate: input.dueDate,
        completedAt: input.completedAt ?? undefined,
      });
      await em.flush();
      return milestone;
    });
  }

  update(globalId: string, version: number, input: UpdateMilestoneInput): Promise<Milestone> {
    return inTransaction(this.em, async (em) => {
      const milestone = await loadForUpdate(em, Milestone, globalId, version);
      assignDefined(milestone, {
        title: input.title,
        dueDate: input.dueDate,
        completedAt: input.completedAt,
      } as Partial<Milestone>);
      await em.flush();
      return milestone;
    });
  }

  /** Marks the milestone completed on `completedAt` (today, UTC, when omitted). */
  complete(globalId: string, version: number, completedAt?: string | null): Promise<Milestone> {
    return inTransaction(this.em, async (em) => {
      const milestone = await loadForUpdate(em, Milestone, globalId, version);
      milestone.completedAt = completedAt ?? new Date().toISOString().slice(0, 10);
      await em.flush();
      return milestone;
    });
  }

  /** Deletes the milestone; returns its global ID. */
  delete(globalId: string, version: number): Promise<string> {
    return inTransaction(this.em, async (em) => {
      const milestone = await loadForUpdate(em, Milestone, globalId, version);
      em.remove(milestone);
      await em.flush();
      return globalId;
    });
  }
}
