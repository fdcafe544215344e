import type { OrganisationResponse } from '../../src/modules/organisations/dto/organisation.response';
import type { TestApp } from '../support/app';
import { created, type Overrides, type Poster, unique } from './api';

/** The id of a seeded organisation, by its exact name ('Colibris', 'PôleS NOE', 'Territoires en Liens'…). */
export async function organisationId(t: TestApp, name: string): Promise<string> {
  const [row] = await t.db.query('SELECT id FROM organisations WHERE name = $1', [name]);
  if (!row) throw new Error(`no seeded organisation named ${name}`);
  return row.id;
}

/** A member association with a unique name, through the API. */
export const createOrganisation = (c: Poster, body: Overrides = {}) =>
  created<OrganisationResponse>(
    'organisation',
    c.post('/api/organisations', {
      name: unique('Association'),
      kind: 'association',
      membershipStatus: 'member',
      ...body,
    }),
  );
