import type { AuditEntryResponse, AuditListParams } from '@/lib/generated/api';

/** Entity types the audit can be filtered by; a later module adds its own here (and its label in the dictionaries). */
export const AUDIT_ENTITY_TYPES = ['Organisation', 'Person', 'Account'] as const;

// The API's shapes come from its OpenAPI description (src/lib/generated/api.ts); these names are the UI's.
export type AuditEntry = AuditEntryResponse;
export type AuditQuery = AuditListParams;
