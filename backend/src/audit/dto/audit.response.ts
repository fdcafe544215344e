export class AuditEntryResponse {
  id: string;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  /** The changed fields before and after (secrets never recorded). */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ip: string | null;
}

export class AuditVerifyResponse {
  ok: boolean;
  checked: number;
  firstBrokenId: string | null;
}
