import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type OrgScope, orgScopeCondition } from '../auth/org-scope';
import { assignDefined, inTransaction, loadForUpdate } from '../db/versioned-update';
import { BadUserInputError, ConflictError } from '../graphql/errors';
import { decodeGlobalId } from '../graphql/global-id';
import { mustFind } from '../technology/must-find';
import type { CreateOrgUnitInput } from './create-org-unit.input';
import { OrgUnit } from './org-unit.entity';
import { assertNoCycle, assertNoLiveChildren, lockTree } from './tree-rules';
import type { UpdateOrgUnitInput } from './update-org-unit.input';

/** Reads and writes of single org units. */
export class OrgUnitService {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: OrgScope | null = null,
  ) {}

  /** One unit by global ID (archived ones included); null when absent or outside the caller's scope. */
  async findById(globalId: string): Promise<OrgUnit | null> {
    const qb = this.em
      .createQueryBuilder(OrgUnit, 'u')
      .select('*')
      .where({ id: decodeGlobalId(globalId, 'OrgUnit') });
    if (this.scope) {
      const { sql, bindings } = orgScopeCondition('u.id', this.scope);
      void qb.andWhere(sql, bindings);
    }
    return (await qb.getSingleResult()) ?? null;
  }

  create(input: CreateOrgUnitInput): Promise<OrgUnit> {
    return this.writing(input.code, async (em) => {
      await assertCodeFree(em, input.code);
      const parent = input.parentId ? await liveParent(em, input.parentId) : undefined;
      const unit = em.create(OrgUnit, {
        code: input.code,
        name: input.name,
        function: input.function,
        parent,
      });
      await em.flush();
      return unit;
    });
  }

  update(globalId: string, version: number, input: UpdateOrgUnitInput): Promise<OrgUnit> {
    return this.writing(input.code, async (em) => {
      const unit = await loadForUpdate(em, OrgUnit, globalId, version);
      if (input.code !== undefined && input.code !== unit.code) await assertCodeFree(em, input.code);
      let parent: OrgUnit | null | undefined;
      if (input.parentId === null) parent = null;
      else if (input.parentId !== undefined) {
        parent = await liveParent(em, input.parentId);
        await lockTree(em, 'org_unit');
        await assertNoCycle(em, 'org_unit', unit.id, parent.id, 'org unit');
      }
      assignDefined(unit, {
        code: input.code,
        name: input.name,
        function: input.function,
        parent,
      } as Partial<OrgUnit>);
      await em.flush();
      return unit;
    });
  }

  /** Sets archivedAt (kept when already archived); refused while a direct child unit is not archived. */
  archive(globalId: string, version: number): Promise<OrgUnit> {
    return inTransaction(this.em, async (em) => {
      const unit = await loadForUpdate(em, OrgUnit, globalId, version);
      if (!unit.archivedAt) {
        assertNoLiveChildren(
          await em.count(OrgUnit, { parent: unit, archivedAt: null }),
          'org unit',
          'org units',
        );
        unit.archivedAt = new Date();
        await em.flush();
      }
      return unit;
    });
  }

  /** One transaction; a unique-code race lost to a concurrent writer is a CONFLICT too. */
  private async writing<R>(code: string | undefined, work: (em: EntityManager) => Promise<R>): Promise<R> {
    try {
      return await inTransaction(this.em, work);
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new ConflictError(`An org unit with code ${code} already exists`, { field: 'code' });
      }
      throw error;
    }
  }
}

async function assertCodeFree(em: EntityManager, code: string): Promise<void> {
  if (await em.count(OrgUnit, { code })) {
    throw new ConflictError(`An org unit with code ${code} already exists`, { field: 'code' });
  }
}

/** The parent a unit is hung under: must exist (NOT_FOUND) and not be archived (BAD_USER_INPUT). */
async function liveParent(em: EntityManager, globalId: string): Promise<OrgUnit> {
  const parent = await mustFind(em, OrgUnit, globalId, 'parentId');
  if (parent.archivedAt) {
    throw new BadUserInputError(`parentId: org unit ${parent.code} is archived`, { argument: 'parentId' });
  }
  return parent;
}
