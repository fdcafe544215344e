'use client';

import { multiSelectOver } from '@/components/remote-select';
import { call, client } from '@/lib/api';

// Through the generated client, not the splits feature's api: the splits feature already reads governance (its
// approvals cite decisions), and features do not import each other both ways.
const splits = client.splits;

/**
 * Splits by title, the latest first. The API has no text search on splits (a network makes a few a year): the last
 * hundred are filtered here.
 */
export const SplitMultiSelect = multiSelectOver({
  search: async (q, signal) => {
    const page = await call(splits.splitsList({ pageSize: 100 }, { signal }));
    const words = q.trim().toLowerCase();
    return page.items
      .filter((s) => s.title.toLowerCase().includes(words))
      .map((s) => ({ value: s.id, label: s.title }));
  },
  resolve: (id) => call(splits.splitsGet({ id })).then((s) => ({ value: s.id, label: s.title })),
});
