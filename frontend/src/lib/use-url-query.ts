'use client';

import { useCallback, useMemo, useState } from 'react';
import { usePathname, useRouter, useSearchParams, type ReadonlyURLSearchParams } from 'next/navigation';

/**
 * A list's filters, sort and page kept in the URL query, so a copied link reproduces the view. Values equal to their
 * default are left out of the URL; changing anything but the page goes back to page 1.
 */
export function useUrlQuery<K extends string>(
  defaults: Record<K, string>,
): [Record<K, string>, (patch: Partial<Record<K, string>>) => void] {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  // What was just asked for, shown at once (a checkbox ticks on click) until the URL catches up: a new URL drops it.
  const [pending, setPending] = useState<{ from: ReadonlyURLSearchParams; values: Record<K, string> }>();

  // `defaults` is a literal of the caller: its content, not its identity, matters.
  const defaultsKey = JSON.stringify(defaults);
  const initial = useMemo(() => JSON.parse(defaultsKey) as Record<K, string>, [defaultsKey]);

  const values = useMemo(() => {
    if (pending?.from === searchParams) return pending.values;
    const out = { ...initial };
    for (const key of Object.keys(initial) as K[]) out[key] = searchParams.get(key) ?? initial[key];
    return out;
  }, [initial, searchParams, pending]);

  const update = useCallback(
    (patch: Partial<Record<K, string>>) => {
      const next = { ...values, ...patch };
      if (!('page' in patch) && 'page' in initial) next['page' as K] = initial['page' as K];
      const params = new URLSearchParams(searchParams.toString());
      for (const key of Object.keys(initial) as K[]) {
        if (next[key] === '' || next[key] === initial[key]) params.delete(key);
        else params.set(key, next[key]);
      }
      setPending({ from: searchParams, values: next });
      const search = params.toString();
      router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false });
    },
    [initial, router, pathname, searchParams, values],
  );

  return [values, update];
}
