// Debian tools some tests drive for real, installed when missing (as root with apt, like chromium), so that the tests
// pass on a machine without them:
// - dovecot: the returns test (backend/test/e2e/newsletter-returns.e2e-spec.ts) reads a bounce mailbox on a real IMAP
//   server, started by the test itself on its own config and port (no system service); the test calls this too;
// - poppler's pdftoppm: the funder-report browser test draws the first page of the PDFs it downloads, to be looked at.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const DOVECOT = '/usr/sbin/dovecot';

/** Returns when `path` exists; installs Debian's `pkg` as root with apt, or prints the command and exits. */
export function ensureDebianTool({
  path,
  pkg,
  purpose,
  root = process.getuid?.() === 0,
  apt = existsSync('/usr/bin/apt-get'),
  install = `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`,
}) {
  if (existsSync(path)) return;
  if (!root || !apt) {
    console.error(
      `\n${purpose} needs Debian's ${pkg} (${path}). Install it, then run the tests again:\n\n  sudo apt-get install -y ${pkg}\n`,
    );
    process.exit(1);
  }
  console.log(`\n━━ ${path} is missing: installing Debian's ${pkg} for ${purpose} (${install})`);
  const r = spawnSync('sh', ['-c', install], { stdio: 'inherit' });
  if (r.status !== 0 || !existsSync(path)) {
    console.error(
      `\nInstalling ${pkg} failed; run it yourself, then the tests again:\n\n  apt-get install -y ${pkg}\n`,
    );
    process.exit(1);
  }
}

export const ensureDovecot = (opts = {}) =>
  ensureDebianTool({ path: DOVECOT, pkg: 'dovecot-imapd', purpose: 'The returns test', ...opts });

export const ensurePoppler = () =>
  ensureDebianTool({ path: '/usr/bin/pdftoppm', pkg: 'poppler-utils', purpose: 'The funder-report browser test' });
