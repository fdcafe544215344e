import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { DomainError, Text } from './errors';
import { constraintMessage, pickLocale } from './messages';
import { RequestValidationError } from './validation';

interface ErrorBody {
  code: string;
  message: string;
  fields?: Record<string, string[]>;
}

const say = (text: Text, locale: 'fr' | 'en') => (typeof text === 'string' ? text : text[locale]);

const httpCodes: Record<number, string> = {
  400: 'bad_request', 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found', 405: 'method_not_allowed',
  409: 'conflict', 410: 'gone', 413: 'payload_too_large', 415: 'unsupported_media_type', 429: 'too_many_requests',
};

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
      return [400, { code: 'validation', message: locale === 'fr' ? 'Données invalides' : 'Invalid input', fields }];
    }
    if (exception instanceof DomainError) {
      const fields = exception.fields
        ? Object.fromEntries(Object.entries(exception.fields).map(([k, v]) => [k, v.map((t) => say(t, locale))]))
        : undefined;
      return [exception.status, { code: exception.code, message: say(exception.text, locale), fields }];
    }
    if (exception instanceof QueryFailedError) return this.fromDatabase(exception, locale);
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      // Fastify's own errors (bad JSON, body too large) arrive as HttpException with a 4xx status.
      return [status, { code: httpCodes[status] ?? 'error', message: exception.message }];
    }
    const status = (exception as { statusCode?: number })?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return [status, { code: httpCodes[status] ?? 'bad_request', message: (exception as Error).message }];
    }
    return [500, { code: 'internal', message: 'Internal error' }];
  }

  /** Constraint violations the DTOs could not see (a unique email, a reference to a missing row). */
  private fromDatabase(e: QueryFailedError, locale: 'fr' | 'en'): [number, ErrorBody] {
    const driver = e.driverError as { code?: string; detail?: string; constraint?: string };
    const field = /Key \((.+?)\)=\(/.exec(driver.detail ?? '')?.[1]?.replace(/^lower\((.*)\)$/, '$1').replace(/_id$/, 'Id');
    const fields = field ? { [snakeToCamel(field)]: [] as string[] } : undefined;
    switch (driver.code) {
      case '23505':
        if (fields) fields[Object.keys(fields)[0]].push(locale === 'fr' ? 'Cette valeur est déjà utilisée' : 'This value is already taken');
        return [409, { code: 'conflict', message: locale === 'fr' ? 'Cette valeur est déjà utilisée' : 'Already exists', fields }];
      case '23503':
        if (fields) fields[Object.keys(fields)[0]].push(locale === 'fr' ? 'Référence inconnue ou encore utilisée' : 'Unknown or still referenced');
        return [400, { code: 'validation', message: locale === 'fr' ? 'Référence invalide' : 'Invalid reference', fields }];
      case '23001':
        return [409, { code: 'conflict', message: locale === 'fr' ? 'Encore utilisé ailleurs : retirez d’abord ce qui y renvoie' : 'Still in use elsewhere: remove what refers to it first' }];
      case '22P02':
      case '22007':
      case '22008':
      case '22003':
        return [400, { code: 'validation', message: locale === 'fr' ? 'Valeur invalide' : 'Invalid value' }];
      case '23502':
      case '23514':
        return [400, { code: 'validation', message: locale === 'fr' ? 'Valeur hors des limites permises' : 'Value out of allowed range' }];
      default:
        this.logger.error(e.stack);
        return [500, { code: 'internal', message: 'Internal error' }];
    }
  }
}

const snakeToCamel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
