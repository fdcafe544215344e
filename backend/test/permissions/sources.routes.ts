import { only, type FixtureBuilder, type RouteCases, type WriteCases } from './matrix';

let n = 0;
const unique = () => `${Date.now().toString(36)}${n++}`;
const EDITORS = only('admin', 'coordinator', 'wgLead');
const READERS = only('admin', 'coordinator', 'copil', 'comms', 'wgLead');

/**
 * The wgLead actor leads Technique; the copil actor sits for Colibris. `ownSource` is Colibris's and followed by
 * Technique (no feed yet, so "check now" answers 409 to those let through); `otherSource` belongs to La Compagnie des
 * tiers-lieux and is followed by Sources.
 */
export const sourcesFixtures: FixtureBuilder = async (t, f) => {
  const [{ id: colibris }] = await t.db.query(`SELECT id FROM organisations WHERE name = 'Colibris'`);
  const [{ id: technique }] = await t.db.query(`SELECT id FROM working_groups WHERE name = 'Technique'`);
  [{ id: f.sourcesGroup }] = await t.db.query(`SELECT id FROM working_groups WHERE name = 'Sources'`);
  [{ id: f.ownSource }] = await t.db.query(
    `INSERT INTO sources (name, organisation_id, data_kind, feed_kind, group_id, step)
     VALUES ('Annuaire des Oasis (matrice)', $1, 'places', 'gogocarto', $2, 'first_contact') RETURNING id`,
    [colibris, technique],
  );
  [{ id: f.otherSource }] = await t.db.query(`SELECT id FROM sources WHERE name = 'Carte des tiers-lieux'`);
};

export const sourcesRoutes: RouteCases = {
  'GET /api/sources': {
    allowed: [...READERS, 'otherCopil'],
    // A COPIL member sees their own organisations' sources, a referent their groups' (and, for the wgLead actor who
    // also sits on the COPIL, nothing more); the coordinator and the communication team see them all.
    scoped: (items, actor) => {
      const names = items.map((s) => s.name);
      if (actor === 'otherCopil') expect(names).toEqual([]);
      else if (actor === 'copil') expect(items.every((s) => s.organisationName === 'Colibris')).toBe(true);
      else if (actor === 'wgLead') expect(items.every((s) => s.groupName === 'Technique')).toBe(true);
      else expect(names).toContain('Carte des tiers-lieux');
      if (actor !== 'otherCopil') expect(names).toContain('Annuaire des Oasis (matrice)');
    },
  },
  'GET /api/sources/export': { allowed: [...READERS, 'otherCopil'] },
  'GET /api/sources/:id': { allowed: READERS, url: (f) => `/api/sources/${f.ownSource}` },
  'POST /api/sources': {
    allowed: only('admin', 'coordinator'),
    body: () => ({ name: `Source ${unique()}`, partnerName: 'Un partenaire', dataKind: 'places', feedKind: 'csv' }),
  },
  'PATCH /api/sources/:id': {
    allowed: EDITORS,
    url: (f) => `/api/sources/${f.ownSource}`,
    body: () => ({ licence: 'ODbL' }),
  },
  'POST /api/sources/:id/step': {
    allowed: EDITORS,
    url: (f) => `/api/sources/${f.ownSource}/step`,
    body: () => ({ step: 'agreement_signed', note: 'Convention signée' }),
  },
  'POST /api/sources/:id/check': { allowed: EDITORS, url: (f) => `/api/sources/${f.ownSource}/check` },
};

/** A group's referent edits the sources their group follows, and only those, whatever the URL or body names. */
export const sourcesWrites: WriteCases = {
  'POST /api/sources': { none: 'the coordinator and admin only, who may name any organisation and group' },
  'PATCH /api/sources/:id': [
    {
      actor: 'wgLead',
      tries: 'edit a source another group follows',
      url: (f) => `/api/sources/${f.otherSource}`,
      body: () => ({ licence: 'Aucune' }),
    },
    {
      actor: 'wgLead',
      tries: 'hand their source over to a group they do not lead',
      url: (f) => `/api/sources/${f.ownSource}`,
      body: (f) => ({ groupId: f.sourcesGroup }),
    },
    {
      actor: 'copil',
      tries: 'edit their own organisation’s source (read only for the COPIL)',
      url: (f) => `/api/sources/${f.ownSource}`,
      body: () => ({ licence: 'Aucune' }),
    },
  ],
  'POST /api/sources/:id/step': [
    {
      actor: 'wgLead',
      tries: 'move a source another group follows',
      url: (f) => `/api/sources/${f.otherSource}/step`,
      body: () => ({ step: 'autonomous' }),
    },
  ],
  'POST /api/sources/:id/check': [
    {
      actor: 'wgLead',
      tries: 'read the feed of a source another group follows',
      url: (f) => `/api/sources/${f.otherSource}/check`,
      body: () => ({}),
    },
  ],
};
