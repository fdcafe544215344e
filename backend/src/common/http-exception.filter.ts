import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { CommonError } from './common.errors';
import { render } from './error-catalogue';
import { DomainError } from './errors';
import { constraintMessage, pickLocale } from './messages';
import { RequestValidationError } from './validation';

interface ErrorBody {
  /** The specific code (`contributions.already_validated`), from the catalogues in the `.errors.ts` files. */
  code: string;
  /** The HTTP family (`validation`, `conflict`…), for callers that only need that. */
  kind: string;
  message: string;
  fields?: Record<string, string[]>;
}

/** Codes of errors raised outside the domain (Fastify's own: bad JSON, body too large…), by HTTP status. */
const httpCodes: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  410: 'gone',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
};
/** The codes that come from no catalogue, for the OpenAPI contract. */
export const TRANSPORT_CODES = [...Object.values(httpCodes), 'error', 'internal'];

/** Maps every error to `{ error: { code, message, fields } }`; nothing unexpected leaks as anything but a 500. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const locale = pickLocale(req.headers['accept-language']);
    const [status, error] = this.toBody(exception, locale);
    if (status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    void reply.status(status).header('content-type', 'application/json; charset=utf-8').send({ error });
  }

  private toBody(exception: unknown, locale: 'fr' | 'en'): [number, ErrorBody] {
    if (exception instanceof RequestValidationError) {
      const fields: Record<string, string[]> = {};
      for (const v of exception.violations) {
        (fields[v.path] ??= []).push(constraintMessage(locale, v.constraint, v.args));
      }
      return [
        400,
        {
          code: CommonError.InvalidInput,
          kind: 'validation',
          message: render(CommonError.InvalidInput, locale),
          fields,
        },
      ];
    }
    if (exception instanceof DomainError) {
      const fields = exception.fields
        ? Object.fromEntries(Object.entries(exception.fields).map(([k, v]) => [k, v.map((t) => render(t, locale))]))
        : undefined;
      const { status, code, kind } = exception;
      return [status, { code, kind, message: render(exception.text, locale), fields }];
    }
    if (exception instanceof QueryFailedError) return this.fromDatabase(exception as QueryFailedError, locale);
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      // Fastify's own errors (bad JSON, body too large) arrive as HttpException with a 4xx status.
      const code = httpCodes[status] ?? 'error';
      return [status, { code, kind: code, message: exception.message }];
    }
    const status = (exception as { statusCode?: number })?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const code = httpCodes[status] ?? 'bad_request';
      return [status, { code, kind: code, message: (exception as Error).message }];
    }
    return [500, { code: 'internal', kind: 'internal', message: 'Internal error' }];
  }

  /** Constraint violations the DTOs could not see (a unique email, a reference to a missing row). */
  private fromDatabase(e: QueryFailedError, locale: 'fr' | 'en'): [number, ErrorBody] {
    const driver = e.driverError as { code?: string; detail?: string; constraint?: string };
    const field = /Key \((.+?)\)=\(/
      .exec(driver.detail ?? '')?.[1]
      ?.replace(/^lower\((.*)\)$/, '$1')
      .replace(/_id$/, 'Id');
    const fields = field ? { [snakeToCamel(field)]: [] as string[] } : undefined;
    const refused = (status: number, kind: string, code: CommonError, fieldCode?: CommonError): [number, ErrorBody] => {
      if (fields && fieldCode) fields[Object.keys(fields)[0]].push(render(fieldCode, locale));
      return [status, { code, kind, message: render(code, locale), fields: fieldCode ? fields : undefined }];
    };
    switch (driver.code) {
      case '23505':
        return refused(409, 'conflict', CommonError.AlreadyExists, CommonError.AlreadyTaken);
      case '23503':
        return refused(400, 'validation', CommonError.InvalidReference, CommonError.UnknownOrStillReferenced);
      case '23001':
        return refused(409, 'conflict', CommonError.StillInUse);
      case '22P02':
      case '22007':
      case '22008':
      case '22003':
        return refused(400, 'validation', CommonError.InvalidValue);
      case '23502':
      case '23514':
        return refused(400, 'validation', CommonError.OutOfRange);
      default:
        this.logger.error(e.stack);
        return [500, { code: 'internal', kind: 'internal', message: 'Internal error' }];
    }
  }
}

const snakeToCamel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
