import { wrap } from '@mikro-orm/core';
import { generateCompany } from '../../src/demo/generate-company';
import { domainEntities } from '../../src/db/entities';
import { isReadOnlyEntity, isReadOnlyReference, readOnlyEntity } from '../../src/graphql/read-only';
import { startTestApp, type TestApp } from '../helpers/test-app';

/** The persisted properties of a managed entity or a read-only instance; references as their id. */
function snapshot(t: TestApp, entity: Function, instance: Record<string, unknown>): Record<string, unknown> {
  const meta = t.em().getMetadata().get(entity.name);
  const out: Record<string, unknown> = {};
  for (const prop of meta.props) {
    if (prop.persist === false || !prop.fieldNames?.length) continue;
    const value = instance[prop.name];
    out[prop.name] =
      value && typeof value === 'object' && !(value instanceof Date) && 'id' in value
        ? { ref: (value as { constructor: Function }).constructor.name, id: (value as { id: number }).id }
        : value;
  }
  return out;
}

describe('read-only entities (src/graphql/read-only.ts)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await generateCompany(t.em(), { scale: 1 });
  }, 60_000);
  afterAll(() => t?.close());

  it.each(domainEntities.map((entity) => [entity.name, entity] as const))(
    '%s: a read-only instance from the raw row equals the MikroORM-hydrated entity',
    async (_name, entity) => {
      const em = t.em();
      const managed = (await em.find(entity as never, {}, { orderBy: { id: 'asc' }, limit: 50 })) as Record<
        string,
        unknown
      >[];
      expect(managed.length).toBeGreaterThan(0);
      const table = em.getMetadata().get(entity.name).tableName;
      const rows = await em
        .getKnex()
        .select('*')
        .from(table)
        .whereIn(
          'id',
          managed.map((row) => row.id as number),
        )
        .orderBy('id');
      const readOnly = rows.map((row: Record<string, unknown>) =>
        readOnlyEntity(em, entity as never, row),
      ) as Record<string, unknown>[];
      expect(readOnly.map((row) => snapshot(t, entity, row))).toEqual(
        managed.map((row) => snapshot(t, entity, row)),
      );
      for (const instance of readOnly) {
        expect(instance).toBeInstanceOf(entity);
        expect(isReadOnlyEntity(instance)).toBe(true);
        expect(instance.globalId).toBe(
          (managed[readOnly.indexOf(instance)] as { globalId: string }).globalId,
        );
        for (const value of Object.values(instance)) {
          if (value && typeof value === 'object' && 'id' in value)
            expect(isReadOnlyReference(value)).toBe(true);
        }
      }
      // Not managed: nothing of it is in the unit of work.
      expect(wrap(managed[0]).isManaged()).toBe(true);
      expect(em.getUnitOfWork().getById(entity.name, readOnly[0].id as number)).toBe(managed[0]);
    },
  );
});
