import type { EntityManager } from '@mikro-orm/core';
import { globalIdSql } from '../graphql/global-id';
import { auditActorOf } from './audit-actor';

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
export interface BulkAuditOptions {
  /** The GraphQL type of the rows, e.g. "KpiMeasurement". */
  entityType: string;
  /** The upserted table (not aliased in the upsert); its primary key is `id`. */
  table: string;
  /** A CTE of the upsert's RETURNING: `id`, the audited columns with their new values and `returning`. */
  written: string;
  /** Audited fields: GraphQL field name → column name in `table` and `written`. */
  fields: Record<string, string>;
}

export interface BulkAudit {
  /**
   * To append as is to the upsert's RETURNING list: `, (…) as audit_before`, the row as it was
   * before the statement (null for an inserted row). Empty when nothing is audited.
   */
  returning: string;
  /** The `audit_rows as (…)` CTE, to append to the WITH list after `written`. */
  sql: string;
  /** The CTE's bindings. */
  bindings: unknown[];
}

/**
 * The audit of a set-based feed upsert, written by the same statement (hence in the same
 * transaction): one UPSERT row per row of `written`, with `{ field: { old, new } }` for each field
 * that changed (old is null for inserted rows). Without an actor on `em` (demo seed, tests arranging
 * data) nothing is audited.
 *
 * The old values come from the upsert's own RETURNING: a subquery there reads the table with the
 * statement's snapshot, which still holds the row as it was (PostgreSQL hides a command's own
 * changes from it), i.e. what a `before` CTE joining the input would read, at the cost of one
 * primary-key probe per written row instead of a join of the whole input with the table.
 *
 * Example: `with written as (insert into t … on conflict … do update … returning id, value${audit.returning}),
 *   ${audit.sql} select count(*) from written`.
 */
export function bulkAuditCte(em: EntityManager, options: BulkAuditOptions): BulkAudit {
  for (const name of [options.table, options.written, ...Object.values(options.fields)]) {
    if (!IDENTIFIER.test(name))
      throw new Error(`bulkAuditCte: ${JSON.stringify(name)} is not a plain identifier`);
  }
  const actor = auditActorOf(em);
  if (!actor) return { returning: '', sql: 'audit_rows as (select 1 where false)', bindings: [] };
  const { table } = options;
  const returning = `, (select b from ${table} b where b.id = ${table}.id) as audit_before`;
  // One jsonb per changed field, concatenated: no per-row subquery or aggregate.
  const changes = Object.entries(options.fields)
    .map(([field, column]) => {
      const old = `(w.audit_before).${column}`;
      const now = `w.${column}`;
      return `case when ${old} is distinct from ${now} then jsonb_build_object(${quoteLiteral(field)}, jsonb_build_object('old', to_jsonb(${old}), 'new', to_jsonb(${now}))) else '{}'::jsonb end`;
    })
    .join(' || ');
  const entityId = globalIdSql(options.entityType, 'w.id');
  const sql = `audit_rows as (
  insert into audit_entry (actor, role, entity_type, entity_id, operation, changes, request_id)
  select ?, ?::role, ?, ${entityId.text}, 'UPSERT', ${changes}, ?
  from ${options.written} w
)`;
  return {
    returning,
    sql,
    bindings: [actor.actor, actor.role, options.entityType, ...entityId.bindings, actor.requestId ?? null],
  };
}

function quoteLiteral(text: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(text)) throw new Error(`bulkAuditCte: bad field name ${text}`);
  return `'${text}'`;
}
