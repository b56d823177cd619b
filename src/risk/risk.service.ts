import type { EntityManager } from '@mikro-orm/postgresql';
import { riskInScope } from '../auth/entity-scope';
import type { OrgScope } from '../auth/org-scope';
import { assignDefined, inTransaction, loadForUpdate } from '../db/versioned-update';
import { decodeGlobalId } from '../graphql/global-id';
import { Kpi } from '../operations/kpi.entity';
import { Person } from '../organisation/person.entity';
import { StrategicGoal } from '../strategy/strategic-goal.entity';
import { resolveOptionalReference } from '../technology/must-find';
import { TechProject } from '../technology/tech-project.entity';
import type { CreateRiskInput } from './create-risk.input';
import { Risk } from './risk.entity';
import type { UpdateRiskInput } from './update-risk.input';

/** Reads and writes of single risks. */
export class RiskService {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: OrgScope | null = null,
  ) {}

  /** One risk by global ID (archived ones included); null when absent or outside the caller's scope. */
  async findById(globalId: string): Promise<Risk | null> {
    const qb = this.em
      .createQueryBuilder(Risk, 'r')
      .select('*')
      .where({ id: decodeGlobalId(globalId, 'Risk') });
    if (this.scope) {
      const { sql, bindings } = riskInScope('r', this.scope);
      void qb.andWhere(sql, bindings);
    }
    return (await qb.getSingleResult()) ?? null;
  }

  create(input: CreateRiskInput): Promise<Risk> {
    return inTransaction(this.em, async (em) => {
      const links = await resolveLinks(em, input);
      const risk = em.create(Risk, {
        title: input.title,
        description: input.description,
        category: input.category,
        likelihood: input.likelihood,
        impact: input.impact,
        status: input.status,
        owner: links.owner ?? undefined,
        goal: links.goal ?? undefined,
        project: links.project ?? undefined,
        kpi: links.kpi ?? undefined,
      });
      await em.flush();
      return risk;
    });
  }

  update(globalId: string, version: number, input: UpdateRiskInput): Promise<Risk> {
    return inTransaction(this.em, async (em) => {
      const risk = await loadForUpdate(em, Risk, globalId, version);
      const links = await resolveLinks(em, input);
      assignDefined(risk, {
        title: input.title,
        description: input.description,
        category: input.category,
        likelihood: input.likelihood,
        impact: input.impact,
        status: input.status,
        ...links,
      } as Partial<Risk>);
      await em.flush();
      return risk;
    });
  }

  /** Sets archivedAt (kept as it is when the risk is already archived). */
  archive(globalId: string, version: number): Promise<Risk> {
    return inTransaction(this.em, async (em) => {
      const risk = await loadForUpdate(em, Risk, globalId, version);
      if (!risk.archivedAt) {
        risk.archivedAt = new Date();
        await em.flush();
      }
      return risk;
    });
  }
}

interface LinkIds {
  ownerId?: string | null;
  goalId?: string | null;
  projectId?: string | null;
  kpiId?: string | null;
}

/** Each link: undefined keeps it, null clears it, an ID must exist (NOT_FOUND naming the argument). */
async function resolveLinks(em: EntityManager, ids: LinkIds) {
  return {
    owner: await resolveOptionalReference(em, Person, ids.ownerId, 'ownerId'),
    goal: await resolveOptionalReference(em, StrategicGoal, ids.goalId, 'goalId'),
    project: await resolveOptionalReference(em, TechProject, ids.projectId, 'projectId'),
    kpi: await resolveOptionalReference(em, Kpi, ids.kpiId, 'kpiId'),
  };
}
