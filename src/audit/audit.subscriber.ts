import {
  type ChangeSet,
  ChangeSetType,
  type EntityManager,
  type EntityMetadata,
  type EventSubscriber,
  type FlushEventArgs,
  helper,
  ReferenceKind,
  type TransactionEventArgs,
  type UnitOfWork,
} from '@mikro-orm/core';
import { encodeGlobalId } from '../graphql/global-id';
import { type AuditActor, auditActorOf } from './audit-actor';
import type { AuditChanges } from './audit-entry.entity';
import { AuditOperation } from './audit-operation.enum';

/** Bookkeeping columns that change on every write and would only add noise; secrets never enter the trail. */
const IGNORED_PROPERTIES = new Set(['id', 'version', 'createdAt', 'updatedAt', 'keyHash']);
const NOT_AUDITED = new Set(['AuditEntry']);

interface PendingEntry {
  entity: { id?: number | string };
  meta: EntityMetadata;
  operation: AuditOperation;
  changes: AuditChanges;
  actor: AuditActor;
}

const INSERT_ENTRIES = `insert into audit_entry (actor, role, entity_type, entity_id, operation, changes, request_id)
select x.actor, x.role::role, x.entity_type, x.entity_id, x.operation::audit_operation, x.changes, x.request_id
from jsonb_to_recordset(?::jsonb) as x(actor text, role text, entity_type text, entity_id text, operation text, changes jsonb, request_id text)`;

/**
 * Writes one audit row per changed entity of every flush made by an entity manager that carries an
 * actor (see `forkWithAuditActor`): the change sets are read in `onFlush` (old values from the
 * identity map's snapshot), and the rows go out as one INSERT inside the same transaction, once
 * the new rows have their keys (`afterFlush` within `em.transactional`, or `beforeTransactionCommit`
 * of the implicit transaction of a bare `em.flush()`).
 */
export class AuditSubscriber implements EventSubscriber {
  private readonly pending = new WeakMap<UnitOfWork, PendingEntry[]>();

  onFlush({ em, uow }: FlushEventArgs): void {
    const actor = auditActorOf(em);
    if (!actor) return;
    const entries: PendingEntry[] = [];
    for (const changeSet of uow.getChangeSets()) {
      if (NOT_AUDITED.has(changeSet.meta.className)) continue;
      const entry = describe(changeSet, actor);
      if (entry) entries.push(entry);
    }
    if (entries.length) this.pending.set(uow, [...(this.pending.get(uow) ?? []), ...entries]);
  }

  async beforeTransactionCommit({ uow, em, transaction }: TransactionEventArgs): Promise<void> {
    if (uow) await this.write(uow, em, transaction);
  }

  async afterFlush({ em, uow }: FlushEventArgs): Promise<void> {
    // Inside em.transactional(): still before COMMIT. A bare flush already wrote them in beforeTransactionCommit.
    await this.write(uow, em, em.getTransactionContext());
  }

  private async write(uow: UnitOfWork, em: EntityManager, transaction: unknown): Promise<void> {
    const entries = this.pending.get(uow);
    if (!entries?.length) return;
    this.pending.delete(uow);
    const rows = entries.map(({ entity, meta, operation, changes, actor }) => ({
      actor: actor.actor,
      role: actor.role,
      entity_type: meta.className,
      entity_id: encodeGlobalId(meta.className, Number(entity.id)),
      operation,
      changes,
      request_id: actor.requestId ?? null,
    }));
    await em
      .getConnection('write')
      .execute(INSERT_ENTRIES, [JSON.stringify(rows)], 'run', transaction as never);
  }
}

function describe(changeSet: ChangeSet<any>, actor: AuditActor): PendingEntry | undefined {
  const { meta, payload, originalEntity } = changeSet;
  const changes: AuditChanges = {};
  let operation: AuditOperation;
  switch (changeSet.type) {
    case ChangeSetType.CREATE:
      operation = AuditOperation.CREATE;
      for (const [key, value] of Object.entries(payload)) {
        if (IGNORED_PROPERTIES.has(key) || value === undefined || value === null) continue;
        changes[key] = { old: null, new: plain(meta, key, value) };
      }
      break;
    case ChangeSetType.UPDATE:
    case ChangeSetType.UPDATE_EARLY:
      operation = AuditOperation.UPDATE;
      for (const [key, value] of Object.entries(payload)) {
        if (IGNORED_PROPERTIES.has(key)) continue;
        const old = plain(meta, key, originalEntity?.[key]);
        const next = plain(meta, key, value);
        if (JSON.stringify(old) === JSON.stringify(next)) continue;
        changes[key] = { old, new: next };
      }
      if (changes.archivedAt && changes.archivedAt.old === null && changes.archivedAt.new !== null) {
        operation = AuditOperation.ARCHIVE;
      }
      if (Object.keys(changes).length === 0) return undefined;
      break;
    case ChangeSetType.DELETE:
    case ChangeSetType.DELETE_EARLY:
      operation = AuditOperation.DELETE;
      // Delete change sets carry no snapshot of their own; the identity map's is the row as loaded.
      for (const [key, value] of Object.entries(
        originalEntity ?? helper(changeSet.entity).__originalEntityData ?? {},
      )) {
        if (IGNORED_PROPERTIES.has(key) || value === undefined || value === null) continue;
        changes[key] = { old: plain(meta, key, value), new: null };
      }
      break;
    default:
      return undefined;
  }
  return { entity: changeSet.entity as { id?: number }, meta, operation, changes, actor };
}

/** A JSON-friendly value: dates as ISO strings, references as the global ID of the referenced row. */
function plain(meta: EntityMetadata, key: string, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  const property = meta.properties[key];
  if (
    property &&
    (property.kind === ReferenceKind.MANY_TO_ONE || property.kind === ReferenceKind.ONE_TO_ONE) &&
    property.targetMeta
  ) {
    const id = typeof value === 'object' ? (value as { id?: unknown }).id : value;
    return id === undefined || id === null ? null : encodeGlobalId(property.targetMeta.className, Number(id));
  }
  if (value instanceof Date) return value.toISOString();
  return value;
}
