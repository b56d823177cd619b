import type { Knex } from '@mikro-orm/postgresql';
import { type Request, type Response, Router } from 'express';
import {
  getNamedType,
  type GraphQLField,
  GraphQLError,
  type GraphQLLeafType,
  GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { Logger } from 'pino';
import { type Authenticator, identityOf, requireIdentity } from '../../auth/authenticate';
import type { AppConfig } from '../../config';
import type { Row } from '../../graphql/pagination';
import { requestIdOf } from '../request-log';
import { csvLine } from './csv';
import { ExportRequestError } from './export-error';
import { parseExportParameters } from './export-params';
import { FACT_EXPORTS, type FactExport } from './fact-exports';
import { cursorRows, keysetRows, type RowSource } from './row-stream';

export interface ExportRoutesOptions {
  schema: GraphQLSchema;
  knex: Knex;
  /** Embedded PGlite has no server-side cursors: page with keyset chunks instead. */
  embedded: boolean;
  config: AppConfig;
  auth: Authenticator;
  log: Logger;
}

interface Column {
  name: string;
  type: GraphQLLeafType;
}

/**
 * `GET /export/kpi-facts.csv`, `/export/budget-facts.csv`, `/export/project-facts.csv`: the flat facts as
 * RFC 4180 CSV for tools that cannot speak GraphQL. Same credentials as /graphql, the same filters as
 * query parameters (README), the same UNIT_LEAD scope in SQL; streamed in constant memory.
 */
export function exportRoutes(options: ExportRoutesOptions): Router {
  const router = Router();
  router.use(requireIdentity(options.auth));
  for (const fact of FACT_EXPORTS) {
    const queryField = options.schema.getQueryType()?.getFields()[fact.queryField];
    const rowType = options.schema.getType(fact.typeName);
    if (!queryField || !(rowType instanceof GraphQLObjectType)) {
      throw new Error(
        `export ${fact.path}: ${fact.queryField} or ${fact.typeName} is missing from the schema`,
      );
    }
    const columns: Column[] = Object.values(rowType.getFields()).map((field) => ({
      name: field.name,
      type: getNamedType(field.type) as GraphQLLeafType,
    }));
    router.get(`/${fact.path}.csv`, (req, res, next) => {
      exportCsv(options, fact, queryField, columns, req, res).catch(next);
    });
  }
  return router;
}

async function exportCsv(
  options: ExportRoutesOptions,
  fact: FactExport,
  queryField: GraphQLField<unknown, unknown>,
  columns: Column[],
  req: Request,
  res: Response,
): Promise<void> {
  const identity = identityOf(res);
  if (!identity) throw new Error('export without identity');
  const log = options.log.child({ requestId: requestIdOf(res), actor: identity.subject, export: fact.path });

  let source: RowSource;
  try {
    const params = new URL(req.originalUrl, 'http://export.invalid').searchParams;
    const args = parseExportParameters(params, queryField);
    const { base, keys } = fact.rows(options.knex, identity.scope, args, options.config);
    source = options.embedded ? keysetRows(options.knex, base, keys) : cursorRows(options.knex, base, keys);
  } catch (error) {
    const message =
      error instanceof ExportRequestError
        ? error.message
        : error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT'
          ? error.message
          : undefined;
    if (message === undefined) throw error;
    res.status(400).type('text/plain; charset=utf-8').send(`${message}\n`);
    return;
  }

  let gone = false;
  res.once('close', () => {
    gone = !res.writableFinished;
  });
  let rowCount = 0;
  try {
    await source(async (rows) => {
      if (gone) return false;
      if (!res.headersSent) startCsv(res, fact, columns);
      let text = '';
      for (const row of rows) text += csvLine(toFields(fact.toFact(row) as Row, columns));
      rowCount += rows.length;
      if (!res.write(text)) await drained(res);
      return !gone;
    });
  } catch (error) {
    if (!res.headersSent) throw error;
    // Half a CSV must not look complete: cut the connection instead of ending the body.
    log.error({ err: error, rows: rowCount }, 'CSV export failed while streaming');
    res.destroy();
    return;
  }
  if (gone) {
    log.info({ rows: rowCount }, 'CSV export abandoned by the client');
    return;
  }
  // No rows: still a valid CSV with its header.
  if (!res.headersSent) startCsv(res, fact, columns);
  res.end();
  log.debug({ rows: rowCount }, 'CSV export done');
}

/** Status, headers and the header row (the GraphQL field names), sent with the first rows. */
function startCsv(res: Response, fact: FactExport, columns: Column[]): void {
  res.status(200).set({
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${fact.path}.csv"`,
    'cache-control': 'no-store',
  });
  res.write(csvLine(columns.map((c) => c.name)));
}

/** The row's fields as GraphQL would serialize them (enums, dates, decimals), as CSV text. */
function toFields(fact: Row, columns: Column[]): (string | null)[] {
  return columns.map(({ name, type }) => {
    const value = fact[name];
    if (value === null || value === undefined) return null;
    return String(type.serialize(value));
  });
}

/** Resolves when the response can take more, or when the client has gone. */
function drained(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
