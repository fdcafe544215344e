/** The body of every error answer: `{ error: { code, message, fields? } }`. */
export class ErrorDetail {
  /** A stable code the UI can rely on: `validation`, `forbidden`, `not_found`, `conflict`, `csrf`… */
  code: string;
  /** In the caller's language (Accept-Language, then their account's). */
  message: string;
  /** Field path (e.g. `memberships.0.role`) → messages, shown next to each field. */
  fields?: Record<string, string[]>;
}

export class ErrorResponse {
  error: ErrorDetail;
}
