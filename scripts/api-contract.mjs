// The API contract, declared once in the backend (response classes, DTOs, the Swagger plugin's metadata), is
// written out as docs/openapi.json and turned into the UI's typed client (frontend/src/lib/generated/api.ts).
//   node scripts/api-contract.mjs          regenerate both (npm run api:generate)
//   node scripts/api-contract.mjs --check  fail when the committed files are stale (part of npm test)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildStale, root } from './lib/stack.mjs';

const check = process.argv.includes('--check');
const committed = {
  doc: path.join(root, 'docs', 'openapi.json'),
  client: path.join(root, 'frontend', 'src', 'lib', 'generated', 'api.ts'),
};
const out = check ? mkdtempSync(path.join(os.tmpdir(), 'maillage-contract-')) : null;
const target = out ? { doc: path.join(out, 'openapi.json'), client: path.join(out, 'api.ts') } : committed;

const run = (cmd, args, cwd = root) => {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

buildStale(console.log, ['emails', 'backend']);
run('node', [path.join(root, 'backend', 'dist', 'openapi.cli.js'), target.doc]);
run(path.join(root, 'node_modules', '.bin', 'swagger-typescript-api'), [
  'generate',
  '--silent',
  '-p',
  target.doc,
  '-o',
  path.dirname(target.client),
  '-n',
  path.basename(target.client),
  '--enum-style=const',
  '--module-name-first-tag',
  '--extract-request-params',
  '--type-only-imports',
  '--sort-types',
]);

if (check) {
  const stale = Object.keys(committed).filter(
    (k) => readFileSync(committed[k], 'utf8') !== readFileSync(target[k], 'utf8'),
  );
  rmSync(out, { recursive: true, force: true });
  if (stale.length) {
    console.error(
      `The committed API contract is stale (${stale.map((k) => path.relative(root, committed[k])).join(', ')}): run npm run api:generate`,
    );
    process.exit(1);
  }
  console.log('API contract: docs/openapi.json and the UI client match the backend.');
}
