import { call, client } from '@/lib/api';

export const backupsApi = {
  status: (signal?: AbortSignal) => call(client.backups.backupStatus({ signal })),
};
