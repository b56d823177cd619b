import { Role } from '../../src/auth/role.enum';
import { startTestApp, type TestApp } from '../helpers/test-app';

const SECRET = 'a-test-secret-of-at-least-32-characters!!';
const QUERY = '{ kpiByCode(code: "NONE") { code } }';

describe('authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      JWT_SECRET: SECRET,
      JWT_ISSUER: 'https://id.example.com',
      JWT_AUDIENCE: 'throughline',
    });
  });
  afterAll(() => t?.close());

  async function token(
    claims: Record<string, unknown>,
    options: { exp?: number | string; iss?: string; aud?: string; secret?: string } = {},
  ) {
    const { SignJWT } = await import('jose');
    let jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('someone').setIssuedAt();
    if (options.exp !== undefined) jwt = jwt.setExpirationTime(options.exp);
    jwt = jwt.setIssuer(options.iss ?? 'https://id.example.com').setAudience(options.aud ?? 'throughline');
    return jwt.sign(new TextEncoder().encode(options.secret ?? SECRET));
  }

  it('accepts a valid token', async () => {
    const result = await t.request(
      QUERY,
      {},
      { authorization: `Bearer ${await token({ role: 'CFO' }, { exp: '1h' })}` },
    );
    expect(result.errors).toBeUndefined();
    expect(result.status).toBe(200);
  });

  it('remembers a verified token only until it expires', async () => {
    const soon = Math.floor(Date.now() / 1000) + 2;
    const authorization = `Bearer ${await token({ role: 'CFO' }, { exp: soon })}`;
    expect((await t.request(QUERY, {}, { authorization })).status).toBe(200);
    expect((await t.request(QUERY, {}, { authorization })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, soon * 1000 - Date.now() + 50));
    const late = await t.request(QUERY, {}, { authorization });
    expect(late.status).toBe(401);
    expect(late.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it.each([
    ['no credential', async () => ''],
    ['a malformed header', async () => 'Basic dXNlcjpwYXNz'],
    ['garbage', async () => 'Bearer not.a.jwt'],
    [
      'an expired token',
      async () => `Bearer ${await token({ role: 'CEO' }, { exp: Math.floor(Date.now() / 1000) - 60 })}`,
    ],
    ['a token without expiry', async () => `Bearer ${await token({ role: 'CEO' })}`],
    [
      'a wrong secret',
      async () =>
        `Bearer ${await token({ role: 'CEO' }, { exp: '1h', secret: 'another-secret-of-at-least-32-characters' })}`,
    ],
    [
      'a wrong audience',
      async () => `Bearer ${await token({ role: 'CEO' }, { exp: '1h', aud: 'someone-else' })}`,
    ],
    [
      'a wrong issuer',
      async () => `Bearer ${await token({ role: 'CEO' }, { exp: '1h', iss: 'https://evil.example.com' })}`,
    ],
    ['an unknown role', async () => `Bearer ${await token({ role: 'KING' }, { exp: '1h' })}`],
    [
      'a UNIT_LEAD without orgUnitId',
      async () => `Bearer ${await token({ role: Role.UNIT_LEAD }, { exp: '1h' })}`,
    ],
    [
      'a UNIT_LEAD with a non-OrgUnit ID',
      async () =>
        `Bearer ${await token({ role: Role.UNIT_LEAD, orgUnitId: Buffer.from('Kpi:1').toString('base64url') }, { exp: '1h' })}`,
    ],
  ])('answers 401 UNAUTHENTICATED to %s, issuing no SQL', async (_name, header) => {
    const authorization = await header();
    let result: Awaited<ReturnType<TestApp['request']>> | undefined;
    const statements = await t.countSql(async () => {
      result = await t.request(QUERY, {}, { authorization });
    });
    expect(result!.status).toBe(401);
    expect(result!.data).toBeUndefined();
    expect(result!.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(statements).toBe(0);
  });

  it('refuses an alg=none token', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const payload = Buffer.from(
      JSON.stringify({
        sub: 'x',
        role: 'ADMIN',
        exp: Math.floor(Date.now() / 1000) + 600,
        iss: 'https://id.example.com',
        aud: 'throughline',
      }),
    ).toString('base64url');
    const result = await t.request(QUERY, {}, { authorization: `Bearer ${header}.${payload}.` });
    expect(result.status).toBe(401);
  });

  it('serves /health, /ready and the sandbox landing page without credentials', async () => {
    const base = t.url.replace('/graphql', '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    const landing = await fetch(t.url, { headers: { accept: 'text/html' } });
    expect(landing.status).toBe(200);
    expect(landing.headers.get('content-type')).toMatch(/text\/html/);
    const getQuery = await fetch(`${t.url}?query=${encodeURIComponent(QUERY)}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(getQuery.status).toBe(401);
  });
});
