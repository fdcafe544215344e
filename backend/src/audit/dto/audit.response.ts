import { ApiProperty } from '@nestjs/swagger';

export class AuditEntryResponse {
  id: string;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  /** The record's name, when the reader may read it. */
  entityName: string | null;
  /** The changed fields before and after (secrets never recorded). */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ip: string | null;
  /** Names of the records the changed fields point at (id → name), those the reader may read. */
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  names: Record<string, string>;
}

export class AuditVerifyResponse {
  ok: boolean;
  checked: number;
  firstBrokenId: string | null;
}
