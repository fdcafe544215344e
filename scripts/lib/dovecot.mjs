// The returns test (backend/test/e2e/newsletter-returns.e2e-spec.ts) reads a bounce mailbox on a real IMAP server:
// Debian's dovecot, started by the test itself on its own config and port (no system service). Like chromium, it is
// installed when missing, as root with apt; the test calls this too, so it passes on a machine without it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const DOVECOT = '/usr/sbin/dovecot';
const INSTALL = 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dovecot-imapd';

/** Returns when dovecot is at `path`; installs it as root with apt, or prints the command and exits. */
export function ensureDovecot({
  path = DOVECOT,
  root = process.getuid?.() === 0,
  apt = existsSync('/usr/bin/apt-get'),
  install = INSTALL,
} = {}) {
  if (existsSync(path)) return;
  if (!root || !apt) {
    console.error(
      `\nThe returns test needs Debian's dovecot at ${path}. Install it, then run the tests again:\n\n  sudo apt-get install -y dovecot-imapd\n`,
    );
    process.exit(1);
  }
  console.log(`\n━━ ${path} is missing: installing Debian's dovecot for the returns test (${install})`);
  const r = spawnSync('sh', ['-c', install], { stdio: 'inherit' });
  if (r.status !== 0 || !existsSync(path)) {
    console.error(
      `\nInstalling dovecot failed; run it yourself, then the tests again:\n\n  apt-get install -y dovecot-imapd\n`,
    );
    process.exit(1);
  }
}
