import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../graphql/errors';
import type { AuditEntryConnection } from './audit-entry-connection';
import { AuditEntry } from './audit-entry.entity';
import type { AuditLogFilter } from './audit-log-filter.input';

export const MAX_AUDIT_PAGE = 200;

function encodeCursor(id: string): string {
  return Buffer.from(`audit:${id}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): string {
  const match = /^audit:([1-9]\d{0,18})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new BadUserInputError('after: not a cursor of auditLog', { argument: 'after' });
  return match[1];
}

/** Reads the audit trail, newest first, one statement a page. */
export class AuditLogService {
  constructor(private readonly em: EntityManager) {}

  async page(filter: AuditLogFilter = {}, first = 50, after?: string): Promise<AuditEntryConnection> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_AUDIT_PAGE) {
      throw new BadUserInputError(`first: from 1 to ${MAX_AUDIT_PAGE}`, { argument: 'first' });
    }
    if (filter.from && filter.to && filter.from > filter.to) {
      throw new BadUserInputError('filter.from must be before filter.to', { argument: 'filter' });
    }
    const where: FilterQuery<AuditEntry>[] = [];
    if (filter.entityType) where.push({ entityType: filter.entityType });
    if (filter.entityId) where.push({ entityId: filter.entityId });
    if (filter.actor) where.push({ actor: filter.actor });
    if (filter.from) where.push({ at: { $gte: filter.from } });
    if (filter.to) where.push({ at: { $lt: filter.to } });
    if (after) where.push({ id: { $lt: decodeCursor(after) } });
    const rows = await this.em.find(
      AuditEntry,
      { $and: where },
      { orderBy: { id: 'desc' }, limit: first + 1 },
    );
    const page = rows.slice(0, first);
    return {
      edges: page.map((node) => ({ cursor: encodeCursor(node.id), node })),
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: page.length ? encodeCursor(page[page.length - 1].id) : null,
      },
    };
  }
}
