'use client';

import { useCallback, useEffect, useState, type DependencyList } from 'react';
import { ApiError } from './api';

export interface ApiData<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
  /** Replace the data with what a mutation answered, without a round trip. */
  setData: (data: T) => void;
}

/**
 * Loads data for a client page and reloads it when `deps` change. The previous data stays shown while the next page
 * or filter loads, and a stale answer never overwrites a newer one (the old request is aborted).
 */
export function useApiData<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): ApiData<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    load(controller.signal).then(
      (value) => {
        setData(value);
        setError(undefined);
        setLoading(false);
      },
      (cause: unknown) => {
        if (controller.signal.aborted) return;
        setError(cause instanceof ApiError ? cause : new ApiError(0, 'unexpected', String(cause)));
        setLoading(false);
      },
    );
    return () => controller.abort();
    // `load` is a new closure on every render; `deps` says when it really changes.
  }, [...deps, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, loading, reload, setData };
}
