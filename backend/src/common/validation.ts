import {
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  ValidationError,
  ValidationPipe,
} from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import { ValidationFailed } from './errors';
import { CommonError } from './common.errors';

/** One failed rule on one field, before it is put into words (the filter knows the request's language). */
export interface FieldViolation {
  path: string;
  constraint: string;
  args: unknown[];
}

/** Thrown by the global pipe; the HTTP filter turns it into a 400 with a message per field. */
export class RequestValidationError extends Error {
  constructor(readonly violations: FieldViolation[]) {
    super('Invalid input');
  }
}

function constraintArgs(target: object | undefined, property: string, constraint: string): unknown[] {
  if (!target) return [];
  const metas = getMetadataStorage().getTargetValidationMetadatas(target.constructor, '', true, false);
  const meta = metas.find((m) => m.propertyName === property && (m.name ?? m.constraintCls?.name) === constraint);
  return meta?.constraints ?? [];
}

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldViolation[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.keys(e.constraints ?? {}).map((constraint) => ({
      path,
      constraint,
      args: constraintArgs(e.target, e.property, constraint),
    }));
    return [...own, ...flattenValidationErrors(e.children ?? [], path)];
  });
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => new RequestValidationError(flattenValidationErrors(errors)),
  });
}

/**
 * A PATCH that changes nothing (`{}`, `null`, no body) is a mistake of the caller, not a no-op to answer 200:
 * refused after the guard (so the caller learns nothing before being known) and before the pipes.
 */
@Injectable()
export class EmptyPatchInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<FastifyRequest>();
    const body = req.body;
    if (
      req.method === 'PATCH' &&
      (body === null || typeof body !== 'object' || Array.isArray(body) || Object.keys(body).length === 0)
    ) {
      throw new ValidationFailed({}, CommonError.EmptyBody);
    }
    return next.handle();
  }
}
