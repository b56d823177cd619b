import type { OrgScope } from './org-scope';
import type { Role } from './role.enum';

/** The authenticated caller of one request. */
export interface Identity {
  /** Who: the JWT `sub`, or `api-key:<prefix>` (the key's name is in `name`). */
  subject: string;
  role: Role;
  /** For UNIT_LEAD: the root of the subtree the caller may see and write; null otherwise. */
  scope: OrgScope | null;
  /** How the caller proved it. */
  via: 'jwt' | 'api-key';
  /** For API keys: the key's name (for the audit trail and logs). */
  name?: string;
}
