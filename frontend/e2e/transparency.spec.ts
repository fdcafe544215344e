import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { csrfHeaders, login, USERS } from './support/login';

const GRANT = 'Transiscope 2024-2026 : faire système';
const SPLIT = 'FPH 2024-2026 — part 2025 des organisations contributrices';
const SHOTS = 'test-results/transparency';

/** Opens a record from its list by its title and flips its publication switch on. */
async function publish(page: Page, list: string, title: string) {
  await page.goto(list);
  await page.getByRole('link', { name: title }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const toggle = page.getByTestId('publish-switch');
  await expect(toggle).not.toBeChecked();
  await toggle.click({ force: true });
  await expect(toggle).toBeChecked();
}

test('the coordinator publishes one grant and one split; the public page shows exactly them, and its downloads', async ({
  page,
}) => {
  await login(page, USERS.coordinator);
  await page.goto('/funding');
  await page.getByRole('tab', { name: 'Transparence' }).click();
  const enabled = page.getByTestId('transparency-enabled');
  await expect(enabled).not.toBeChecked();
  await enabled.click({ force: true });
  await expect(enabled).toBeChecked();
  await page.screenshot({ path: `${SHOTS}-settings-fr.png`, fullPage: true });

  await publish(page, '/funding?q=Transiscope', GRANT);
  await page.screenshot({ path: `${SHOTS}-grant-fr.png` });
  await publish(page, '/splits', SPLIT);

  // Signed out, as any visitor.
  await page.context().clearCookies();
  await page.goto('/transparency');
  await expect(page.getByRole('heading', { level: 1, name: 'Transparence financière' })).toBeVisible();
  const grants = page.getByTestId('public-grants');
  await expect(grants).toHaveCount(1);
  await expect(grants.locator('tbody tr')).toHaveCount(1);
  await expect(grants).toContainText(GRANT);
  const splits = page.getByTestId('public-split');
  await expect(splits).toHaveCount(1);
  await expect(splits).toContainText(SPLIT);
  await expect(splits).toContainText(`Financé par : ${GRANT}`);
  for (const name of ['Colibris', 'Territoires en Liens', 'Démocratie Ouverte', 'Data Players'])
    await expect(splits).toContainText(name);
  await expect(page.getByTestId('public-in-kind').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}-public-fr.png`, fullPage: true });

  const csv = page.waitForEvent('download');
  await page.getByTestId('transparency-csv').click();
  const csvText = await readFile(await (await csv).path(), 'utf8');
  expect(csvText).toContain(`Financement reçu;2024;${GRANT}`);
  expect(csvText.split('\r\n').filter((line) => line.startsWith('Financement reçu;'))).toHaveLength(1);

  const json = page.waitForEvent('download');
  await page.getByTestId('transparency-json').click();
  const data = JSON.parse(await readFile(await (await json).path(), 'utf8')) as {
    grants: { title: string }[];
    splits: { title: string }[];
  };
  expect(data.grants.map((g) => g.title)).toEqual([GRANT]);
  expect(data.splits.map((s) => s.title)).toEqual([SPLIT]);

  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Financial transparency' })).toBeVisible();
  await expect(page.getByTestId('public-split')).toContainText(`Funded by: ${GRANT}`);
  await page.screenshot({ path: `${SHOTS}-public-en.png`, fullPage: true });
});

test('the audit log shows labels, names for ids and euros', async ({ page }) => {
  await login(page, USERS.coordinator);
  const headers = await csrfHeaders(page);
  const organisations = (await (await page.request.get('/api/organisations?q=Colibris')).json()) as {
    items: { id: string; name: string }[];
  };
  const created = await page.request.post('/api/contributions', {
    headers,
    data: {
      organisationId: organisations.items[0].id,
      type: 'working_time',
      unit: 'hour',
      startsOn: '2026-11-03',
      quantity: 2,
      description: 'Atelier de l’audit lisible',
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  await page.goto(`/audit?entityType=Contribution&entityId=${id}`);
  const table = page.getByTestId('audit-table');
  await expect(table).toContainText('Taux appliqué');
  await expect(table).toContainText('Saisie par');
  await expect(table).toContainText(organisations.items[0].name);
  await expect(table).toContainText('Temps de travail');
  await expect(table).toContainText('heure');
  await expect(table).toContainText(/\d+,\d{2}\s€/);
  await expect(table).not.toContainText('rateId');
  await expect(table).not.toContainText('enteredById');
  await expect(table).not.toContainText('(centimes)');
  await page.screenshot({ path: `${SHOTS}-audit-fr.png`, fullPage: true });
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(table).toContainText('Rate applied');
  await expect(table).toContainText('Working time');
  await page.screenshot({ path: `${SHOTS}-audit-en.png`, fullPage: true });
});
