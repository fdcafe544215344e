import { expect, test } from './support/fixtures';
import type { Page } from '@playwright/test';
import { csrfHeaders, login, USERS } from './support/login';

interface CaughtMail {
  to: { address: string }[];
  subject: string;
  text: string;
}

/** The total the list page shows under its table ("1–3 sur 3"), 0 when it shows none. */
async function listTotal(page: Page): Promise<number> {
  // The list's table, once its rows are in (it is busy while they load).
  await expect(page.locator('div[data-testid][aria-busy="false"]:has(table)')).toBeVisible();
  const range = page.getByTestId('table-range');
  if ((await range.count()) === 0) return 0;
  return Number(/(\d+)\s*$/.exec((await range.innerText()).trim())![1]);
}

/** Opens each tile of the home and checks the list behind it counts what the tile said. */
async function tilesMatchLists(page: Page, tiles: string[]): Promise<void> {
  for (const tile of tiles) {
    await page.goto('/');
    const value = Number(await page.getByTestId(`${tile}-value`).innerText());
    const href = await page.getByTestId(tile).getAttribute('href');
    expect(href, tile).toMatch(/^\/\w/);
    await page.goto(href!);
    expect(await listTotal(page), tile).toBe(value);
  }
}

test('a COPIL member’s home: each number equals the list it opens', async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, USERS.copilColibris);
  await expect(page.getByRole('link', { name: /Mon organisation|My organisation/ })).toBeVisible();
  await tilesMatchLists(page, ['home-org-contributions', 'home-org-submitted', 'home-org-drafts', 'home-actions']);
});

test('the coordinator’s home: contributions to validate and overdue actions equal their lists', async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, USERS.coordinator);
  await tilesMatchLists(page, ['home-to-validate', 'home-overdue-actions', 'home-actions']);
});

test('a contribution submitted by a COPIL member reaches the coordinator in the bell and by email', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const description = `Animation atelier carte ${Date.now()}`;
  const coordinator = await browser.newPage();
  await login(coordinator, USERS.coordinator);
  await coordinator.goto('/account');
  // Through the account page's control: a daily digest, then every time (each click saves).
  const choice = coordinator.getByTestId('notification-email');
  const saved = async (mode: string) =>
    expect
      .poll(
        async () =>
          ((await (await coordinator.request.get('/api/notifications/preference')).json()) as { byEmail: string })
            .byEmail,
      )
      .toBe(mode);
  await choice.getByText(/Un récapitulatif par jour|One summary a day/).click();
  await saved('digest');
  await choice.getByText(/À chaque fois|Every time/).click();
  await saved('immediate');

  const copil = await browser.newPage();
  await login(copil, USERS.copilColibris);
  const headers = await csrfHeaders(copil);
  const orgs = (await (await copil.request.get('/api/auth/me')).json()) as { user: { organisationIds: string[] } };
  const created = await copil.request.post('/api/contributions', {
    headers,
    data: {
      organisationId: orgs.user.organisationIds[0],
      type: 'working_time',
      unit: 'hour',
      startsOn: '2026-11-03',
      quantity: 2,
      description,
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await copil.request.post('/api/contributions/submit', { headers, data: { ids: [id] } })).status()).toBe(200);

  await coordinator.goto('/');
  const bell = coordinator.getByTestId('notification-bell');
  await expect(bell).toBeVisible();
  await bell.click();
  const item = coordinator.getByTestId('notification-item').filter({ hasText: description });
  await expect(item).toBeVisible();
  await item.click();
  await expect(coordinator).toHaveURL(new RegExp(`/contributions/${id}$`));

  const mailBase = process.env.E2E_MAIL_URL;
  if (!mailBase) throw new Error('E2E_MAIL_URL (the mail catcher of the stack) is needed to read the notification');
  await expect
    .poll(
      async () => {
        const mails = (await (await coordinator.request.get(`${mailBase}/api/email`)).json()) as CaughtMail[];
        return mails.some(
          (m) =>
            m.to.some((to) => to.address === USERS.coordinator) &&
            /ce qui vous concerne|what concerns you/.test(m.subject) &&
            m.text.includes(description),
        );
      },
      { timeout: 15_000 },
    )
    .toBe(true);
});
