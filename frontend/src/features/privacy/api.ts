import { call, client, download } from '@/lib/api';
import type { PrivacyQuery, PrivacyRequestInput } from './types';

export const privacyApi = {
  list: (query: PrivacyQuery, signal?: AbortSignal) => call(client.privacy.privacyList(query, { signal })),
  create: (body: PrivacyRequestInput) => call(client.privacy.privacyCreate(body)),
  erase: (id: string) => call(client.privacy.privacyErase({ id })),
  /** The zip of everything held about the person; answering it marks the request done. */
  export: (id: string) => download(`/privacy/requests/${id}/export`, 'donnees-personnelles.zip'),
};
