/** A job the outbox could not run yet (retrying) or gave up on (failed), as the admin sees it. */
export class OutboxJobResponse {
  id: string;
  kind: string;
  /** For a mail: its recipient and subject (the body stays out of this list). */
  to: string | null;
  subject: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  /** When it is tried next (retrying). */
  runAfter: Date;
  /** When it was given up after the last attempt; null while it is still retried. */
  failedAt: Date | null;
}
