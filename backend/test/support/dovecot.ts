import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const DOVECOT = '/usr/sbin/dovecot';
const ensureScript = path.join(__dirname, '..', '..', '..', 'scripts', 'lib', 'dovecot.mjs');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A dovecot IMAP server of the test's own: its config, passwd-file user and maildirs in a temp dir, on a free port
 * of 127.0.0.1, in the foreground as a child process (no system service). Installed first when missing
 * (scripts/lib/dovecot.mjs, as `npm test` does).
 */
export class Dovecot {
  readonly user = 'retours';
  readonly password = 'retours-mot-de-passe';
  port = 0;
  private dir = '';
  private child?: ChildProcess;

  get url(): string {
    return `imap://${this.user}:${this.password}@127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (!existsSync(DOVECOT)) {
      const r = spawnSync('node', ['-e', `import(${JSON.stringify(ensureScript)}).then((m) => m.ensureDovecot())`], {
        stdio: 'inherit',
      });
      if (r.status !== 0) throw new Error('dovecot could not be installed');
    }
    this.dir = mkdtempSync(path.join(os.tmpdir(), 'maillage-dovecot-'));
    // Dovecot's auth process runs as the dovecot user: it must reach the passwd file.
    chmodSync(this.dir, 0o755);
    this.port = await freePort();
    for (const d of ['run', 'state', 'mail', 'home']) mkdirSync(path.join(this.dir, d));
    // Dovecot refuses root as a mail user: as root, the mail belongs to its own `dovecot` system user.
    const root = process.getuid?.() === 0;
    const id = (flag: string) => Number(spawnSync('id', [flag, 'dovecot'], { encoding: 'utf8' }).stdout.trim());
    const uid = root ? id('-u') : process.getuid!();
    const gid = root ? id('-g') : process.getgid!();
    for (const d of ['mail', 'home']) chownSync(path.join(this.dir, d), uid, gid);
    writeFileSync(
      path.join(this.dir, 'passwd'),
      `${this.user}:{PLAIN}${this.password}:${uid}:${gid}::${this.dir}/home\n`,
    );
    const conf = path.join(this.dir, 'dovecot.conf');
    writeFileSync(
      conf,
      `protocols = imap
listen = 127.0.0.1
base_dir = ${this.dir}/run
state_dir = ${this.dir}/state
log_path = ${this.dir}/dovecot.log
ssl = no
first_valid_uid = ${uid}
first_valid_gid = ${gid}
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:${this.dir}/mail/%u
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${this.dir}/passwd
}
userdb {
  driver = passwd-file
  args = ${this.dir}/passwd
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${this.port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
`,
    );
    this.child = spawn(DOVECOT, ['-F', '-c', conf], { stdio: 'inherit' });
    const deadline = Date.now() + 15_000;
    for (;;) {
      const connected = await new Promise<boolean>((resolve) => {
        const s = connect(this.port, '127.0.0.1');
        s.once('data', () => (s.destroy(), resolve(true)));
        s.once('error', () => resolve(false));
      });
      if (connected) return;
      if (Date.now() > deadline || this.child.exitCode !== null) {
        const log = existsSync(`${this.dir}/dovecot.log`) ? readFileSync(`${this.dir}/dovecot.log`, 'utf8') : '';
        throw new Error(`dovecot did not start: ${log}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async stop(): Promise<void> {
    if (this.child?.exitCode === null) {
      const exited = new Promise((resolve) => this.child!.once('exit', resolve));
      this.child.kill('SIGTERM');
      await exited;
    }
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }
}
