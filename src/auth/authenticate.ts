import type { EntityManager } from '@mikro-orm/postgresql';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import { UnauthenticatedError } from '../graphql/errors';
import { ApiKeyService } from './api-key.service';
import type { Identity } from './identity';
import type { TokenVerifier } from './token-verifier';

/** Turns a request's credentials into an Identity: `Authorization: Bearer <JWT>` or `X-Api-Key`. */
export class Authenticator {
  constructor(
    readonly tokens: TokenVerifier,
    private readonly em: EntityManager,
  ) {}

  /** The caller of `headers`; UNAUTHENTICATED when there is no credential or a bad one. */
  async identify(headers: Request['headers']): Promise<Identity> {
    const authorization = header(headers.authorization);
    if (authorization) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      if (!match) throw new UnauthenticatedError('Use `Authorization: Bearer <token>`');
      return this.tokens.verify(match[1]);
    }
    const apiKey = header(headers['x-api-key']);
    if (apiKey) {
      const identity = await new ApiKeyService(this.em.fork()).resolve(apiKey);
      if (!identity) throw new UnauthenticatedError('The API key is unknown or revoked');
      return identity;
    }
    throw new UnauthenticatedError();
  }
}

function header(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text?.trim() ? text.trim() : undefined;
}

/** A browser asking for the sandbox landing page (GET with `Accept: text/html`): served without credentials. */
export function isLandingPageRequest(req: Request): boolean {
  return (
    req.method === 'GET' &&
    req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html'
  );
}

/** Where a route's handlers find the caller. */
export function identityOf(res: Response): Identity | undefined {
  return (res.locals as { identity?: Identity }).identity;
}

/**
 * Express middleware: authenticates every request (except the landing page when `allowLandingPage`)
 * and puts the Identity on `res.locals.identity`; answers 401 with a GraphQL-shaped error otherwise.
 * Mount it in front of /graphql and any other data route (CSV exports).
 */
export function requireIdentity(
  authenticator: Authenticator,
  options: { allowLandingPage?: boolean } = {},
): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (options.allowLandingPage && isLandingPageRequest(req)) return next();
    authenticator.identify(req.headers).then(
      (identity) => {
        res.locals.identity = identity;
        next();
      },
      (error: unknown) => {
        if (!(error instanceof GraphQLError)) return next(error);
        res
          .status(401)
          .set('www-authenticate', 'Bearer')
          .json({ errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }] });
      },
    );
  };
}
