import { registerEnumType } from 'type-graphql';

/** Who the caller is to Throughline; decides what they may read and change (README). */
export enum Role {
  CEO = 'CEO',
  CFO = 'CFO',
  CIO = 'CIO',
  COO = 'COO',
  UNIT_LEAD = 'UNIT_LEAD',
  ANALYST = 'ANALYST',
  ADMIN = 'ADMIN',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** The executives: read everything, see people's e-mail addresses. */
export const EXECUTIVES: readonly Role[] = [Role.CEO, Role.CFO, Role.CIO, Role.COO];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ALL_ROLES as readonly string[]).includes(value);
}

registerEnumType(Role, {
  name: 'Role',
  description: 'The role of a caller (a JWT claim or an API key property).',
  valuesConfig: {
    CEO: { description: 'Chief executive: reads everything; writes strategy, organisation and risks.' },
    CFO: { description: 'Chief financial officer: reads everything; writes finance and risks.' },
    CIO: { description: 'Chief information officer: reads everything; writes technology and risks.' },
    COO: { description: 'Chief operating officer: reads everything; writes operations and risks.' },
    UNIT_LEAD: {
      description:
        'Head of an org unit: reads and records KPI measurements, budget actuals and project progress of its subtree only.',
    },
    ANALYST: { description: 'Reads everything except e-mail addresses; writes nothing.' },
    ADMIN: { description: 'Administrator: reads and writes everything, including the audit log.' },
  },
});
