import { CommonError } from './common.errors';
import { codeOf, type Text } from './error-catalogue';

export type { Text } from './error-catalogue';
/** Field path → messages, as the UI shows them next to each field. */
export type FieldErrors = Record<string, Text[]>;

/** The HTTP family of an error, answered as `error.kind` beside the specific `error.code`. */
export type ErrorKind =
  'validation' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'gone' | 'too_many_requests';

/**
 * A failure the domain expects: an HTTP status, its kind, and a catalogued text whose code (e.g.
 * `contributions.already_validated`) the UI can rely on.
 */
export class DomainError extends Error {
  readonly code: string;
  constructor(
    readonly status: number,
    readonly kind: ErrorKind,
    readonly text: Text,
    readonly fields?: FieldErrors,
    code?: string,
  ) {
    super(typeof text === 'string' ? text : 'code' in text ? text.code : text.en);
    this.code = code ?? codeOf(text) ?? kind;
  }
}

export class ValidationFailed extends DomainError {
  constructor(fields: FieldErrors, text: Text = CommonError.InvalidInput) {
    // A single field message names the failure better than "invalid input": its code becomes the error's.
    const messages = Object.values(fields).flat();
    const sole = text === CommonError.InvalidInput && messages.length === 1 ? codeOf(messages[0]) : undefined;
    super(400, 'validation', text, fields, sole);
  }
  static field(field: string, text: Text): ValidationFailed {
    return new ValidationFailed({ [field]: [text] });
  }
}

export class NotFound extends DomainError {
  constructor(text: Text = CommonError.NotFound) {
    super(404, 'not_found', text);
  }
}

export class Forbidden extends DomainError {
  constructor(text: Text = CommonError.Forbidden, fields?: FieldErrors) {
    super(403, 'forbidden', text, fields);
  }
}

export class Unauthenticated extends DomainError {
  constructor(text: Text = CommonError.Unauthenticated) {
    super(401, 'unauthenticated', text);
  }
}

export class Conflict extends DomainError {
  constructor(text: Text, fields?: FieldErrors) {
    super(409, 'conflict', text, fields);
  }
}

export class Gone extends DomainError {
  constructor(text: Text) {
    super(410, 'gone', text);
  }
}

export class TooManyRequests extends DomainError {
  constructor(text: Text = CommonError.TooManyRequests) {
    super(429, 'too_many_requests', text);
  }
}

/** A delete refused by a foreign key pointing at the row (RESTRICT: 23001, NO ACTION: 23503). */
export function isStillReferenced(e: unknown): boolean {
  const code = (e as { driverError?: { code?: string } }).driverError?.code;
  return code === '23001' || code === '23503';
}
