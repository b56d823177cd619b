import type { ApolloServerPluginLandingPageLocalDefaultOptions } from '@apollo/server/plugin/landingPage/default';
import { Role } from '../auth/role.enum';
import type { TokenVerifier } from '../auth/token-verifier';
import type { AppConfig } from '../config';

/** The first operation an analyst sees in the Apollo Sandbox: the executive dashboard of this fiscal year. */
export const sandboxInitialDocument = `# Welcome to Throughline. Every type, field and argument is documented: open the Schema tab
# (the book icon on the left) or hover a field. More ready-made operations: schema/operations/ in the repository.
# Every request needs credentials: Authorization: Bearer <token> or X-Api-Key (see "Shared headers" below).
query ExecutiveDashboard($fiscalYear: Int!, $asOf: Date) {
  executiveSummary(fiscalYear: $fiscalYear, asOf: $asOf) {
    fiscalYear
    asOf
    strategy {
      goals
      averageScore
      worstGoals { status score goal { code title } }
    }
    finance {
      currency
      planned
      actual
      variance
      variancePct
    }
    technology {
      projects
      redProjects
      byHealth { key count }
    }
    operations {
      kpis
      worstKpis { status attainment period kpi { code name unit } }
    }
  }
}
`;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * The Sandbox's options: the dashboard above with this fiscal year, and in local development a
 * read-only (ANALYST) development token as a shared header, so every tab (and the schema
 * introspection) is authenticated. The landing page is served without credentials, so the token is
 * only pre-filled when tokens are throwaway development tokens (random secret of this run, not
 * production) and the server listens on loopback only; otherwise paste a token from the start log
 * into "Shared headers" (README).
 */
export async function sandboxLandingPageOptions(
  config: Pick<AppConfig, 'host' | 'nodeEnv'>,
  tokens: Pick<TokenVerifier, 'developmentSecret' | 'sign'>,
): Promise<ApolloServerPluginLandingPageLocalDefaultOptions> {
  const prefill =
    tokens.developmentSecret && config.nodeEnv === 'development' && LOOPBACK_HOSTS.has(config.host);
  const sharedHeaders: Record<string, string> = prefill
    ? { Authorization: `Bearer ${await tokens.sign({ sub: 'dev-sandbox', role: Role.ANALYST })}` }
    : { Authorization: 'Bearer <paste a token from the start log, or use X-Api-Key>' };
  return {
    document: sandboxInitialDocument,
    variables: { fiscalYear: new Date().getUTCFullYear() },
    embed: { endpointIsEditable: false, runTelemetry: false, initialState: { sharedHeaders } },
  };
}
