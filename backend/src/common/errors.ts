/** A message in both languages of the app; the HTTP filter picks one from Accept-Language. */
export type Text = string | { fr: string; en: string };
/** Field path → messages, as the UI shows them next to each field. */
export type FieldErrors = Record<string, Text[]>;

/** A failure the domain expects: carries an HTTP status and a stable code the UI can rely on. */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: Text,
    readonly fields?: FieldErrors,
  ) {
    super(typeof text === 'string' ? text : text.en);
  }
}

export class ValidationFailed extends DomainError {
  constructor(fields: FieldErrors, text: Text = { fr: 'Données invalides', en: 'Invalid input' }) {
    super(400, 'validation', text, fields);
  }
  static field(field: string, text: Text): ValidationFailed {
    return new ValidationFailed({ [field]: [text] });
  }
}

export class NotFound extends DomainError {
  constructor(text: Text = { fr: 'Introuvable', en: 'Not found' }) {
    super(404, 'not_found', text);
  }
}

export class Forbidden extends DomainError {
  constructor(text: Text = { fr: 'Action non autorisée', en: 'You may not do this' }) {
    super(403, 'forbidden', text);
  }
}

export class Unauthenticated extends DomainError {
  constructor(text: Text = { fr: 'Connectez-vous d’abord', en: 'Sign in first' }, code = 'unauthenticated') {
    super(401, code, text);
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
  constructor(text: Text = { fr: 'Trop de tentatives, réessayez plus tard', en: 'Too many attempts, try again later' }) {
    super(429, 'too_many_requests', text);
  }
}

/** A delete refused by a foreign key pointing at the row (RESTRICT: 23001, NO ACTION: 23503). */
export function isStillReferenced(e: unknown): boolean {
  const code = (e as { driverError?: { code?: string } }).driverError?.code;
  return code === '23001' || code === '23503';
}
