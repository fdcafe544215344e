import { api } from '@/lib/api';
import type { BackupStatus } from './types';

export const backupsApi = {
  status: (signal?: AbortSignal) => api.get<BackupStatus>('/backups/status', undefined, signal),
};
