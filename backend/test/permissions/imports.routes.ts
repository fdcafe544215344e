import { only, type FixtureBuilder, type RouteCases, type WriteCases } from './matrix';

const IMPORTERS = only('admin', 'coordinator');
const csv = (name: string) => Buffer.from(`Nom,Type\n${name},association\n`);
const mapping = [
  { field: 'name', header: 'Nom' },
  { field: 'kind', header: 'Type' },
];

/** An uploaded file waiting for its dry run and commit (a second commit answers 409: the file is in). */
export const importsFixtures: FixtureBuilder = async (t, f) => {
  const [job] = await t.db.query(
    `INSERT INTO import_jobs (kind, file_name, file_oid, format, encoding, delimiter) VALUES ('organisations', 'matrice.csv', lo_from_bytea(0, $1), 'csv', 'UTF-8', ',') RETURNING id`,
    [csv('Matrice des imports')],
  );
  f.importJob = job.id;
};

const job =
  (path = '') =>
  (f: Record<string, string>) =>
    `/api/imports/${f.importJob}${path}`;

export const importsRoutes: RouteCases = {
  'POST /api/imports': {
    allowed: IMPORTERS,
    url: () => '/api/imports?kind=organisations',
    file: (_f, actor) => csv(`Matrice ${actor}`),
  },
  'GET /api/imports/:id': { allowed: IMPORTERS, url: job() },
  'GET /api/imports/:id/progress': { allowed: IMPORTERS, url: job('/progress') },
  'POST /api/imports/:id/dry-run': { allowed: IMPORTERS, url: job('/dry-run'), body: () => ({ mapping }) },
  'POST /api/imports/:id/commit': { allowed: IMPORTERS, url: job('/commit'), body: () => ({ mapping }) },
};

const none = {
  none:
    'the coordinator and admin for every kind; a COPIL member (contributions) and the communication team ' +
    '(subscribers) only their own uploads of their kind, each line checked with their rights: imports-scope e2e spec',
};
export const importsWrites: WriteCases = {
  'POST /api/imports': none,
  'POST /api/imports/:id/dry-run': none,
  'POST /api/imports/:id/commit': none,
};
