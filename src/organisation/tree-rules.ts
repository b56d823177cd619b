import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../graphql/errors';

/** The self-referencing trees whose re-parenting is checked here. */
export type TreeTable = 'org_unit' | 'strategic_goal';

/**
 * Serialises re-parenting within one tree for the rest of the transaction, so that two concurrent
 * moves cannot together close a cycle that neither would close alone.
 */
export async function lockTree(em: EntityManager, table: TreeTable): Promise<void> {
  await em
    .getConnection()
    .execute(
      `select pg_advisory_xact_lock(hashtext(?))`,
      [`tree:${table}`],
      'get',
      em.getTransactionContext(),
    );
}

/**
 * Refuses (BAD_USER_INPUT) to hang `id` under `newParentId` when the new parent is the node itself
 * or one of its descendants: one recursive SQL statement walks up from the new parent.
 */
export async function assertNoCycle(
  em: EntityManager,
  table: TreeTable,
  id: number,
  newParentId: number,
  what: string,
): Promise<void> {
  const row = await em.getConnection().execute<{ cycle: boolean }>(
    `with recursive up as (
       select id, parent_id from ${table} where id = ?
       union
       select t.id, t.parent_id from ${table} t join up on t.id = up.parent_id
     )
     select exists (select 1 from up where id = ?) as cycle`,
    [newParentId, id],
    'get',
    em.getTransactionContext(),
  );
  if (row.cycle) {
    throw new BadUserInputError(
      `parentId: the new parent is this ${what} or one of its descendants; that would make a cycle`,
      { argument: 'parentId' },
    );
  }
}

/** Refuses (BAD_USER_INPUT) to archive a node while `children` of its direct children are not archived. */
export function assertNoLiveChildren(children: number, what: string, plural: string): void {
  if (children > 0) {
    throw new BadUserInputError(
      `This ${what} has ${children} child ${children === 1 ? what : plural} that ${children === 1 ? 'is' : 'are'} not archived: archive or move ${children === 1 ? 'it' : 'them'} first`,
      { liveChildren: children },
    );
  }
}
