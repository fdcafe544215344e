import { api, type Page } from '@/lib/api';
import type { AuditEntry, AuditQuery } from './types';

export const auditApi = {
  list: (query: AuditQuery, signal?: AbortSignal) => api.get<Page<AuditEntry>>('/audit', { ...query }, signal),
};
