import 'reflect-metadata';
import { fork } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config';
import { runMigrations } from '../src/database/prepare';
import { IssueRenderer } from '../src/modules/newsletters/issue-renderer.service';
import { newsletterMessage } from '../src/modules/newsletters/sending/bulk-mailer';
import { BulkTransport } from '../src/modules/newsletters/sending/bulk-transport.service';
import { SendWorkerService } from '../src/modules/newsletters/sending/send-worker.service';
import { WorkerModule } from '../src/modules/newsletters/sending/worker.module';
import { newsletterSample, personaliseNewsletter } from '@maillage/emails';
import type { SendMailOptions } from 'nodemailer';

/**
 * Sends one issue to N subscribers through the queue (claim, personalise, SMTP, outcome, all in PostgreSQL), and in
 * the same run the same N messages built beforehand, with bare nodemailer over the same pooled transport, to a local
 * SMTP sink in another process, twice: as personalised HTML and text (what an application usually hands nodemailer),
 * and as the queue's own pre-encoded parts (so the ratio shows what the queue itself costs). Prints the rates and
 * ratios. Not a test: no timing is asserted anywhere.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:newsletters -w backend
 *   (BENCH_RECIPIENTS=10000, BENCH_CONNECTIONS=4, BENCH_SMTP_PORT=3352)
 */
const N = Number(process.env.BENCH_RECIPIENTS ?? 10_000);
const CONNECTIONS = process.env.BENCH_CONNECTIONS ?? '4';
const SMTP_PORT = Number(process.env.BENCH_SMTP_PORT ?? 3352);

/** Fields of /proc/PID/stat after the command name (state is [0], ppid [1], utime [11]…); empty if unreadable. */
function procStat(pid: number | string | undefined): number[] {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
  } catch {
    return [];
  }
}

/** CPU time (ms) of a process, and of its reaped children if asked; 0 where /proc cannot tell. */
function cpuMs(pid: number | string | undefined, withChildren = false): number {
  const f = procStat(pid);
  if (f.length === 0) return 0;
  return (f[11] + f[12] + (withChildren ? f[13] + f[14] : 0)) * 10; // clock ticks of 10 ms
}

/** The PostgreSQL server's CPU: the postmaster's children alive now, plus those it has reaped. */
function postgresCpuMs(postmaster: number): number {
  if (!postmaster) return 0;
  let ms = cpuMs(postmaster, true);
  for (const entry of readdirSync('/proc'))
    if (/^\d+$/.test(entry) && procStat(entry)[1] === postmaster) ms += cpuMs(entry);
  return ms;
}

/**
 * Where a phase's CPU went, per message: this process (sender), the sink, the PostgreSQL server (when it runs on
 * this machine). On a machine with few cores, the rates follow these figures more than anything else.
 */
function cpuMeter(sinkPid: number | undefined, postmaster: number) {
  const read = () => ({ sender: process.cpuUsage(), sink: cpuMs(sinkPid), postgres: postgresCpuMs(postmaster) });
  const start = read();
  return (messages: number) => {
    const end = read();
    const sender = process.cpuUsage(start.sender);
    const per = (ms: number) => (ms / messages).toFixed(2);
    return `CPU per message: sender ${per((sender.user + sender.system) / 1000)} ms, sink ${per(end.sink - start.sink)} ms, postgres ${per(end.postgres - start.postgres)} ms`;
  };
}

