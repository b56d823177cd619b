import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type OrgScope, orgScopeCondition } from '../auth/org-scope';
import { assignDefined, inTransaction, loadForUpdate } from '../db/versioned-update';
import { BadUserInputError, ConflictError } from '../graphql/errors';
import { decodeGlobalId } from '../graphql/global-id';
import { mustFind } from '../technology/must-find';
import type { CreatePersonInput } from './create-person.input';
import { OrgUnit } from './org-unit.entity';
import { Person } from './person.entity';
import type { UpdatePersonInput } from './update-person.input';

/** Reads and writes of single people. */
export class PersonService {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: OrgScope | null = null,
  ) {}

  /** One person by global ID (archived ones included); null when absent or outside the caller's scope. */
  async findById(globalId: string): Promise<Person | null> {
    const qb = this.em
      .createQueryBuilder(Person, 'p')
      .select('*')
      .where({ id: decodeGlobalId(globalId, 'Person') });
    if (this.scope) {
      const { sql, bindings } = orgScopeCondition('p.org_unit_id', this.scope);
      void qb.andWhere(sql, bindings);
    }
    return (await qb.getSingleResult()) ?? null;
  }

  create(input: CreatePersonInput): Promise<Person> {
    const email = input.email.trim();
    return this.writing(email, async (em) => {
      await assertEmailFree(em, email);
      const orgUnit = input.orgUnitId ? await liveUnit(em, input.orgUnitId) : undefined;
      const person = em.create(Person, {
        name: input.name,
        email,
        title: input.title ?? undefined,
        executiveRole: input.executiveRole ?? undefined,
        orgUnit,
      });
      await em.flush();
      return person;
    });
  }

  update(globalId: string, version: number, input: UpdatePersonInput): Promise<Person> {
    const email = input.email?.trim();
    return this.writing(email, async (em) => {
      const person = await loadForUpdate(em, Person, globalId, version);
      if (email !== undefined && email.toLowerCase() !== person.email.toLowerCase()) {
        await assertEmailFree(em, email, person.id);
      }
      let orgUnit: OrgUnit | null | undefined;
      if (input.orgUnitId === null) orgUnit = null;
      else if (input.orgUnitId !== undefined) orgUnit = await liveUnit(em, input.orgUnitId);
      assignDefined(person, {
        name: input.name,
        email,
        title: input.title,
        executiveRole: input.executiveRole,
        orgUnit,
      } as Partial<Person>);
      await em.flush();
      return person;
    });
  }

  /** Sets archivedAt (kept when already archived). */
  archive(globalId: string, version: number): Promise<Person> {
    return inTransaction(this.em, async (em) => {
      const person = await loadForUpdate(em, Person, globalId, version);
      if (!person.archivedAt) {
        person.archivedAt = new Date();
        await em.flush();
      }
      return person;
    });
  }

  /** One transaction; a unique e-mail race lost to a concurrent writer is a CONFLICT too. */
  private async writing<R>(email: string | undefined, work: (em: EntityManager) => Promise<R>): Promise<R> {
    try {
      return await inTransaction(this.em, work);
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new ConflictError(`A person with e-mail ${email} already exists`, { field: 'email' });
      }
      throw error;
    }
  }
}

/** E-mail addresses are unique regardless of case. */
async function assertEmailFree(em: EntityManager, email: string, exceptId = 0): Promise<void> {
  const row = await em
    .getConnection()
    .execute<{ taken: boolean }>(
      'select exists (select 1 from person where lower(email) = lower(?) and id <> ?) as taken',
      [email, exceptId],
      'get',
      em.getTransactionContext(),
    );
  if (row.taken) throw new ConflictError(`A person with e-mail ${email} already exists`, { field: 'email' });
}

/** The unit a person is put in: must exist (NOT_FOUND) and not be archived (BAD_USER_INPUT). */
async function liveUnit(em: EntityManager, globalId: string): Promise<OrgUnit> {
  const unit = await mustFind(em, OrgUnit, globalId, 'orgUnitId');
  if (unit.archivedAt) {
    throw new BadUserInputError(`orgUnitId: org unit ${unit.code} is archived`, { argument: 'orgUnitId' });
  }
  return unit;
}
