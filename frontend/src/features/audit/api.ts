import { call, client } from '@/lib/api';
import type { AuditQuery } from './types';

export const auditApi = {
  list: (query: AuditQuery, signal?: AbortSignal) => call(client.audit.auditList(query, { signal })),
};
