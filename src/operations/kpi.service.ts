import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type OrgScope, orgScopeCondition } from '../auth/org-scope';
import { assignDefined, inTransaction, loadForUpdate } from '../db/versioned-update';
import { BadUserInputError, ConflictError, NotFoundError } from '../graphql/errors';
import { decodeGlobalId } from '../graphql/global-id';
import { OrgUnit } from '../organisation/org-unit.entity';
import { Person } from '../organisation/person.entity';
import type { CreateKpiInput } from './create-kpi.input';
import { KpiFrequency } from './kpi-frequency.enum';
import { Kpi } from './kpi.entity';
import { MAX_THRESHOLD } from './kpi-code';
import type { UpdateKpiInput } from './update-kpi.input';

/** Reads and writes of single KPIs (the feeds are in KpiFeedRepository). */
export class KpiService {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: OrgScope | null = null,
  ) {}

  /** One KPI by global ID (archived ones included); null when absent or outside the caller's scope. */
  findById(globalId: string): Promise<Kpi | null> {
    return this.findOne({ id: decodeGlobalId(globalId, 'Kpi') });
  }

  /** One KPI by its unique code; null when absent or outside the caller's scope. */
  findByCode(code: string): Promise<Kpi | null> {
    return this.findOne({ code });
  }

  async create(input: CreateKpiInput): Promise<Kpi> {
    checkThresholds(input.amberThreshold, input.redThreshold);
    return this.writing(input.code, async (em) => {
      await assertCodeFree(em, input.code);
      const orgUnit = await mustFind(em, OrgUnit, input.orgUnitId, 'orgUnitId');
      const owner = input.ownerId ? await mustFind(em, Person, input.ownerId, 'ownerId') : undefined;
      const kpi = em.create(Kpi, {
        code: input.code,
        name: input.name,
        description: input.description,
        unit: input.unit,
        direction: input.direction,
        frequency: input.frequency,
        processArea: input.processArea,
        orgUnit,
        owner,
        amberThreshold: input.amberThreshold,
        redThreshold: input.redThreshold,
      });
      await em.flush();
      return kpi;
    });
  }

  async update(globalId: string, version: number, input: UpdateKpiInput): Promise<Kpi> {
    return this.writing(input.code, async (em) => {
      const kpi = await loadForUpdate(em, Kpi, globalId, version);
      checkThresholds(input.amberThreshold ?? kpi.amberThreshold, input.redThreshold ?? kpi.redThreshold);
      if (input.code !== undefined && input.code !== kpi.code) await assertCodeFree(em, input.code);
      if (input.frequency === KpiFrequency.QUARTERLY && kpi.frequency !== KpiFrequency.QUARTERLY) {
        await assertQuarterlyPeriods(em, kpi.id);
      }
      const orgUnit = input.orgUnitId ? await mustFind(em, OrgUnit, input.orgUnitId, 'orgUnitId') : undefined;
      let owner: Person | null | undefined;
      if (input.ownerId === null) owner = null;
      else if (input.ownerId !== undefined) owner = await mustFind(em, Person, input.ownerId, 'ownerId');
      assignDefined(kpi, {
        code: input.code,
        name: input.name,
        description: input.description,
        unit: input.unit,
        direction: input.direction,
        frequency: input.frequency,
        processArea: input.processArea,
        orgUnit,
        owner,
        amberThreshold: input.amberThreshold,
        redThreshold: input.redThreshold,
      } as Partial<Kpi>);
      await em.flush();
      return kpi;
    });
  }

  /** Sets archivedAt (kept as it is when the KPI is already archived); the feeds then refuse the KPI. */
  archive(globalId: string, version: number): Promise<Kpi> {
    return inTransaction(this.em, async (em) => {
      const kpi = await loadForUpdate(em, Kpi, globalId, version);
      if (!kpi.archivedAt) {
        kpi.archivedAt = new Date();
        await em.flush();
      }
      return kpi;
    });
  }

  private async findOne(where: { id: number } | { code: string }): Promise<Kpi | null> {
    const qb = this.em.createQueryBuilder(Kpi, 'k').select('*').where(where);
    if (this.scope) {
      const { sql, bindings } = orgScopeCondition('k.org_unit_id', this.scope);
      void qb.andWhere(sql, bindings);
    }
    return (await qb.getSingleResult()) ?? null;
  }

  /** One transaction; a unique-code race lost to a concurrent writer is a CONFLICT too. */
  private async writing<R>(code: string | undefined, work: (em: EntityManager) => Promise<R>): Promise<R> {
    try {
      return await inTransaction(this.em, work);
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new ConflictError(`A KPI with code ${code} already exists`, { field: 'code' });
      }
      throw error;
    }
  }
}

/** Rule: 0 < redThreshold ≤ amberThreshold ≤ MAX_THRESHOLD (attainment ratios). */
function checkThresholds(amber: number, red: number): void {
  if (!(red > 0)) {
    throw new BadUserInputError(`redThreshold must be greater than 0, got ${red}`, { field: 'redThreshold' });
  }
  if (red > amber) {
    throw new BadUserInputError(`redThreshold (${red}) must not exceed amberThreshold (${amber})`, {
      field: 'redThreshold',
    });
  }
  if (amber > MAX_THRESHOLD) {
    throw new BadUserInputError(`amberThreshold must be at most ${MAX_THRESHOLD}, got ${amber}`, {
      field: 'amberThreshold',
    });
  }
}

async function assertCodeFree(em: EntityManager, code: string): Promise<void> {
  if (await em.count(Kpi, { code })) {
    throw new ConflictError(`A KPI with code ${code} already exists`, { field: 'code' });
  }
}

/** A KPI may become QUARTERLY only when all its measurements and targets sit on quarter starts. */
async function assertQuarterlyPeriods(em: EntityManager, kpiId: number): Promise<void> {
  const [row] = await em.getConnection().execute<{ offending: number }[]>(
    `select (select count(*) from kpi_measurement where kpi_id = ? and extract(month from period)::int % 3 <> 1)
          + (select count(*) from kpi_target where kpi_id = ? and extract(month from period)::int % 3 <> 1)
          as offending`,
    [kpiId, kpiId],
    'all',
    em.getTransactionContext(),
  );
  if (Number(row.offending) > 0) {
    throw new BadUserInputError(
      `frequency: the KPI has ${row.offending} measurement(s) or target(s) on periods that do not start a quarter`,
      { field: 'frequency' },
    );
  }
}

async function mustFind<T extends OrgUnit | Person>(
  em: EntityManager,
  entity: new () => T,
  globalId: string,
  argument: string,
): Promise<T> {
  const found = await em.findOne(entity as never, { id: decodeGlobalId(globalId, entity.name, argument) });
  if (!found) throw new NotFoundError(entity.name, globalId);
  return found as T;
}
