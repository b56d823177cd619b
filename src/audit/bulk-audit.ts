import type { EntityManager } from '@mikro-orm/core';
import { auditActorOf } from './audit-actor';

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** `encodeGlobalId(typeName, id)` in SQL: base64url of "TypeName:id" without padding. */
export function globalIdSql(typeNameBinding: string, idExpression: string): string {
  return `translate(rtrim(replace(encode(convert_to(${typeNameBinding} || ':' || ${idExpression}, 'UTF8'), 'base64'), E'\\n', ''), '='), '+/', '-_')`;
}

export interface BulkAuditOptions {
  /** The GraphQL type of the rows, e.g. "KpiMeasurement". */
  entityType: string;
  /** A CTE of the upsert's RETURNING: `id` plus the audited columns with their new values. */
  written: string;
  /** A CTE selecting `id` plus the audited columns of the rows as they were before the upsert. */
  before: string;
  /** Audited fields: GraphQL field name → column name in `written` and `before`. */
  fields: Record<string, string>;
}

/**
 * A data-modifying CTE (`audit_rows as (insert into audit_entry …)`) for a set-based feed upsert:
 * one UPSERT audit row per row of `written`, with `{ field: { old, new } }` for each field that
 * changed (old is null for inserted rows). Append it to the upsert's WITH list so the audit rows are
 * written by the same statement, hence in the same transaction. Without an actor on `em`
 * (demo seed, tests arranging data) the CTE writes nothing.
 *
 * Example: `with before as (select m.id, m.value from kpi_measurement m join …),
 *   written as (insert … on conflict … returning id, value), ${cte.sql} select count(*) from written`.
 */
export function bulkAuditCte(
  em: EntityManager,
  options: BulkAuditOptions,
): { sql: string; bindings: unknown[] } {
  for (const name of [options.written, options.before, ...Object.values(options.fields)]) {
    if (!IDENTIFIER.test(name))
      throw new Error(`bulkAuditCte: ${JSON.stringify(name)} is not a plain identifier`);
  }
  const actor = auditActorOf(em);
  if (!actor) return { sql: 'audit_rows as (select 1 where false)', bindings: [] };
  const fieldRows = Object.entries(options.fields)
    .map(([field, column]) => `(${quoteLiteral(field)}, to_jsonb(b.${column}), to_jsonb(w.${column}))`)
    .join(', ');
  const sql = `audit_rows as (
  insert into audit_entry (actor, role, entity_type, entity_id, operation, changes, request_id)
  select ?, ?::role, ?, ${globalIdSql('?::text', 'w.id')}, 'UPSERT',
    (select coalesce(jsonb_object_agg(f.name, jsonb_build_object('old', f.old, 'new', f.new)), '{}'::jsonb)
     from (values ${fieldRows}) as f(name, old, new) where f.old is distinct from f.new),
    ?
  from ${options.written} w left join ${options.before} b on b.id = w.id
)`;
  return {
    sql,
    bindings: [actor.actor, actor.role, options.entityType, options.entityType, actor.requestId ?? null],
  };
}

function quoteLiteral(text: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(text)) throw new Error(`bulkAuditCte: bad field name ${text}`);
  return `'${text}'`;
}
