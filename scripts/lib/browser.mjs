// The browser tests drive Debian's chromium (Playwright never downloads one here): `npm test` makes sure it is there
// before running anything, rather than failing in Playwright after minutes of other tests.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';
const INSTALL = 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium';

/**
 * Returns when chromium is at `path`. Missing: as root with apt, installs it (saying so); otherwise prints the one
 * command to run and exits at once.
 */
export function ensureChromium({
  path = CHROMIUM,
  root = process.getuid?.() === 0,
  apt = existsSync('/usr/bin/apt-get'),
  install = INSTALL,
} = {}) {
  if (existsSync(path)) return;
  if (!root || !apt) {
    console.error(
      `\nThe browser tests need Debian's chromium at ${path}. Install it, then run npm test again:\n\n  sudo apt-get install -y chromium\n`,
    );
    process.exit(1);
  }
  console.log(`\n━━ ${path} is missing: installing Debian's chromium for the browser tests (${install})`);
  const r = spawnSync('sh', ['-c', install], { stdio: 'inherit' });
  if (r.status !== 0 || !existsSync(path)) {
    console.error(
      `\nInstalling chromium failed; run it yourself, then npm test again:\n\n  apt-get install -y chromium\n`,
    );
    process.exit(1);
  }
}
