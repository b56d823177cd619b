/** Environment → typed configuration, parsed and validated once at start. */
export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface AppConfig {
  /** PostgreSQL URL; undefined means the embedded PGlite database under `dataDir`. */
  databaseUrl?: string;
  port: number;
  host: string;
  nodeEnv: NodeEnv;
  dataDir: string;
  migrateOnStart: boolean;
  /** undefined: seed only when the embedded database is empty. */
  seedDemo?: boolean;
  reportingCurrency: string;
  logLevel: LogLevel;
  /** PostgreSQL statement_timeout for the application's connections, in ms. */
  statementTimeoutMs: number;
  /** Whole-request budget, in ms. */
  requestTimeoutMs: number;
  /** Size of the PostgreSQL connection pool. */
  poolSize: number;
  /** How long a request waits for a pooled connection before SERVICE_UNAVAILABLE, in ms. */
  dbAcquireTimeoutMs: number;
  /** How long opening a new PostgreSQL connection may take, in ms. */
  dbConnectTimeoutMs: number;
  /** Abuse limits of the GraphQL endpoint (README). */
  limits: QueryLimits;
  /** HS256 secret for bearer tokens (at least 32 characters); undefined outside production means a random one per start. */
  jwtSecret?: string;
  /** JWKS endpoint for RS256/ES256 bearer tokens (an identity provider's `.well-known/jwks.json`). */
  jwksUrl?: string;
  /** Required `iss` claim, when set. */
  jwtIssuer?: string;
  /** Required `aud` claim, when set. */
  jwtAudience?: string;
  /** Benchmarks only: count each GraphQL request's SQL statements into an `x-sql-statements` response header. */
  sqlStatementHeader: boolean;
  /**
   * Answer query operations that are fully compilable in SQL without running graphql-js field by
   * field (src/graphql/compiled-reads, README "Performance"); off runs every query through the resolvers.
   */
  compiledReads: boolean;
}

/** Per-request abuse limits; each is refused with QUERY_TOO_COMPLEX (or 413 for the body) before any SQL runs. */
export interface QueryLimits {
  /** Deepest field nesting (fragments flattened). */
  maxDepth: number;
  /** Aliased fields per operation. */
  maxAliases: number;
  /** Directives per operation. */
  maxDirectives: number;
  /** Lexical tokens per document. */
  maxTokens: number;
  /** Estimated cost per operation (src/graphql/limits/cost.ts). */
  maxCost: number;
  /** Largest request body, in bytes. */
  maxBodyBytes: number;
  /** Schema introspection allowed (default: everywhere but production). */
  introspection: boolean;
  /** "Did you mean …" hints in validation errors (default: everywhere but production). */
  fieldSuggestions: boolean;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name}=${JSON.stringify(raw)} is not allowed; use one of: ${allowed.join(', ')}`);
  }
  return raw as T;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new ConfigError(
      `${name}=${JSON.stringify(raw)} is not allowed; use an integer from ${min} to ${max}`,
    );
  }
  return value;
}

function boolean(env: Env, name: string): boolean | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const normalised = raw.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(normalised)) return true;
  if (['false', '0', 'no', 'off'].includes(normalised)) return false;
  throw new ConfigError(`${name}=${JSON.stringify(raw)} is not allowed; use true or false`);
}

function databaseUrl(env: Env): string | undefined {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL is not a URL; use postgres://user:password@host:5432/database');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(
      `DATABASE_URL has protocol ${JSON.stringify(url.protocol)}; use postgres:// or postgresql://`,
    );
  }
  if (url.pathname.replace(/^\//, '') === '') {
    throw new ConfigError('DATABASE_URL names no database; use postgres://user:password@host:5432/database');
  }
  return raw;
}

function optional(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

function jwtSecret(env: Env): string | undefined {
  const secret = env.JWT_SECRET;
  if (secret === undefined || secret === '') return undefined;
  if (secret.length < 32) {
    throw new ConfigError(
      'JWT_SECRET is too short; use at least 32 random characters (e.g. `openssl rand -hex 32`)',
    );
  }
  return secret;
}

function jwksUrl(env: Env): string | undefined {
  const raw = optional(env, 'JWKS_URL');
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('JWKS_URL is not a URL; use https://issuer.example.com/.well-known/jwks.json');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(`JWKS_URL has protocol ${JSON.stringify(url.protocol)}; use https://`);
  }
  return raw;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const currency = (env.REPORTING_CURRENCY ?? 'EUR').trim() || 'EUR';
  if (!/^[A-Z]{3}$/.test(currency)) {
    throw new ConfigError(
      `REPORTING_CURRENCY=${JSON.stringify(currency)} is not allowed; use an ISO 4217 code such as EUR`,
    );
  }
  return {
    databaseUrl: databaseUrl(env),
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST?.trim() || '0.0.0.0',
    nodeEnv,
    dataDir: env.DATA_DIR?.trim() || '.data',
    migrateOnStart: boolean(env, 'MIGRATE_ON_START') ?? true,
    seedDemo: boolean(env, 'SEED_DEMO'),
    reportingCurrency: currency,
    logLevel: oneOf(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
      nodeEnv === 'test' ? 'silent' : 'info',
    ),
    statementTimeoutMs: integer(env, 'STATEMENT_TIMEOUT_MS', 15000, 1, 3_600_000),
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', 30000, 1, 3_600_000),
    poolSize: integer(env, 'DB_POOL_SIZE', 10, 1, 200),
    dbAcquireTimeoutMs: integer(env, 'DB_ACQUIRE_TIMEOUT_MS', 3000, 100, 600_000),
    dbConnectTimeoutMs: integer(env, 'DB_CONNECT_TIMEOUT_MS', 2000, 100, 600_000),
    limits: {
      maxDepth: integer(env, 'MAX_QUERY_DEPTH', 10, 1, 1000),
      maxAliases: integer(env, 'MAX_ALIASES', 20, 0, 10_000),
      maxDirectives: integer(env, 'MAX_DIRECTIVES', 20, 0, 10_000),
      maxTokens: integer(env, 'MAX_TOKENS', 2000, 10, 1_000_000),
      maxCost: integer(env, 'MAX_COST', 150_000, 1, 100_000_000),
      maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 1_048_576, 1024, 100 * 1_048_576),
      introspection: boolean(env, 'INTROSPECTION') ?? nodeEnv !== 'production',
      fieldSuggestions: boolean(env, 'FIELD_SUGGESTIONS') ?? nodeEnv !== 'production',
    },
    sqlStatementHeader: boolean(env, 'SQL_STATEMENT_HEADER') ?? false,
    compiledReads: boolean(env, 'COMPILED_READS') ?? true,
    ...authConfig(env, nodeEnv),
  };
}

function authConfig(
  env: Env,
  nodeEnv: NodeEnv,
): Pick<AppConfig, 'jwtSecret' | 'jwksUrl' | 'jwtIssuer' | 'jwtAudience'> {
  const auth = {
    jwtSecret: jwtSecret(env),
    jwksUrl: jwksUrl(env),
    jwtIssuer: optional(env, 'JWT_ISSUER'),
    jwtAudience: optional(env, 'JWT_AUDIENCE'),
  };
  if (nodeEnv === 'production' && !auth.jwtSecret && !auth.jwksUrl) {
    throw new ConfigError(
      'In production set JWT_SECRET (HS256) or JWKS_URL (RS256/ES256) to verify bearer tokens',
    );
  }
  return auth;
}
