'use client';

import { useCallback, useMemo } from 'react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';

/**
 * A list's filters, sort and page kept in the URL query, so a copied link reproduces the view. Values equal to their
 * default are left out of the URL; changing anything but the page goes back to page 1.
 */
export function useUrlQuery<K extends string>(defaults: Record<K, string>): [Record<K, string>, (patch: Partial<Record<K, string>>) => void] {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();

  const values = useMemo(() => {
    const out = { ...defaults };
    for (const key of Object.keys(defaults) as K[]) out[key] = searchParams.get(key) ?? defaults[key];
    return out;
    // `defaults` is a literal of the caller: its content, not its identity, matters.
  }, [searchParams]);

  const update = useCallback(
    (patch: Partial<Record<K, string>>) => {
      const params = new URLSearchParams(searchParams.toString());
      for (const [key, value] of Object.entries(patch) as [K, string | undefined][]) {
        if (value === undefined || value === '' || value === defaults[key]) params.delete(key);
        else params.set(key, value);
      }
      if (!('page' in patch)) params.delete('page');
      const search = params.toString();
      router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false });
    },
    [router, pathname, searchParams],
  );

  return [values, update];
}
