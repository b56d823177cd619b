import { AuditLogResolver } from './audit-log.resolver';

export const auditResolvers = [AuditLogResolver] as const;
