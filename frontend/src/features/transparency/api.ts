import { call, client } from '@/lib/api';

const transparency = client.transparency;

/** The public transparency page, its setting, and what the coordinator publishes on it. */
export const transparencyApi = {
  settings: (signal?: AbortSignal) => call(transparency.transparencySettings({ signal })),
  saveSettings: (enabled: boolean) => call(transparency.transparencySaveSettings({ enabled })),
  publicPage: (signal?: AbortSignal) => call(transparency.transparencyPublicPage({ signal })),
  publishGrant: (id: string, published: boolean) => call(client.funding.grantsSetPublished({ id }, { published })),
  publishSplit: (id: string, published: boolean) => call(client.splits.splitsSetPublished({ id }, { published })),
};
