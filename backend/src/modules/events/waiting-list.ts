import type { RegistrationStatus } from './event-registration.entity';

/** A newcomer gets a place while confirmed registrations are fewer than the places; beyond, the waiting list. */
export const statusOnArrival = (capacity: number, confirmed: number): Exclude<RegistrationStatus, 'cancelled'> =>
  confirmed < capacity ? 'confirmed' : 'waiting';

/**
 * Who of the waiting list takes the places that are free (after a cancellation or more places): the earliest
 * registered first, the id breaking ties so that every process picks the same people.
 */
export function promotions<T extends { id: string; registeredAt: Date }>(
  capacity: number,
  confirmed: number,
  waiting: readonly T[],
): T[] {
  const free = Math.max(0, capacity - confirmed);
  return [...waiting]
    .sort((a, b) => a.registeredAt.getTime() - b.registeredAt.getTime() || a.id.localeCompare(b.id))
    .slice(0, free);
}
