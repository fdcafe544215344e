import { spawn } from 'node:child_process';
import path from 'node:path';
import { request as playwrightRequest, test as plain } from '@playwright/test';
import { collectCspViolations, expect, test } from './support/fixtures';
import { DEMO_PASSWORD, USERS } from './support/login';

const apiUrl = process.env.E2E_API_URL;

test('a browser cannot choose the address the API sees: the audit log and the rate limit get the real one', async ({
  request,
  baseURL,
}) => {
  // A failed sign-in under a forged address is audited under the socket's.
  const email = `usurpation-${Date.now()}@example.org`;
  const forged = await request.post('/api/auth/login', {
    headers: { 'x-forwarded-for': '203.0.113.7' },
    data: { email, password: 'pas le bon mot de passe' },
  });
  expect(forged.status()).toBe(401);
  const admin = await playwrightRequest.newContext({ baseURL });
  expect((await admin.post('/api/auth/login', { data: { email: USERS.admin, password: DEMO_PASSWORD } })).ok()).toBe(
    true,
  );
  const audit = (await (await admin.get('/api/audit?action=login_failed&pageSize=200&order=desc')).json()) as {
    items: { ip: string; after: { email?: string } }[];
  };
  expect(audit.items.find((e) => e.after?.email === email)?.ip).toBe('127.0.0.1');
  await admin.dispose();

  // Password reset allows 20 requests an hour per address: a new forged address each time does not make 21.
  const statuses: number[] = [];
  for (let i = 1; i <= 21; i++) {
    const res = await request.post('/api/auth/password-reset', {
      headers: { 'x-forwarded-for': `198.51.100.${i}` },
      data: { email: `limite-${i}@example.org` },
    });
    statuses.push(res.status());
  }
  expect(statuses).toContain(429);
});

test('every answer of the UI carries the security headers; the page policy has a fresh nonce and no unsafe-inline script', async ({
  request,
}) => {
  const page = await request.get('/login');
  const again = await request.get('/login');
  const csp = page.headers()['content-security-policy'];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(again.headers()['content-security-policy']).not.toEqual(csp);
  const asset = /\/_next\/static\/[^"]+\.js/.exec(await page.text())![0];
  for (const res of [
    page,
    await request.get(asset),
    await request.get('/api/health'),
    await request.get('/no-such-page'),
    await request.get('/newsletter/archive'),
  ]) {
    expect(res.headers()).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
    });
    expect(res.headers()['content-security-policy']).toBeTruthy();
    expect(res.headers()['strict-transport-security']).toBeUndefined();
  }
  if (apiUrl)
    expect((await request.get(`${apiUrl}/api/health`)).headers()['content-security-policy']).toContain(
      "default-src 'none'",
    );
});

plain(
  'the policy blocks an injected inline handler, and the browser tests see the violation',
  async ({ page, context }) => {
    const violations = await collectCspViolations(context);
    await page.goto('/login');
    await page.evaluate(() =>
      document.body.insertAdjacentHTML('beforeend', '<img src="data:," onload="window.injected = true">'),
    );
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as { injected?: boolean }).injected)).toBeUndefined();
  },
);

plain('over https the UI sends HSTS', async ({ request }) => {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const ui = spawn('node', ['server.mjs'], {
    cwd: path.join(__dirname, '..'),
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      APP_URL: 'https://maillage.example.org',
      NODE_ENV: 'production',
    },
    stdio: 'ignore',
  });
  try {
    await expect
      .poll(async () => (await request.get(`http://127.0.0.1:${port}/login`).catch(() => null))?.status(), {
        timeout: 20_000,
      })
      .toBe(200);
    const res = await request.get(`http://127.0.0.1:${port}/login`);
    expect(res.headers()['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  } finally {
    ui.kill();
  }
});
