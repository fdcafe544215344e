'use client';

import { multiSelectOver } from '@/components/remote-select';
import { splitsApi } from '../api';

/**
 * Splits by title, the latest first. The API has no text search on splits (a network makes a few a year): the last
 * hundred are filtered here.
 */
export const SplitMultiSelect = multiSelectOver({
  search: async (q, signal) => {
    const page = await splitsApi.list({ pageSize: 100 }, signal);
    const words = q.trim().toLowerCase();
    return page.items
      .filter((s) => s.title.toLowerCase().includes(words))
      .map((s) => ({ value: s.id, label: s.title }));
  },
  resolve: (id) => splitsApi.get(id).then((s) => ({ value: s.id, label: s.title })),
});
