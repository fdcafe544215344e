import 'reflect-metadata';
import { fork } from 'node:child_process';
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
import { newsletterSample } from '@maillage/emails';

/**
 * Sends one issue to N subscribers through the queue (claim, render per recipient, SMTP, outcome, all in
 * PostgreSQL), and in the same run the same N messages, pre-rendered, with bare nodemailer over the same pooled
 * transport, to a local SMTP sink in another process. Prints both rates and their ratio. Not a test: no timing
 * is asserted anywhere.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:newsletters -w backend
 *   (BENCH_RECIPIENTS=10000, BENCH_CONNECTIONS=4, BENCH_SMTP_PORT=3352)
 */
const N = Number(process.env.BENCH_RECIPIENTS ?? 10_000);
const CONNECTIONS = process.env.BENCH_CONNECTIONS ?? '4';
const SMTP_PORT = Number(process.env.BENCH_SMTP_PORT ?? 3352);

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
  const sinkCount = () => new Promise<number>((resolve) => {
    sink.once('message', (m: { received: number }) => resolve(m.received));
    sink.send({ count: true });
  });

  try {
    await runMigrations(url);
    const config = loadConfig({
      ...process.env, NODE_ENV: 'production', DATABASE_URL: url, LOG_LEVEL: 'warn', NEWSLETTER_SECRET: 'benchmark-secret-that-is-long-enough-to-pass',
      NEWSLETTER_SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`, NEWSLETTER_SMTP_CONNECTIONS: CONNECTIONS, NEWSLETTER_RATE_PER_SECOND: '0', NEWSLETTER_LINK_CHECK: 'false',
    });
    const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, url), { logger: ['error', 'warn'] });
    const db = app.get(DataSource);
    const [{ id: listId }] = await db.query(`INSERT INTO newsletter_lists (key, name) VALUES ('bench', 'Banc d’essai') RETURNING id`);
    await db.query(
      `WITH s AS (INSERT INTO newsletter_subscribers (email, first_name, status, confirmed_at)
                  SELECT 'abonne' || i || '@bench.example.org', 'Abonné·e ' || i, 'confirmed', now() FROM generate_series(1, $1) i RETURNING id)
       INSERT INTO newsletter_subscriptions (subscriber_id, list_id, status, confirmed_at) SELECT id, $2, 'confirmed', now() FROM s`,
      [N, listId],
    );
    const { blocks: sampleBlocks, ...sample } = newsletterSample;
    const blocks = sampleBlocks.filter((b) => b.type !== 'new_members').map((b, i) => ({ id: `00000000-0000-4000-8000-00000000000${i}`, ...b }));
    const [{ id: issueId }] = await db.query(
      `INSERT INTO newsletter_issues (number, title, preheader, status, list_ids, blocks, send_at) VALUES (1, $1, $2, 'draft', $3, $4, now()) RETURNING id`,
      [sample.title, sample.preheader, [listId], JSON.stringify(blocks)],
    );

    const renderer = app.get(IssueRenderer);
    const transport = app.get(BulkTransport).transport;
    const rendered = await renderer.render({ number: 1, title: sample.title, preheader: sample.preheader ?? null, locale: 'fr', blocks: blocks as never });
    const recipients: { id: string; email: string; first_name: string }[] = await db.query('SELECT id, email, first_name FROM newsletter_subscribers ORDER BY email');
    const list = { id: listId, key: 'bench', name: 'Banc d’essai' };
    const messages = recipients.map((r) => newsletterMessage(config, rendered, { email: r.email, firstName: r.first_name, subscriberId: r.id, list }, (t) => renderer.unsubscribeUrl(t)));
    console.log(`${N} recipients, ${CONNECTIONS} pooled SMTP connections, message of ${Math.round(Buffer.byteLength(messages[0].html as string) / 1024)} KB HTML`);

    // Warm-up: open the pool's connections, let the JIT settle.
    await Promise.all(messages.slice(0, 200).map((m) => transport.sendMail(m)));

    // Bare nodemailer: the pre-rendered messages straight into the pool.
    const before = await sinkCount();
    let t0 = performance.now();
    await Promise.all(messages.map((m) => transport.sendMail(m)));
    const bareSeconds = (performance.now() - t0) / 1000;
    const bareReceived = (await sinkCount()) - before;

    // The queue: schedule, let the worker render once, enqueue, claim, personalise, send and record each message.
    const worker = app.get(SendWorkerService);
    await db.query(`UPDATE newsletter_issues SET status = 'scheduled', send_at = now() WHERE id = $1`, [issueId]);
    t0 = performance.now();
    await worker.start();
    for (;;) {
      const [s] = await db.query(`SELECT count(*) FILTER (WHERE status IN ('queued', 'sending'))::int AS left, count(*)::int AS total FROM newsletter_deliveries WHERE issue_id = $1`, [issueId]);
      if (s.total === N && s.left === 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const queueSeconds = (performance.now() - t0) / 1000;
    const [q] = await db.query(
      `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent, extract(epoch FROM max(sent_at) - min(handed_at))::float AS sending_seconds FROM newsletter_deliveries WHERE issue_id = $1`,
      [issueId],
    );
    await worker.stop();

    const bareRate = bareReceived / bareSeconds;
    const queueRate = q.sent / queueSeconds;
    const queueSendingRate = q.sent / q.sending_seconds;
    console.log(`bare nodemailer : ${bareReceived} messages in ${bareSeconds.toFixed(2)} s = ${bareRate.toFixed(0)} msg/s`);
    console.log(`queue           : ${q.sent} messages in ${queueSeconds.toFixed(2)} s = ${queueRate.toFixed(0)} msg/s (render + enqueue included; ${queueSendingRate.toFixed(0)} msg/s from first claim to last send)`);
    console.log(`ratio queue/bare: ${((queueRate / bareRate) * 100).toFixed(1)} % (target ≥ 80 %)`);
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
