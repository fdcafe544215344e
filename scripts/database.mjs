// `npm run backup` and `npm run restore -- FILE [--force]`: builds the backend if its sources changed, then runs its
// backup command against DATABASE_URL or the embedded PostgreSQL (see backend/src/backup/backup.cli.ts).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildStale, root } from './lib/stack.mjs';

buildStale(console.log, ['emails', 'backend']);
const r = spawnSync('node', [path.join(root, 'backend', 'dist', 'backup', 'backup.cli.js'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, INIT_CWD: process.env.INIT_CWD ?? process.cwd() },
});
process.exit(r.status ?? 1);