async function main(): Promise<void> {
  const server = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const name = `maillage_bench_${Date.now().toString(36)}`;
  const admin = await new DataSource({ type: 'postgres', url: server.toString() }).initialize();
  await admin.query(`CREATE DATABASE "${name}"`);
  server.pathname = `/${name}`;
  const url = server.toString();

  const sink = fork(path.join(__dirname, 'smtp-sink.child.js'), [String(SMTP_PORT)]);
  await new Promise<void>((resolve, reject) => {
    sink.once('message', () => resolve());
    sink.once('exit', () => reject(new Error(`the SMTP sink could not listen on port ${SMTP_PORT} (BENCH_SMTP_PORT)`)));
  });
  const sinkCount = () =>
    new Promise<number>((resolve) => {
      sink.once('message', (m: { received: number }) => resolve(m.received));
      sink.send({ count: true });
    });

  try {
    await runMigrations(url);
    const config = loadConfig({
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: url,
      LOG_LEVEL: 'warn',
      NEWSLETTER_SECRET: 'benchmark-secret-that-is-long-enough-to-pass',
      NEWSLETTER_SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      NEWSLETTER_SMTP_CONNECTIONS: CONNECTIONS,
      NEWSLETTER_RATE_PER_SECOND: '0',
      NEWSLETTER_LINK_CHECK: 'false',
      // Started by hand below, inside the timed part: a worker started with the app would take the issue up only at
      // its next tick (up to a second later), and would tick through the bare part.
      NEWSLETTER_WORKER: 'false',
    });
    const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, url), {
      logger: ['error', 'warn'],
    });
    const db = app.get(DataSource);
    const [{ pid: backend }] = await db.query<{ pid: number }[]>('SELECT pg_backend_pid() AS pid');
    const postmaster = procStat(backend)[1] ?? 0; // 0: a server elsewhere, not counted
    const [{ id: listId }] = await db.query<{ id: string }[]>(
      `INSERT INTO newsletter_lists (key, name) VALUES ('bench', 'Banc d’essai') RETURNING id`,
    );
    await db.query(
      `WITH s AS (INSERT INTO newsletter_subscribers (email, first_name, status, confirmed_at)
                  SELECT 'abonne' || i || '@bench.example.org', 'Abonné·e ' || i, 'confirmed', now() FROM generate_series(1, $1) i RETURNING id)
       INSERT INTO newsletter_subscriptions (subscriber_id, list_id, status, confirmed_at) SELECT id, $2, 'confirmed', now() FROM s`,
      [N, listId],
    );
    const { blocks: sampleBlocks, ...sample } = newsletterSample;
    const blocks = sampleBlocks
      .filter((b) => b.type !== 'new_members')
      .map((b, i) => ({ id: `00000000-0000-4000-8000-00000000000${i}`, ...b }));
    const [{ id: issueId }] = await db.query<{ id: string }[]>(
      `INSERT INTO newsletter_issues (number, title, preheader, status, blocks, send_at) VALUES (1, $1, $2, 'draft', $3, now()) RETURNING id`,
      [sample.title, sample.preheader, JSON.stringify(blocks)],
    );
    await db.query('INSERT INTO newsletter_issue_lists (issue_id, list_id, position) VALUES ($1, $2, 0)', [
      issueId,
      listId,
    ]);

    const renderer = app.get(IssueRenderer);
    const transport = app.get(BulkTransport).transport;
    const rendered = await renderer.render({
      number: 1,
      title: sample.title,
      preheader: sample.preheader ?? null,
      locale: 'fr',
      blocks: blocks,
    });
    const recipients = await db.query<
      {
        id: string;
        email: string;
        first_name: string;
      }[]
    >('SELECT id, email, first_name FROM newsletter_subscribers ORDER BY email');
    const list = { id: listId, key: 'bench', name: 'Banc d’essai' };
    // What the queue hands to nodemailer for each recipient: the parts already encoded (encoded-newsletter.ts).
    const encoded = () =>
      recipients.map((r) =>
        newsletterMessage(
          config,
          rendered,
          { deliveryId: '1', email: r.email, firstName: r.first_name, subscriberId: r.id, list },
          (t) => renderer.unsubscribeUrl(t),
        ),
      );
    // The same messages as an application would usually give them: personalised HTML and text, encoded by nodemailer.
    const plain = () =>
      encoded().map((m, i) => {
        const [[unsubscribeUrl]] = (m.list as { unsubscribe: string[][] }).unsubscribe;
        return { ...m, ...personaliseNewsletter(rendered, { firstName: recipients[i].first_name, unsubscribeUrl }) };
      });
    console.log(
      `${N} recipients, ${CONNECTIONS} pooled SMTP connections, message of ${Math.round(Buffer.byteLength(rendered.html) / 1024)} KB HTML`,
    );

    // Warm-up: open the pool's connections, let the JIT settle.
    await Promise.all(
      encoded()
        .slice(0, 200)
        .map((m) => transport.sendMail(m)),
    );

    /** Pre-built messages straight into the pool; built before the clock starts and dropped after. */
    const bare = async (build: () => SendMailOptions[]) => {
      let messages = build();
      const before = await sinkCount();
      const meter = cpuMeter(sink.pid, postmaster);
      const t0 = performance.now();
      await Promise.all(messages.map((m) => transport.sendMail(m)));
      const seconds = (performance.now() - t0) / 1000;
      messages = []; // ~650 MB of strings that need not weigh on the next phase's heap
      const received = (await sinkCount()) - before;
      return { received, rate: received / seconds, seconds, cpu: meter(received) };
    };
    const barePlain = await bare(plain);
    const bareEncoded = await bare(encoded);

    // The queue: schedule, let the worker render once, enqueue, claim, personalise, send and record each message.
    const worker = app.get(SendWorkerService);
    await db.query(`UPDATE newsletter_issues SET status = 'scheduled', send_at = now() WHERE id = $1`, [issueId]);
    const sinkBefore = await sinkCount();
    const meter = cpuMeter(sink.pid, postmaster);
    const t0 = performance.now();
    await worker.start();
    // Done when no row is left to send. Counting the issue's rows costs PostgreSQL a scan of them all (and CPU the
    // queue then lacks), so the database is asked only once the sink has had every message, or every 2 s.
    for (let poll = 1; ; poll++) {
      if ((await sinkCount()) - sinkBefore >= N || poll % 40 === 0) {
        const [s] = await db.query<{ left: number; total: number }[]>(
          `SELECT count(*) FILTER (WHERE status IN ('queued', 'claimed', 'sending'))::int AS left, count(*)::int AS total FROM newsletter_deliveries WHERE issue_id = $1`,
          [issueId],
        );
        if (s.total === N && s.left === 0) break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    const queueSeconds = (performance.now() - t0) / 1000;
    const queueCpu = meter(N);
    const [q] = await db.query<{ sent: number; sending_seconds: number }[]>(
      `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent, extract(epoch FROM max(sent_at) - min(handed_at))::float AS sending_seconds FROM newsletter_deliveries WHERE issue_id = $1`,
      [issueId],
    );
    await worker.stop();

    const queueRate = q.sent / queueSeconds;
    const queueSendingRate = q.sent / q.sending_seconds;
    const line = (label: string, sent: number, seconds: number) =>
      `${label.padEnd(46)} ${sent} messages in ${seconds.toFixed(2)} s = ${(sent / seconds).toFixed(0)} msg/s`;
    console.log(line('bare nodemailer, personalised HTML and text', barePlain.received, barePlain.seconds));
    console.log(line("bare nodemailer, the queue's encoded messages", bareEncoded.received, bareEncoded.seconds));
    console.log(
      `${line('queue', q.sent, queueSeconds)} (render + enqueue included; ${queueSendingRate.toFixed(0)} msg/s from first claim to last send)`,
    );
    console.log(`bare, plain    ${barePlain.cpu}`);
    console.log(`bare, encoded  ${bareEncoded.cpu}`);
    console.log(`queue          ${queueCpu}`);
    console.log(
      `ratio queue / bare nodemailer with the pre-rendered messages: ${((queueRate / barePlain.rate) * 100).toFixed(1)} % (target ≥ 80 %)`,
    );
    console.log(
      `ratio queue / bare nodemailer with the queue's own pre-encoded messages (what the queue itself costs): ${((queueRate / bareEncoded.rate) * 100).toFixed(1)} %`,
    );
    await app.close();
  } finally {
    sink.disconnect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.destroy();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
