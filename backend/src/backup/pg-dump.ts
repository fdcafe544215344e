import { readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Client } from 'pg';

/**
 * pg_dump of PostgreSQL 18 compiled to WebAssembly (npm: @electric-sql/pglite-tools), talking to a real server.
 *
 * Why: the embedded PostgreSQL from npm ships only the server (initdb, pg_ctl, postgres), Debian 12 only has the
 * version 15 client, and a pg_dump refuses a server newer than itself. This one is version 18 and comes with
 * `npm ci`, so it dumps every server up to 18, the embedded one included.
 *
 * How: the module's libpq reads and writes through two callbacks instead of a socket. It runs in a worker thread
 * (its calls are synchronous) and this thread carries the bytes over a real TCP connection: writes come as
 * messages; a read blocks the worker on a shared buffer (Atomics.wait) until this thread has put bytes in it.
 * The archive is written inside the module's memory file system and copied out at the end (the custom format
 * seeks back to record the data offsets), so a dump needs about twice its size in memory.
 */
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const { chunk, wasm, args, password, partial, ctrl, data, timeoutMs } = workerData;
const state = new Int32Array(ctrl);
const shared = new Uint8Array(data);
(async () => {
  // The module's factory is not exported by the package (only a PGlite-bound wrapper that returns text): export it.
  const source = fs.readFileSync(chunk, 'utf8');
  const factory = /var (\\w+)=\\(\\(\\)=>\\{var _scriptName=import\\.meta\\.url;/.exec(source);
  if (!factory) throw new Error('no pg_dump module in ' + chunk);
  const { create } = await import('data:text/javascript;base64,' + Buffer.from(source + '\\nexport { ' + factory[1] + ' as create };').toString('base64'));
  let pending = new Uint8Array(0);
  let stderr = '';
  let exitCode = 0;
  const mod = await create({
    noExitRuntime: false,
    thisProgram: '/usr/bin/pg_dump',
    locateFile: () => wasm,
    print: () => undefined,
    printErr: (text) => { stderr += text + '\\n'; },
    onExit: (status) => { exitCode = status; },
    preRun: [(m) => {
      Object.assign(m.ENV, { HOME: '/home/postgres', USER: 'postgres', PGPASSWORD: password });
      m.onRuntimeInitialized = () => {
        const write = m.addFunction((ptr, length) => {
          const bytes = m.HEAPU8.slice(ptr, ptr + length);
          parentPort.postMessage(bytes, [bytes.buffer]);
          return length;
        }, 'iii');
        // libpq reads again right after a read that filled much of its buffer, expecting "nothing more for now" from a
        // non-blocking socket (0 here) rather than a wait; when it really needs bytes, it asks again after such a 0.
        let gotData = false;
        const read = m.addFunction((ptr, max) => {
          if (pending.length === 0 && Atomics.load(state, 0) === 0 && gotData) {
            gotData = false;
            return 0;
          }
          if (pending.length === 0) {
            if (Atomics.wait(state, 0, 0, timeoutMs) === 'timed-out') return 0;
            const n = Atomics.load(state, 0);
            if (n < 0) return 0;
            pending = shared.slice(0, n);
            Atomics.store(state, 0, 0);
            Atomics.notify(state, 0);
          }
          const n = Math.min(max, pending.length);
          m.HEAPU8.set(pending.subarray(0, n), ptr);
          pending = pending.subarray(n);
          gotData = true;
          return n;
        }, 'iii');
        m._pgl_set_rw_cbs(read, write);
      };
    }],
  });
  mod.callMain(args);
  if (exitCode === 0) fs.writeFileSync(partial, mod.FS.readFile('/tmp/archive.dump'));
  parentPort.postMessage({ exitCode, stderr });
})().catch((e) => parentPort.postMessage({ exitCode: -1, stderr: String((e && e.stack) || e) }));
`;

/** Atomics.waitAsync (Node 16+), missing from the ES2022 typings this project compiles against. */
const waitAsync = (
  Atomics as unknown as {
    waitAsync: (a: Int32Array, i: number, v: number) => { async: boolean; value: Promise<string> | string };
  }
).waitAsync;

/** The newest server major this pg_dump can read. */
export const PG_DUMP_MAJOR = 18;
/** A read waiting this long for the server gives up (a lock held by a long transaction, a dead network). */
const READ_TIMEOUT_MS = 10 * 60_000;

function wasmClient(): { chunk: string; wasm: string; version: string } {
  const dist = path.dirname(require.resolve('@electric-sql/pglite-tools'));
  const chunk = readdirSync(dist).find((f) => /^chunk-.*\.js$/.test(f));
  if (!chunk) throw new Error(`no pg_dump module found in ${dist}`);
  const { version } = JSON.parse(readFileSync(path.join(dist, '..', 'package.json'), 'utf8')) as { version: string };
  return { chunk: path.join(dist, chunk), wasm: path.join(dist, 'pg_dump.wasm'), version };
}

export interface DumpResult {
  bytes: number;
  serverVersion: string;
  client: string;
}

/** Writes the database of `url` to `file` in PostgreSQL's custom format (what `pg_dump -Fc` writes). */
export async function pgDump(url: string, file: string): Promise<DumpResult> {
  const target = new URL(url);
  const sslmode = target.searchParams.get('sslmode');
  if (sslmode && !['disable', 'allow', 'prefer'].includes(sslmode)) {
    throw new Error(
      `sslmode=${sslmode}: the built-in pg_dump has no TLS; take the backup with the pg_dump of your server (docs/deploy.md)`,
    );
  }
  const serverVersion = await serverVersionOf(url);
  if (Math.floor(serverVersion.num / 10000) > PG_DUMP_MAJOR) {
    throw new Error(
      `PostgreSQL ${serverVersion.text} is newer than the built-in pg_dump (${PG_DUMP_MAJOR}): take the backup with the pg_dump of your server`,
    );
  }
  const client = wasmClient();
  const port = Number(target.port || 5432);
  const socket = net.connect(port, target.hostname);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));

  const ctrl = new SharedArrayBuffer(4);
  const data = new SharedArrayBuffer(1 << 20);
  const state = new Int32Array(ctrl);
  const shared = new Uint8Array(data);
  const inbound: Buffer[] = [];
  let closed = false;
  let pumping = false;
  // Hands what the server sent to the worker, a buffer-full at a time, each once the previous one was taken.
  const pump = async () => {
    if (pumping) return;
    pumping = true;
    while (inbound.length > 0) {
      const current = Atomics.load(state, 0);
      if (current !== 0) {
        const wait = waitAsync(state, 0, current);
        if (wait.async) await wait.value;
        continue;
      }
      let chunk = inbound.shift()!;
      if (chunk.length > shared.length) {
        inbound.unshift(chunk.subarray(shared.length));
        chunk = chunk.subarray(0, shared.length);
      }
      shared.set(chunk);
      Atomics.store(state, 0, chunk.length);
      Atomics.notify(state, 0);
    }
    pumping = false;
    if (closed && Atomics.compareExchange(state, 0, 0, -1) === 0) Atomics.notify(state, 0);
  };
  socket.on('data', (chunk) => {
    inbound.push(chunk);
    void pump();
  });
  socket.on('close', () => {
    closed = true;
    void pump();
  });
  // A dropped connection also closes the socket: the worker then reads end-of-file and pg_dump says what failed.
  socket.on('error', () => undefined);

  const partial = `${file}.partial`;
  // libpq connects through the callbacks: the host it is given is never dialled (this thread dialled the real one).
  const args = [
    '-h',
    '127.0.0.1',
    '-p',
    String(port),
    '-U',
    decodeURIComponent(target.username || 'postgres'),
    '-d',
    decodeURIComponent(target.pathname.slice(1)),
    '--format=custom',
    '--no-password',
    '-f',
    '/tmp/archive.dump',
  ];
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: {
      chunk: client.chunk,
      wasm: client.wasm,
      args,
      password: decodeURIComponent(target.password),
      partial,
      ctrl,
      data,
      timeoutMs: READ_TIMEOUT_MS,
    },
  });
  try {
    const { exitCode, stderr } = await new Promise<{ exitCode: number; stderr: string }>((resolve, reject) => {
      worker.on('message', (m: Uint8Array | { exitCode: number; stderr: string }) =>
        m instanceof Uint8Array ? socket.write(m) : resolve(m),
      );
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`pg_dump stopped (${code})`)));
    });
    if (exitCode !== 0) throw new Error(`pg_dump failed (${exitCode}): ${stderr.trim()}`);
    renameSync(partial, file);
    return {
      bytes: statSync(file).size,
      serverVersion: serverVersion.text,
      client: `pg_dump ${PG_DUMP_MAJOR} (WebAssembly, @electric-sql/pglite-tools ${client.version})`,
    };
  } finally {
    socket.destroy();
    await worker.terminate();
    rmSync(partial, { force: true });
  }
}

async function serverVersionOf(url: string): Promise<{ text: string; num: number }> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ text: string; num: string }>(
      `SELECT current_setting('server_version') AS text, current_setting('server_version_num') AS num`,
    );
    return { text: rows[0].text, num: Number(rows[0].num) };
  } finally {
    await c.end();
  }
}
