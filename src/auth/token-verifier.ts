import { randomBytes } from 'node:crypto';
import type { JWTPayload, JWTVerifyGetKey, JWSHeaderParameters } from 'jose' with {
  'resolution-mode': 'import',
};
import type * as JoseModule from 'jose' with { 'resolution-mode': 'import' };
import type { AppConfig } from '../config';
import { UnauthenticatedError } from '../graphql/errors';
import { tryDecodeGlobalId } from '../graphql/global-id';
import type { Identity } from './identity';
import { isRole, Role } from './role.enum';

const ASYMMETRIC = ['RS256', 'ES256'];

/** Verified tokens remembered (dashboards and BI tools send the same token on every request). */
const VERIFIED_CACHE_SIZE = 1000;

// jose is ESM-only; a dynamic import works from this CommonJS build, ts-node and jest alike.
let jose: Promise<typeof JoseModule> | undefined;
const loadJose = () => (jose ??= import('jose'));

/**
 * Verifies bearer tokens: HS256 with JWT_SECRET (or the random development secret), RS256/ES256
 * with the keys of JWKS_URL. Expiry is always required and checked; issuer and audience when configured.
 */
export class TokenVerifier {
  private readonly secret?: Uint8Array;
  private jwks?: Promise<JWTVerifyGetKey>;
  private readonly algorithms: string[];
  /** token → its identity and expiry (ms); insertion order is the eviction order. */
  private readonly verified = new Map<string, { identity: Identity; expiresAt: number }>();

  /** True when the secret was generated at start (no JWT_SECRET outside production). */
  readonly developmentSecret: boolean;

  constructor(
    private readonly config: Pick<
      AppConfig,
      'jwtSecret' | 'jwksUrl' | 'jwtIssuer' | 'jwtAudience' | 'nodeEnv'
    >,
  ) {
    let secret = config.jwtSecret;
    this.developmentSecret = !secret && !config.jwksUrl && config.nodeEnv !== 'production';
    if (this.developmentSecret) secret = randomBytes(32).toString('hex');
    this.secret = secret ? new TextEncoder().encode(secret) : undefined;
    this.algorithms = [...(this.secret ? ['HS256'] : []), ...(config.jwksUrl ? ASYMMETRIC : [])];
  }

  /** The identity in `token`; UNAUTHENTICATED for anything not valid (the reason is deliberately vague). */
  async verify(token: string): Promise<Identity> {
    // A token's signature and claims do not change: until it expires, verifying it again would
    // answer the same (WebCrypto's HMAC was ~5 % of a compiled read's CPU).
    const known = this.verified.get(token);
    if (known && known.expiresAt > Date.now()) return known.identity;
    if (known) this.verified.delete(token);
    return this.verifyAnew(token);
  }

  private async verifyAnew(token: string): Promise<Identity> {
    let payload: JWTPayload;
    try {
      const { jwtVerify } = await loadJose();
      const result = await jwtVerify(token, (header, input) => this.keyFor(header, input), {
        algorithms: this.algorithms,
        issuer: this.config.jwtIssuer,
        audience: this.config.jwtAudience,
        requiredClaims: ['exp', 'sub'],
      });
      payload = result.payload;
    } catch {
      throw new UnauthenticatedError('The bearer token is invalid or expired');
    }
    const identity = identityFromClaims(payload);
    if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { identity, expiresAt: payload.exp! * 1000 });
    return identity;
  }

  /** Signs a token with the HS256 secret (development tokens, tests); fails without a secret. */
  async sign(claims: { sub: string; role: Role; orgUnitId?: string }, expiresIn = '12h'): Promise<string> {
    if (!this.secret) throw new Error('No HS256 secret configured: set JWT_SECRET to sign tokens');
    const { SignJWT } = await loadJose();
    let jwt = new SignJWT({ role: claims.role, ...(claims.orgUnitId ? { orgUnitId: claims.orgUnitId } : {}) })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.sub)
      .setIssuedAt()
      .setExpirationTime(expiresIn);
    if (this.config.jwtIssuer) jwt = jwt.setIssuer(this.config.jwtIssuer);
    if (this.config.jwtAudience) jwt = jwt.setAudience(this.config.jwtAudience);
    return jwt.sign(this.secret);
  }

  private async keyFor(header: JWSHeaderParameters, input: Parameters<JWTVerifyGetKey>[1]) {
    if (header.alg === 'HS256' && this.secret) return this.secret;
    if (this.config.jwksUrl && ASYMMETRIC.includes(header.alg ?? '')) {
      const jwksUrl = new URL(this.config.jwksUrl);
      this.jwks ??= loadJose().then(({ createRemoteJWKSet }) => createRemoteJWKSet(jwksUrl));
      return (await this.jwks)(header as Parameters<JWTVerifyGetKey>[0], input);
    }
    throw new UnauthenticatedError('Unsupported token algorithm');
  }
}

/** Checks the Throughline claims: `role`, and `orgUnitId` (a global OrgUnit ID) for UNIT_LEAD. */
export function identityFromClaims(payload: JWTPayload): Identity {
  const { sub, role, orgUnitId } = payload as JWTPayload & { role?: unknown; orgUnitId?: unknown };
  if (typeof sub !== 'string' || sub === '' || !isRole(role)) {
    throw new UnauthenticatedError('The bearer token lacks a valid `sub` or `role` claim');
  }
  if (role !== Role.UNIT_LEAD) return { subject: sub, role, scope: null, via: 'jwt' };
  const decoded = typeof orgUnitId === 'string' ? tryDecodeGlobalId(orgUnitId) : undefined;
  if (!decoded || decoded.typeName !== 'OrgUnit') {
    throw new UnauthenticatedError('A UNIT_LEAD token needs an `orgUnitId` claim holding an OrgUnit ID');
  }
  return { subject: sub, role, scope: { rootOrgUnitId: decoded.id }, via: 'jwt' };
}
