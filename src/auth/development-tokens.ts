import type { App } from '../app';
import { encodeGlobalId } from '../graphql/global-id';
import { ALL_ROLES, Role } from './role.enum';

export interface DevelopmentToken {
  role: Role;
  token: string;
  /** The org unit code of a UNIT_LEAD token. */
  orgUnitCode?: string;
}

/**
 * One ready-made bearer token per role (valid 12 hours), signed with the random secret of this run;
 * none when JWT_SECRET or JWKS_URL is configured or in production. The UNIT_LEAD token leads the
 * first org unit below the root, when there is one.
 */
export async function developmentTokens(app: App): Promise<DevelopmentToken[]> {
  if (!app.auth.tokens.developmentSecret) return [];
  const units = (await app.database.orm.em
    .getConnection()
    .execute(
      'select id, code from org_unit where parent_id is not null and archived_at is null order by id limit 1',
    )) as { id: number; code: string }[];
  const tokens: DevelopmentToken[] = [];
  for (const role of ALL_ROLES) {
    if (role === Role.UNIT_LEAD) {
      const unit = units[0];
      if (!unit) continue;
      const orgUnitId = encodeGlobalId('OrgUnit', unit.id);
      tokens.push({
        role,
        orgUnitCode: unit.code,
        token: await app.auth.tokens.sign({ sub: `dev-${role.toLowerCase()}`, role, orgUnitId }),
      });
    } else {
      tokens.push({ role, token: await app.auth.tokens.sign({ sub: `dev-${role.toLowerCase()}`, role }) });
    }
  }
  return tokens;
}
