import { expect, test } from './support/fixtures';
import type { Page } from '@playwright/test';
import { login, USERS } from './support/login';

/** The total the list page shows under its table ("1–3 sur 3"), 0 when it shows none. */
async function listTotal(page: Page): Promise<number> {
  // The list's table, once its rows are in (it is busy while they load).
  await expect(page.locator('div[data-testid][aria-busy="false"]:has(table)').first()).toBeVisible();
  const range = page.getByTestId('table-range');
  if ((await range.count()) === 0) return 0;
  return Number(/(\d+)\s*$/.exec((await range.innerText()).trim())![1]);
}

/** The rows of a list page's table with no pager (the deadlines). */
async function tableRows(page: Page, testId: string): Promise<number> {
  const table = page.getByTestId(testId);
  await expect(table).toHaveAttribute('aria-busy', 'false');
  return table
    .locator('tbody tr')
    .filter({ hasNot: page.locator('td[colspan]') })
    .count();
}

/** Follows a number of the home to the page it links to and counts what that page lists. */
async function opens(page: Page, testId: string, count: (page: Page) => Promise<number>): Promise<void> {
  await page.goto('/');
  const value = Number(await page.getByTestId(`${testId}-value`).innerText());
  const href = await page.getByTestId(testId).getAttribute('href');
  expect(href, testId).toMatch(/^\/\w/);
  await page.goto(href!);
  expect(await count(page), testId).toBe(value);
}

/** Follows a link of the home that stands beside its count (the organisation's legend). */
async function legendOpens(page: Page, testId: string): Promise<void> {
  await page.goto('/');
  const value = Number(await page.getByTestId(`${testId}-count`).innerText());
  const href = await page.getByTestId(testId).getAttribute('href');
  await page.goto(href!);
  expect(await listTotal(page), testId).toBe(value);
}

test('the coordinator’s home: each waiting number equals the list it opens', async ({ page }) => {
  test.setTimeout(180_000);
  await login(page, USERS.coordinator);
  await expect(page.getByTestId('coordinator-waiting')).toBeVisible();
  for (const tile of [
    'home-to-validate',
    'home-invitations',
    'home-overdue-actions',
    'home-groups-gaps',
    'home-late-welcome',
    'home-actions',
  ])
    await opens(page, tile, listTotal);
  await opens(page, 'home-proposals', async (p) => {
    await expect(p.getByTestId('proposal-status-filter')).toBeVisible();
    await p.waitForLoadState('networkidle');
    return p.getByTestId('proposal').count();
  });
  await opens(page, 'home-deadlines', (p) => tableRows(p, 'deadlines-table'));
  // The year's money adds up: what was granted is what was received of it, what is expected and what is not yet due.
  await page.goto('/');
  await expect(page.getByTestId('money-reconciled')).toBeVisible();
});

test('a COPIL member’s home: their organisation’s year and shares, each number its list', async ({ page }) => {
  test.setTimeout(180_000);
  await login(page, USERS.copilColibris);
  await expect(page.getByRole('link', { name: /Mon organisation|My organisation/ })).toBeVisible();
  await expect(page.getByTestId('home-organisation')).toContainText('Colibris');
  for (const legend of ['org-all', 'org-validated', 'org-submitted', 'org-draft']) await legendOpens(page, legend);
  await page.goto('/');
  const splits = Number(/\d+/.exec(await page.getByTestId('home-org-allocated').innerText())?.[0] ?? '0');
  await page.getByTestId('home-org-allocated').click();
  await expect(page).toHaveURL(/\/splits\?organisationId=/);
  expect(await listTotal(page)).toBeGreaterThan(0);
  expect(splits).toBeGreaterThan(0);
  await opens(page, 'home-actions', listTotal);
});

test('another COPIL member’s home shows none of Colibris’s figures', async ({ page }) => {
  await login(page, USERS.copilPolesNoe);
  await expect(page.getByTestId('home-organisation')).toBeVisible();
  await expect(page.getByTestId('role-home')).not.toContainText('Colibris');
});

test('a working-group lead’s home: their groups’ pipeline and gaps, marked in the group list', async ({ page }) => {
  await login(page, USERS.wgLead);
  const led = page.getByTestId('home-led-groups');
  await expect(led).toBeVisible();
  await expect(page.getByTestId('coordinator-waiting')).toHaveCount(0);
  const ids = await led
    .locator('[data-testid^="home-group-"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.replace('home-group-', '')));
  expect(ids.length).toBeGreaterThan(0);
  await page.goto('/working-groups');
  await listTotal(page);
  for (const id of ids) await expect(page.getByTestId(`my-group-${id}`)).toBeVisible();
});

test('a contractor’s home: days used this month as the mission page counts them', async ({ page }) => {
  await login(page, USERS.contractor);
  const mission = page.locator('[data-testid^="home-mission-"]').first();
  await expect(mission).toBeVisible();
  const used = /^([\d,.]+)/.exec((await mission.getByTestId('home-mission-month').innerText()).trim())![1];
  await mission.getByRole('link').first().click();
  await expect(page.getByTestId('month-total')).toContainText(`${used} j`);
});

test('a volunteer’s home: their groups and their profile', async ({ page }) => {
  await login(page, USERS.volunteer);
  const groups = page.getByTestId('home-member-groups');
  await expect(groups).toBeVisible();
  const count = await groups.getByRole('listitem').count();
  await groups.getByRole('link', { name: /Mon profil|My volunteer profile/ }).click();
  await expect(page).toHaveURL(/\/volunteers\//);
  await page.goto('/working-groups');
  expect(await listTotal(page)).toBe(count);
});
