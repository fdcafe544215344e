import type { FunderResponse } from '../../src/modules/funding/dto/funder.response';
import type { GrantDetailResponse } from '../../src/modules/funding/dto/grant.response';
import { created, type Overrides, type Poster, unique } from './api';

export { unique } from './api';

export async function createFunder(c: Poster, body: Overrides = {}): Promise<string> {
  const funder = await created<FunderResponse>(
    'funder',
    c.post('/api/funders', { name: unique('Fondation'), kind: 'foundation', ...body }),
  );
  return funder.id;
}

/** A grant (a prospect unless `body` says otherwise); answers the grant's detail. */
export const createGrant = (c: Poster, funderId: string, body: Overrides = {}) =>
  created<GrantDetailResponse>(
    'grant',
    c.post('/api/grants', { funderId, title: unique('Projet'), amountRequestedCents: 1_000_000, ...body }),
  );

/** A grant the funder already said yes to, on `on`, for `cents`. */
export const grantedGrant = (c: Poster, funderId: string, cents: number, body: Overrides = {}) =>
  createGrant(c, funderId, {
    amountRequestedCents: cents,
    amountGrantedCents: cents,
    status: 'granted',
    statusOn: '2025-01-15',
    ...body,
  });
