import { call, client } from '@/lib/api';

export const outboxApi = {
  troubled: (signal?: AbortSignal) => call(client.outbox.outboxTroubled({ signal })),
  retry: (id: string) => call(client.outbox.outboxRetry({ id: Number(id) })),
};
