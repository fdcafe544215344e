/** Entity types the audit can be filtered by; a later module adds its own here (and its label in the dictionaries). */
export const AUDIT_ENTITY_TYPES = ['Organisation', 'Person', 'Account'] as const;

export interface AuditEntry {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  /** Only the fields that changed, before and after. */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ip: string | null;
}

export interface AuditQuery {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  /** Calendar dates, YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}
