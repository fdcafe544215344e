import type { MissionDetailResponse } from '../../src/modules/contractors/dto/mission.response';
import type { TestApp } from '../support/app';
import { created, type Overrides, type Poster } from './api';

/** A six-month mission of 2.5 days a month at 420 € a day for `contractorPersonId`, through the API. */
export const createMission = (c: Poster, contractorPersonId: string, body: Overrides = {}) =>
  created<MissionDetailResponse>(
    'mission',
    c.post('/api/missions', {
      contractorPersonId,
      company: 'Entreprise de test (EI)',
      title: 'Mission de test',
      startsOn: '2026-01-01',
      endsOn: '2026-06-30',
      daysPerMonth: 2.5,
      dailyRateCents: 42_000,
      ...body,
    }),
  );

export interface SeededMission {
  id: string;
  /** Its first day, as YYYY-MM-DD. */
  startsOn: string;
  /** The contractor's person. */
  personId: string;
}

/** The seeded mission of a contractor, by their email. */
export async function missionOf(t: TestApp, email: string): Promise<SeededMission> {
  const [row] = await t.db.query(
    `SELECT m.id, m.starts_on::text AS "startsOn", p.id AS "personId"
     FROM missions m JOIN people p ON p.id = m.contractor_person_id WHERE p.email = $1`,
    [email],
  );
  if (!row) throw new Error(`no seeded mission for ${email}`);
  return row;
}

/** An hour of work on a mission, straight into the table (no sign-in, and none of the API's checks on the day). */
export async function addTimeEntry(
  t: TestApp,
  e: { missionId: string; personId: string; on: string; quantity?: number },
): Promise<string> {
  const [row] = await t.db.query(
    `INSERT INTO time_entries (mission_id, person_id, worked_on, unit, quantity, description)
     VALUES ($1, $2, $3, 'hour', $4, 'Matrice') RETURNING id`,
    [e.missionId, e.personId, e.on, e.quantity ?? 1],
  );
  return row.id;
}
