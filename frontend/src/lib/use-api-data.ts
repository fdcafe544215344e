'use client';

import { useCallback, useEffect, useEffectEvent, useState, type DependencyList } from 'react';
import { ApiError } from './api';

export interface ApiData<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
  /** Replace the data with what a mutation answered, without a round trip. */
  setData: (data: T) => void;
}

/** Whether two dependency lists hold the same values, as React compares them. */
const sameDeps = (a: readonly unknown[] | undefined, b: readonly unknown[]) =>
  a?.length === b.length && b.every((value, i) => Object.is(value, a[i]));

/**
 * Loads data for a client page and reloads it when `deps` change. The previous data stays shown while the next page
 * or filter loads, and a stale answer never overwrites a newer one (the old request is aborted).
 */
export function useApiData<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): ApiData<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [version, setVersion] = useState(0);
  // What was asked for by the request whose answer came last: loading until it is what is asked for now.
  const [settled, setSettled] = useState<readonly unknown[]>();
  const request = [...deps, version];
  const loading = !sameDeps(settled, request);

  // `load` is a new closure on every render; `deps` says when it really changes.
  const fetchData = useEffectEvent((signal: AbortSignal) => load(signal));
  useEffect(() => {
    const controller = new AbortController();
    const asked = request;
    fetchData(controller.signal).then(
      (value) => {
        setData(value);
        setError(undefined);
        setSettled(asked);
      },
      (cause: unknown) => {
        if (controller.signal.aborted) return;
        setError(cause instanceof ApiError ? cause : new ApiError(0, 'unexpected', String(cause)));
        setSettled(asked);
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's `deps` are this effect's, as with useEffect
  }, request);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, loading, reload, setData };
}
