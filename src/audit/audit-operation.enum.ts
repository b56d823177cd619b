import { registerEnumType } from 'type-graphql';

/** What a change did to a record. */
export enum AuditOperation {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  ARCHIVE = 'ARCHIVE',
  DELETE = 'DELETE',
  UPSERT = 'UPSERT',
}

registerEnumType(AuditOperation, {
  name: 'AuditOperation',
  description: 'What a change did to a record.',
  valuesConfig: {
    CREATE: { description: 'The record was created.' },
    UPDATE: { description: 'Fields of the record changed.' },
    ARCHIVE: { description: 'The record was archived (`archivedAt` set).' },
    DELETE: { description: 'The record was deleted.' },
    UPSERT: { description: 'A bulk feed inserted or changed the record (old values null when inserted).' },
  },
});
