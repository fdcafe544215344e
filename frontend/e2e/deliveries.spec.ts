import { expect, test } from './support/fixtures';
import { login, USERS } from './support/login';

/** Issue 11 of the demo data went out with one bounce, two failures and one uncertain message (backend seed). */
test('the team opens an issue’s deliveries, filters the bounced ones, and resends to the failed ones', async ({
  page,
}) => {
  await login(page, USERS.comms);
  await page.goto('/newsletters');
  await page.getByRole('link', { name: /Bienvenue aux Hameaux Légers/ }).click();
  await page.getByTestId('issue-deliveries').click();
  await expect(page.getByRole('heading', { name: /Envois du n° 11/ })).toBeVisible();
  const table = page.getByTestId('deliveries-table');
  const rows = table.locator('tbody tr');

  // Filtered on bounced: only the address the relay refused, with its answer.
  await page.getByTestId('deliveries-status').click();
  await page.getByRole('option', { name: /^Adresse rejetée \(1\)$/ }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('ancienne.adresse@territoires.example.org');
  await expect(rows.first()).toContainText('550 5.1.1');
  // A bounced address cannot be chosen for a resend.
  await expect(rows.first().getByRole('checkbox')).toBeDisabled();

  await page.getByTestId('deliveries-status').click();
  await page.getByRole('option', { name: /^Échec \(2\)$/ }).click();
  await expect(rows).toHaveCount(2);
  await expect(table).toContainText('452 4.2.2 Mailbox full');
  await expect(table).toContainText('554 5.7.1 Message rejected: spam suspected');

  // Both failed ones chosen, then resent: they leave the failed filter, and the uncertain one stays as it was.
  await page.getByTestId('deliveries-select-page').check();
  await expect(page.getByTestId('deliveries-resend-chosen')).toHaveText('Renvoyer aux choisis (2)');
  await page.getByTestId('deliveries-resend-chosen').click();
  await expect(page.getByText('2 envois remis en file')).toBeVisible();
  await expect(table).toContainText('Aucun envoi ne correspond.');
  await expect(page.getByTestId('deliveries-resend-failed')).toBeDisabled();
  await expect(page.getByTestId('deliveries-resend-uncertain')).toHaveText('Renvoyer à tous les incertains (1)');

  // The worker sends them again: found by name among the sent ones, and on the subscriber's own page too.
  await page.getByTestId('deliveries-status').click();
  await page.getByRole('option', { name: /^Envoyé \(/ }).click();
  await expect(page).toHaveURL(/status=sent/);
  await page.getByPlaceholder('Adresse, prénom ou nom').fill('Olivier Gu');
  await expect(page).toHaveURL(/q=Olivier/);
  await expect(async () => {
    await page.reload();
    await expect(rows.first()).toContainText('olivier.guerin@tiers-lieux.example.org', { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(rows).toHaveCount(1);
  await rows.first().getByRole('link').click();
  await expect(page.getByTestId('delivery-history')).toContainText('N° 11 — Bienvenue aux Hameaux Légers');
  await expect(page.getByTestId('delivery-history').locator('tbody tr').first()).toContainText('Envoyé');
});
