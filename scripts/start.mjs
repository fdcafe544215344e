// `npm start`: builds what changed, then runs the mail catcher, the API (embedded PostgreSQL unless
// DATABASE_URL is set; migrations and demo data at start) and the UI, until Ctrl-C.
import { buildStale, startStack } from './lib/stack.mjs';

const uiPort = Number(process.env.UI_PORT ?? 3000);
const apiPort = Number(process.env.PORT ?? 3001);

buildStale();
const stack = await startStack({
  apiPort,
  uiPort,
  smtpPort: 1025,
  mailUiPort: 1080,
  env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
});
const shutdown = async () => {
  await stack.stop();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
for (const child of stack.children) child.once('exit', (code) => code !== 0 && code !== null && shutdown());

console.log(`
  Maillage is running
  ───────────────────
  UI            http://localhost:${uiPort}
  API and docs  http://localhost:${apiPort}/api/docs
  Mail catcher  ${process.env.SMTP_URL ? `(mail goes to ${process.env.SMTP_URL})` : stack.mailUi}
  Database      ${process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded PostgreSQL, data in ./data/postgres'}

  Demo logins (password: Maillage-demo-2026)
    coordination@maillage.test        coordinator
    copil.colibris@maillage.test      COPIL member (Colibris)
    copil.polesnoe@maillage.test      COPIL member (PôleS NOE)
    communication@maillage.test       communication team
    referente.technique@maillage.test working-group lead
    prestataire@maillage.test         contractor
    benevole@maillage.test            volunteer
    admin@maillage.test               technical admin

  Ctrl-C stops everything.
`);
