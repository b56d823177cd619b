import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type OrgScope, orgScopeCondition } from '../auth/org-scope';
import { assignDefined, inTransaction, loadForUpdate } from '../db/versioned-update';
import { Budget } from '../finance/budget.entity';
import { ConflictError, NotFoundError } from '../graphql/errors';
import { decodeGlobalId } from '../graphql/global-id';
import { OrgUnit } from '../organisation/org-unit.entity';
import { Person } from '../organisation/person.entity';
import type { CreateProjectInput } from './create-project.input';
import { mustFind, resolveOptionalReference } from './must-find';
import type { ProjectHealth } from './project-health.enum';
import { checkProjectRules } from './project-rules';
import type { ProjectStatus } from './project-status.enum';
import { TechProject } from './tech-project.entity';
import type { UpdateProjectInput } from './update-project.input';

/** What a project manager reports: progress, health and optionally status and actual end. */
export interface ProgressReport {
  progress: number;
  health: ProjectHealth;
  status?: ProjectStatus | null;
  actualEnd?: string | null;
}

/** Reads and writes of single technology projects. */
export class TechProjectService {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: OrgScope | null = null,
  ) {}

  /** One project by global ID (archived ones included); null when absent or outside the caller's scope. */
  async findById(globalId: string): Promise<TechProject | null> {
    const qb = this.em
      .createQueryBuilder(TechProject, 'p')
      .select('*')
      .where({ id: decodeGlobalId(globalId, 'TechProject') });
    if (this.scope) {
      const { sql, bindings } = orgScopeCondition('p.org_unit_id', this.scope);
      void qb.andWhere(sql, bindings);
    }
    return (await qb.getSingleResult()) ?? null;
  }

  create(input: CreateProjectInput): Promise<TechProject> {
    checkProjectRules(input);
    return this.writing(input.code, async (em) => {
      await assertCodeFree(em, input.code);
      const orgUnit = await mustFind(em, OrgUnit, input.orgUnitId, 'orgUnitId');
      const sponsor = input.sponsorId ? await mustFind(em, Person, input.sponsorId, 'sponsorId') : undefined;
      const budget = input.budgetId ? await mustFind(em, Budget, input.budgetId, 'budgetId') : undefined;
      const project = em.create(TechProject, {
        code: input.code,
        name: input.name,
        status: input.status,
        health: input.health,
        progress: input.progress,
        plannedStart: input.plannedStart,
        plannedEnd: input.plannedEnd,
        actualEnd: input.actualEnd ?? undefined,
        orgUnit,
        sponsor,
        budget,
      });
      await em.flush();
      return project;
    });
  }

  update(globalId: string, version: number, input: UpdateProjectInput): Promise<TechProject> {
    return this.writing(input.code, async (em) => {
      const project = await loadForUpdate(em, TechProject, globalId, version);
      checkProjectRules({
        status: input.status ?? project.status,
        plannedStart: input.plannedStart ?? project.plannedStart,
        plannedEnd: input.plannedEnd ?? project.plannedEnd,
        actualEnd: input.actualEnd === undefined ? project.actualEnd : input.actualEnd,
      });
      if (input.code !== undefined && input.code !== project.code) await assertCodeFree(em, input.code);
      const orgUnit = input.orgUnitId ? await mustFind(em, OrgUnit, input.orgUnitId, 'orgUnitId') : undefined;
      const sponsor = await resolveOptionalReference(em, Person, input.sponsorId, 'sponsorId');
      const budget = await resolveOptionalReference(em, Budget, input.budgetId, 'budgetId');
      assignDefined(project, {
        code: input.code,
        name: input.name,
        status: input.status,
        health: input.health,
        progress: input.progress,
        plannedStart: input.plannedStart,
        plannedEnd: input.plannedEnd,
        actualEnd: input.actualEnd,
        orgUnit,
        sponsor,
        budget,
      } as Partial<TechProject>);
      await em.flush();
      return project;
    });
  }

  /** The project manager's report: progress and health, optionally status (DONE needs an actual end). */
  reportProgress(globalId: string, version: number, report: ProgressReport): Promise<TechProject> {
    return inTransaction(this.em, async (em) => {
      await this.assertInScope(em, globalId);
      const project = await loadForUpdate(em, TechProject, globalId, version);
      checkProjectRules({
        status: report.status ?? project.status,
        plannedStart: project.plannedStart,
        plannedEnd: project.plannedEnd,
        actualEnd: report.actualEnd ?? project.actualEnd,
      });
      assignDefined(project, {
        progress: report.progress,
        health: report.health,
        status: report.status ?? undefined,
        actualEnd: report.actualEnd ?? undefined,
      } as Partial<TechProject>);
      await em.flush();
      return project;
    });
  }

  /**
   * For a scoped caller (UNIT_LEAD): the project must lie in its subtree, checked in SQL; otherwise
   * NOT_FOUND, exactly as for a project that does not exist (no version, no hint it exists).
   */
  private async assertInScope(em: EntityManager, globalId: string): Promise<void> {
    if (!this.scope) return;
    const { sql, bindings } = orgScopeCondition('p.org_unit_id', this.scope);
    const found = await em
      .createQueryBuilder(TechProject, 'p')
      .select('p.id')
      .where({ id: decodeGlobalId(globalId, 'TechProject') })
      .andWhere(sql, bindings)
      .execute('all', false);
    if (!found.length) throw new NotFoundError('TechProject', globalId);
  }

  /** Sets archivedAt (kept as it is when the project is already archived). */
  archive(globalId: string, version: number): Promise<TechProject> {
    return inTransaction(this.em, async (em) => {
      const project = await loadForUpdate(em, TechProject, globalId, version);
      if (!project.archivedAt) {
        project.archivedAt = new Date();
        await em.flush();
      }
      return project;
    });
  }

  /** One transaction; a unique-code race lost to a concurrent writer is a CONFLICT too. */
  private async writing<R>(code: string | undefined, work: (em: EntityManager) => Promise<R>): Promise<R> {
    try {
      return await inTransaction(this.em, work);
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new ConflictError(`A project with code ${code} already exists`, { field: 'code' });
      }
      throw error;
    }
  }
}

async function assertCodeFree(em: EntityManager, code: string): Promise<void> {
  if (await em.count(TechProject, { code })) {
    throw new ConflictError(`A project with code ${code} already exists`, { field: 'code' });
  }
}
