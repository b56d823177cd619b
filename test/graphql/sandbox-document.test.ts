import { TokenVerifier } from '../../src/auth/token-verifier';
import { loadConfig } from '../../src/config';
import { sandboxInitialDocument, sandboxLandingPageOptions } from '../../src/graphql/sandbox-document';
import { startTestApp, type TestApp } from '../helpers/test-app';

describe('the Apollo Sandbox', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('opens with the executive dashboard, which is valid against the schema', async () => {
    const page = await fetch(t.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('query ExecutiveDashboard');
    // Outside local development no token is embedded in the (unauthenticated) page.
    expect(html).toContain('paste a token from the start log');
    const data = await t.execute(sandboxInitialDocument, { fiscalYear: 2026 });
    expect(data.executiveSummary.fiscalYear).toBe(2026);
  });

  it('pre-fills a read-only development token only in development on a loopback address', async () => {
    const config = loadConfig({ NODE_ENV: 'development', HOST: '127.0.0.1' });
    const tokens = new TokenVerifier(config);
    const local = await sandboxLandingPageOptions(config, tokens);
    const headers = (local.embed as { initialState: { sharedHeaders: Record<string, string> } }).initialState
      .sharedHeaders;
    const identity = await tokens.verify(headers.Authorization.replace(/^Bearer /, ''));
    expect(identity.role).toBe('ANALYST');
    expect(local.variables).toEqual({ fiscalYear: new Date().getUTCFullYear() });

    const exposed = loadConfig({ NODE_ENV: 'development', HOST: '0.0.0.0' });
    const everyone = await sandboxLandingPageOptions(exposed, new TokenVerifier(exposed));
    expect(JSON.stringify(everyone.embed)).not.toMatch(/Bearer ey/);
  });
});
