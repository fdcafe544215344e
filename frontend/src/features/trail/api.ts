import { call, client } from '@/lib/api';

/** The trail from decision to payment, from a strategy action or from a grant. */
export const trailApi = {
  ofAction: (id: string, signal?: AbortSignal) => call(client.trail.trailOfAction({ id }, { signal })),
  ofGrant: (id: string, signal?: AbortSignal) => call(client.trail.trailOfGrant({ id }, { signal })),
};
