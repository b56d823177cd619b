import { GraphQLError } from 'graphql';

/** Errors with a stable `extensions.code` that clients can branch on. */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', ...details } });
  }
}

export class NotFoundError extends GraphQLError {
  /** `argument` names the input field or argument that referenced the missing object, if any. */
  constructor(typeName: string, id: string, argument?: string) {
    super(`${argument ? `${argument}: ` : ''}${typeName} ${id} does not exist`, {
      extensions: { code: 'NOT_FOUND', typeName, id, ...(argument ? { argument } : {}) },
    });
  }
}

export class ConflictError extends GraphQLError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code: 'CONFLICT', ...details } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = 'Your role does not allow this') {
    super(message, { extensions: { code: 'FORBIDDEN' } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'Send a bearer token or an API key') {
    super(message, { extensions: { code: 'UNAUTHENTICATED' } });
  }
}

export class ServiceUnavailableError extends GraphQLError {
  constructor(message = 'The database is unavailable; retry shortly') {
    super(message, { extensions: { code: 'SERVICE_UNAVAILABLE' } });
  }
}

/** One invalid row of a bulk feed. */
export interface RowProblem {
  index: number;
  reason: string;
}

export class BulkValidationError extends GraphQLError {
  constructor(rows: RowProblem[]) {
    const shown = rows
      .slice(0, 20)
      .map((r) => `row ${r.index}: ${r.reason}`)
      .join('; ');
    const more = rows.length > 20 ? ` (and ${rows.length - 20} more)` : '';
    super(`${rows.length} invalid row(s), nothing was written: ${shown}${more}`, {
      extensions: { code: 'BAD_USER_INPUT', rows },
    });
  }
}
