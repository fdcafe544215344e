import { expect, test } from './support/fixtures';
import type { Page } from '@playwright/test';
import { login, USERS } from './support/login';

const ACTION = 'Solidifier nos moyens financiers';
const GRANT = 'Transiscope 2024-2026 : faire système';
const SPLIT = 'FPH 2024-2026 — part 2025 des organisations contributrices';

/** From the strategy page to the seeded action 1.3's trail (financed by the FPH grant, shared out by its split). */
async function openTrail(page: Page) {
  await page.goto('/strategy');
  await page.getByRole('link', { name: `1.3 ${ACTION}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: ACTION })).toBeVisible();
}

test('the coordinator follows action 1.3 from its decision to the payments, and on to the grant', async ({ page }) => {
  await login(page, USERS.coordinator);
  await openTrail(page);
  await expect(page.getByTestId('trail-decisions')).toContainText(
    'Répartition des fonds FPH : base fixe et part proportionnelle',
  );
  await expect(page.getByTestId('trail-grants')).toContainText(GRANT);
  await expect(page.getByTestId('trail-instalments')).toContainText('Versement 2024');
  await expect(page.getByTestId('trail-splits')).toContainText(SPLIT);
  const payments = page.getByTestId('trail-payments');
  for (const name of ['Colibris', 'Territoires en Liens', 'Démocratie Ouverte', 'Data Players'])
    await expect(payments).toContainText(name);
  await expect(page.getByTestId('trail-totals')).toContainText('Payé aux organisations');

  await page.getByTestId('trail-grants').getByRole('link', { name: GRANT }).click();
  await expect(page.getByRole('heading', { level: 1, name: GRANT })).toBeVisible();
  await page.getByRole('link', { name: 'Voir le parcours' }).click();
  await expect(page.getByTestId('trail-actions')).toContainText(ACTION);
  await expect(page.getByTestId('trail-splits')).toContainText(SPLIT);
});

test("a COPIL member sees their own organisation's payment only; a volunteer sees no money at all", async ({
  page,
}) => {
  await login(page, USERS.copilColibris);
  await openTrail(page);
  const payments = page.getByTestId('trail-payments');
  await expect(payments).toContainText('Colibris');
  await expect(payments).not.toContainText('Data Players');

  await page.context().clearCookies();
  await login(page, USERS.volunteer);
  await openTrail(page);
  await expect(page.getByTestId('trail-actions')).toContainText(ACTION);
  await expect(page.getByTestId('trail-grants')).toContainText('Rien à cette étape');
  await expect(page.getByTestId('trail-payments')).toContainText('Rien à cette étape');
  await expect(page.getByTestId('trail-decisions')).not.toContainText('Répartition des fonds FPH');
});
