import type { WorkingGroupDetailResponse } from '../../src/modules/working-groups/dto/working-group.response';
import type { TestApp } from '../support/app';
import { created, type Overrides, type Poster, unique } from './api';

/** The id of a seeded working group, by name ('Technique', 'Sources', 'Partenariat'…). */
export async function workingGroupId(t: TestApp, name: string): Promise<string> {
  const [row] = await t.db.query('SELECT id FROM working_groups WHERE name = $1', [name]);
  if (!row) throw new Error(`no seeded working group named ${name}`);
  return row.id;
}

/** A working group with a unique name, through the API. */
export const createWorkingGroup = (c: Poster, body: Overrides = {}) =>
  created<WorkingGroupDetailResponse>(
    'working group',
    c.post('/api/working-groups', { name: unique('Groupe'), ...body }),
  );
