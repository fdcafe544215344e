'use client';

import { useMemo } from 'react';
import { useApiData } from '@/lib/use-api-data';
import { ratesApi } from './api';
import type { ContributionType, ContributionUnit } from './types';

const NONE: readonly ContributionUnit[] = [];

/** The units each type is counted in, from the API (the one table it checks against); none until it has answered. */
export function useUnitsOf(): (type: ContributionType | '' | undefined) => readonly ContributionUnit[] {
  const kinds = useApiData((signal) => ratesApi.units(signal), []);
  return useMemo(() => {
    const byType = new Map((kinds.data ?? []).map((k) => [k.type, k.units]));
    return (type) => (type ? (byType.get(type) ?? NONE) : NONE);
  }, [kinds.data]);
}
