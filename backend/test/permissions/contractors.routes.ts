import { addTimeEntry, missionOf } from '../factories/contractors';
import { demo } from '../support/app';
import { ACTORS, only, type FixtureBuilder, type RouteCases, type WriteCases } from './matrix';
import { DISPLAY_TIME_ZONE } from '@maillage/emails';

const RATE_KEYS = ['dailyRateCents', 'budgetedCents', 'usedCents'];

export const contractorsFixtures: FixtureBuilder = async (t, f) => {
  const mission = await missionOf(t, demo.contractor);
  f.mission = mission.id;
  f.contractorPerson = mission.personId;
  const entry = () => addTimeEntry(t, { missionId: mission.id, personId: mission.personId, on: mission.startsOn });
  f.entry = await entry();
  // Another contractor's mission and time, which the contractor actor must not reach.
  const [other] = await t.db.query(
    'SELECT m.id, (SELECT t.id FROM time_entries t WHERE t.mission_id = m.id LIMIT 1) AS entry FROM missions m JOIN people p ON p.id = m.contractor_person_id WHERE p.email = $1',
    ['prestataire.communication@maillage.test'],
  );
  f.otherMission = other.id;
  f.otherEntry = other.entry;
  // One entry per actor to delete, so that each allowed actor really deletes one.
  for (const actor of ACTORS) f[`entry:${actor}`] = await entry();
};

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: DISPLAY_TIME_ZONE }).format(new Date());
const READERS = only('admin', 'coordinator', 'copil', 'otherCopil', 'wgLead', 'contractor');
const LOGGERS = only('admin', 'coordinator', 'contractor');

export const contractorsRoutes: RouteCases = {
  'GET /api/missions': {
    allowed: READERS,
    // A contractor lists only their own missions; the COPIL never sees a rate or an amount.
    scoped: (items, actor, f) => {
      if (actor === 'contractor') expect(items.every((m) => m.contractorPersonId === f.contractorPerson)).toBe(true);
      if (['copil', 'otherCopil', 'wgLead'].includes(actor))
        expect(items.flatMap((m) => Object.keys(m)).filter((k) => RATE_KEYS.includes(k))).toEqual([]);
      if (['admin', 'coordinator', 'contractor'].includes(actor))
        expect(items.every((m) => typeof m.dailyRateCents === 'number')).toBe(true);
    },
  },
  // Rows and the rate columns per reader are checked in exports-lists.e2e-spec.
  'GET /api/missions/export': { allowed: READERS },
  'GET /api/missions/:id': { allowed: READERS, url: (f) => `/api/missions/${f.mission}` },
  'POST /api/missions': {
    allowed: only('admin', 'coordinator'),
    body: (f) => ({
      contractorPersonId: f.contractorPerson,
      title: 'Mission de la matrice',
      jobDescription: '<p>Tester</p>',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      daysPerMonth: 1,
      dailyRateCents: 10_000,
    }),
  },
  'PATCH /api/missions/:id': {
    allowed: only('admin', 'coordinator'),
    url: (f) => `/api/missions/${f.mission}`,
    body: () => ({ company: 'Girard Développement (EI)' }),
  },
  'GET /api/missions/:id/time-entries': { allowed: LOGGERS, url: (f) => `/api/missions/${f.mission}/time-entries` },
  'GET /api/missions/:id/time-entries/export': {
    allowed: LOGGERS,
    url: (f) => `/api/missions/${f.mission}/time-entries/export`,
  },
  'POST /api/missions/:id/time-entries': {
    allowed: LOGGERS,
    url: (f) => `/api/missions/${f.mission}/time-entries`,
    body: () => ({ workedOn: today(), unit: 'hour', quantity: 0.25, description: 'Matrice' }),
  },
  'PATCH /api/time-entries/:id': {
    allowed: LOGGERS,
    url: (f) => `/api/time-entries/${f.entry}`,
    body: () => ({ description: 'Matrice (corrigé)' }),
  },
  'DELETE /api/time-entries/:id': { allowed: LOGGERS, url: (f, actor) => `/api/time-entries/${f[`entry:${actor}`]}` },
};

export const contractorsWrites: WriteCases = {
  'POST /api/missions': { none: 'coordinator and admin only, who set any contractor and rate' },
  'PATCH /api/missions/:id': [
    {
      actor: 'contractor',
      tries: 'raise their own daily rate',
      url: (f) => `/api/missions/${f.mission}`,
      body: () => ({ dailyRateCents: 99_000 }),
    },
  ],
  // Another contractor's mission and time do not exist for a contractor: 404, as for an unknown id.
  'POST /api/missions/:id/time-entries': [
    {
      actor: 'contractor',
      tries: "log time on another contractor's mission",
      status: 404,
      url: (f) => `/api/missions/${f.otherMission}/time-entries`,
      body: () => ({ workedOn: today(), unit: 'hour', quantity: 1, description: 'Détourné' }),
    },
  ],
  'PATCH /api/time-entries/:id': [
    {
      actor: 'contractor',
      tries: "edit another contractor's time",
      status: 404,
      url: (f) => `/api/time-entries/${f.otherEntry}`,
      body: () => ({ quantity: 0.25 }),
    },
  ],
  'DELETE /api/time-entries/:id': [
    {
      actor: 'contractor',
      tries: "delete another contractor's time",
      status: 404,
      url: (f) => `/api/time-entries/${f.otherEntry}`,
      body: () => ({}),
    },
  ],
};
