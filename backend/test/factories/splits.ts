import type { SplitDetailResponse } from '../../src/modules/splits/dto/split.response';
import { created, type Overrides, type Poster } from './api';

/** The parameters of a split in fixed shares: [organisation id, basis points] pairs summing to 10 000. */
export const fixedShares = (shares: [string, number][], totalCents = 100_000) => ({
  rule: 'fixed_percent',
  totalCents,
  participants: shares.map(([organisationId, shareBp]) => ({ organisationId, shareBp })),
});

/** A draft split, through the API; `body` gives its rule, total and participants (see `fixedShares`). */
export const createSplit = (c: Poster, body: Overrides) =>
  created<SplitDetailResponse>('split', c.post('/api/splits', { title: 'Répartition de test', ...body }));

/** A split saved then approved as it stands; answers the approved split. */
export async function approvedSplit(c: Poster, body: Overrides): Promise<SplitDetailResponse> {
  const draft = await createSplit(c, body);
  const res = await c.post(`/api/splits/${draft.id}/approve`, {});
  if (res.status !== 200) throw new Error(`split approval: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
