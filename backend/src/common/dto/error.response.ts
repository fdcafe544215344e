/** The body of every error answer: `{ error: { code, kind, message, fields? } }`. */
export class ErrorDetail {
  /**
   * A stable code the UI can rely on, from the modules' catalogues (`contributions.locked`,
   * `auth.second_factor_required`…); the contract lists them all.
   */
  code: string;
  /** The HTTP family of the error: `validation`, `unauthenticated`, `forbidden`, `not_found`, `conflict`… */
  kind: string;
  /** In the caller's language (Accept-Language, then their account's). */
  message: string;
  /** Field path (e.g. `memberships.0.role`) → messages, shown next to each field. */
  fields?: Record<string, string[]>;
}

export class ErrorResponse {
  error: ErrorDetail;
}
