import { call, client } from '@/lib/api';

export const homeApi = {
  get: (signal?: AbortSignal) => call(client.home.homeGet({ signal })),
};
