import { GraphQLError, type ValidationContext } from 'graphql';

/** Which abuse limit refused an operation; sent as `extensions.limit`. */
export type QueryLimitName = 'MAX_DEPTH' | 'MAX_ALIASES' | 'MAX_DIRECTIVES' | 'MAX_TOKENS' | 'MAX_COST';

/** Refusal of an operation over one of the abuse limits: HTTP 400, nothing executed. */
export class QueryTooComplexError extends GraphQLError {
  constructor(limit: QueryLimitName, max: number, message: string) {
    super(message, {
      extensions: { code: 'QUERY_TOO_COMPLEX', limit, max, http: { status: 400 } },
    });
  }
}

/**
 * A graphql-armor `onReject` callback: reports the refusal as a validation error carrying
 * `extensions.limit`. Apollo re-labels validation errors GRAPHQL_VALIDATION_FAILED; the error
 * formatter turns any error with `extensions.limit` back into QUERY_TOO_COMPLEX.
 */
export function reportLimit(limit: QueryLimitName, max: number) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    context?.reportError(new QueryTooComplexError(limit, max, error.message.replace(/^Syntax Error: /, '')));
  };
}
