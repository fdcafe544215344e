import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { type AppConfig, loadConfig } from '../../src/config/app-config';
import { DEMO_PASSWORD } from '../../src/database/seed/demo-data';
import { Outbox } from '../../src/outbox/outbox.service';
import { createTestDatabase } from './database';
import { SmtpSink } from './smtp-sink';

/** A signed-in caller: every request carries the session cookie and the CSRF header. */
export interface Caller {
  email: string;
  cookie: string;
  csrf: string;
  get(url: string): request.Test;
  post(url: string, body?: object): request.Test;
  /** A multipart POST whose `file` part is `file`, named `fileName` (imports). */
  upload(url: string, file: Buffer | string, fileName: string): request.Test;
  patch(url: string, body?: object): request.Test;
  put(url: string, body?: object): request.Test;
  delete(url: string): request.Test;
}

export interface TestApp {
  app: NestFastifyApplication;
  db: DataSource;
  config: AppConfig;
  mail: SmtpSink;
  http(): ReturnType<typeof request>;
  /** Signs in (demo password by default) and returns a caller. */
  as(email: string, password?: string): Promise<Caller>;
  /** Runs what requests left to the outbox (mail, subscription requests) until nothing is due. */
  drain(): Promise<void>;
  close(): Promise<void>;
}

/** An app on a copy of the seeded template, or on `database` when given (it is dropped at close all the same). */
export async function startTestApp(
  env: Record<string, string> = {},
  database?: { url: string; drop(): Promise<void> },
): Promise<TestApp> {
  database ??= await createTestDatabase();
  const mail = new SmtpSink();
  const smtpUrl = await mail.start();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    SMTP_URL: smtpUrl,
    APP_URL: 'http://localhost:3000',
    ...env,
    DATABASE_URL: database.url,
  });
  const app = await createApp(config, database.url);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const server = app.getHttpServer();
  const http = () => request(server);

  const as = async (email: string, password = DEMO_PASSWORD): Promise<Caller> => {
    const res = await http().post('/api/auth/login').send({ email, password });
    if (res.status !== 200) throw new Error(`login of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    const setCookies = [res.headers['set-cookie']].flat();
    const cookie = setCookies.map((c) => c.split(';')[0]).join('; ');
    const csrf = /maillage_csrf=([^;]+)/.exec(cookie)![1];
    const withAuth = (t: request.Test) => t.set('Cookie', cookie).set('x-csrf-token', csrf);
    return {
      email,
      cookie,
      csrf,
      get: (url) => withAuth(http().get(url)),
      post: (url, body) => withAuth(http().post(url)).send(body ?? {}),
      upload: (url, file, fileName) => withAuth(http().post(url)).attach('file', Buffer.from(file), fileName),
      patch: (url, body) => withAuth(http().patch(url)).send(body ?? {}),
      put: (url, body) => withAuth(http().put(url)).send(body ?? {}),
      delete: (url) => withAuth(http().delete(url)),
    };
  };

  return {
    app,
    config,
    mail,
    http,
    as,
    drain: () => app.get(Outbox).drain(),
    db: app.get(DataSource),
    async close() {
      await app.close();
      await mail.stop();
      await database.drop();
    },
  };
}

/** The demo accounts, by role, as seeded (see src/database/seed/demo-data.ts). */
export const demo = {
  admin: 'admin@maillage.test',
  coordinator: 'coordination@maillage.test',
  copil: 'copil.colibris@maillage.test',
  otherCopil: 'copil.polesnoe@maillage.test',
  comms: 'communication@maillage.test',
  wgLead: 'referente.technique@maillage.test',
  contractor: 'prestataire@maillage.test',
  volunteer: 'benevole@maillage.test',
  treasurer: 'tresorerie@maillage.test',
} as const;

/** One signed-in caller per demo role. */
export async function signInAll(t: TestApp): Promise<Record<keyof typeof demo, Caller>> {
  const callers = await Promise.all(Object.entries(demo).map(async ([role, email]) => [role, await t.as(email)]));
  return Object.fromEntries(callers) as Record<keyof typeof demo, Caller>;
}
