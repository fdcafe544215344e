import type { Caller } from '../support/app';

let n = 0;
/** Names stay unique across a test file (funder names are unique). */
export const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}-${n++}`;

export async function createFunder(c: Caller, body: Record<string, unknown> = {}): Promise<string> {
  const res = await c.post('/api/funders', { name: unique('Fondation'), kind: 'foundation', ...body });
  if (res.status !== 201) throw new Error(`funder: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

/** A grant (a prospect unless `body` says otherwise); answers the grant's detail. */
export async function createGrant(c: Caller, funderId: string, body: Record<string, unknown> = {}) {
  const res = await c.post('/api/grants', { funderId, title: unique('Projet'), amountRequestedCents: 1_000_000, ...body });
  if (res.status !== 201) throw new Error(`grant: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A grant the funder already said yes to, on `on`, for `cents`. */
export const grantedGrant = (c: Caller, funderId: string, cents: number, body: Record<string, unknown> = {}) =>
  createGrant(c, funderId, { amountRequestedCents: cents, amountGrantedCents: cents, status: 'granted', statusOn: '2025-01-15', ...body });
