'use client';

import { useEffect, useRef, useState } from 'react';
import { useDebouncedValue } from '@mantine/hooks';
import { ApiError, type FieldErrors } from '@/lib/api';
import { splitsApi } from './api';
import type { Simulation, SplitParameters } from './types';

export interface SimulationState {
  result: Simulation | undefined;
  /** Why the current inputs cannot be shared (percentages that do not add up, infeasible floors…), per field. */
  problems: FieldErrors | undefined;
  /** A failure that is not about the inputs (network, server). */
  error: ApiError | undefined;
  loading: boolean;
}

/**
 * Simulates the split as its inputs change, once typing pauses. Answers arriving out of order are dropped: only
 * the latest request's result is shown. The last good result stays visible while inputs are being corrected.
 */
export function useSimulation(parameters: SplitParameters | null, delay = 350): SimulationState {
  const key = parameters ? JSON.stringify(parameters) : '';
  const [debounced] = useDebouncedValue(key, delay);
  const latest = useRef(0);
  const [state, setState] = useState<SimulationState>({
    result: undefined,
    problems: undefined,
    error: undefined,
    loading: Boolean(debounced),
  });
  // New inputs show as loading from the render that asks for them (state adjusted while rendering, not in an effect).
  const [asked, setAsked] = useState(debounced);
  if (debounced !== asked) {
    setAsked(debounced);
    if (debounced) setState((s) => ({ ...s, loading: true }));
  }

  useEffect(() => {
    if (!debounced) return;
    const request = ++latest.current;
    splitsApi.simulate(JSON.parse(debounced) as SplitParameters).then(
      (result) =>
        request === latest.current && setState({ result, problems: undefined, error: undefined, loading: false }),
      (error: unknown) => {
        if (request !== latest.current) return;
        const apiError = error instanceof ApiError ? error : new ApiError(0, 'unexpected', String(error));
        setState((s) =>
          apiError.kind === 'validation'
            ? { ...s, problems: apiError.fields, error: undefined, loading: false }
            : { ...s, error: apiError, loading: false },
        );
      },
    );
  }, [debounced]);

  return state;
}
