import { expect, test } from './support/fixtures';
import type { Page } from '@playwright/test';
import { login, USERS } from './support/login';

const GRANT = 'Transiscope 2024-2026 : faire système';
const SPLIT = 'FPH 2024-2026 — part 2025 des organisations contributrices';

/** Picks the option named `option` in the (multi) select labelled `label`, typing `search` to find it. */
async function pick(page: Page, label: string, search: string, option: string | RegExp) {
  const input = page.getByRole('dialog').getByLabel(label, { exact: true });
  await input.click();
  await input.fill(search);
  await page.getByRole('option', { name: option }).first().click();
  await input.press('Escape');
}

test('the coordinator creates an axis and a linked action, and follows it on the trail page', async ({ page }) => {
  await login(page, USERS.coordinator);
  await page.goto('/strategy');
  // A number of its own on each run (the demo's axes are 1 to 4).
  const n = 10 + (Date.now() % 89);
  const axisTitle = `Essaimer ${Date.now().toString(36)}`;
  const actionTitle = `Ouvrir une antenne ${Date.now().toString(36)}`;

  await page.getByRole('button', { name: 'Nouvel axe' }).click();
  const axisForm = page.getByTestId('strategy-axis-form');
  await axisForm.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(axisForm.getByText('Ce champ est obligatoire')).toHaveCount(1);
  await axisForm.getByLabel('Numéro').fill(String(n));
  await axisForm.getByLabel('Titre de l’axe').fill(axisTitle);
  await axisForm.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Axe ${n} — ${axisTitle}` })).toBeVisible();

  await page.getByRole('button', { name: 'Nouvelle action' }).click();
  const form = page.getByTestId('strategy-action-form');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(form.getByText('Ce champ est obligatoire')).toHaveCount(2);
  await form.getByLabel('Axe', { exact: true }).click();
  await page.getByRole('option', { name: `Axe ${n} — ${axisTitle}` }).click();
  await form.getByLabel('Numéro').fill('1');
  await form.getByLabel(/^Titre/).fill(actionTitle);
  await form.getByLabel('Description').fill('Une antenne par région pilote, portée par le groupe Technique.');
  await pick(page, 'Groupes de travail qui la portent', 'Tech', /Technique/);
  await pick(page, 'Financements', 'Transiscope', GRANT);
  await pick(page, 'Décisions qui la servent', 'FPH', /Répartition des fonds FPH/);
  await pick(page, 'Répartitions des fonds', 'FPH', SPLIT);
  await page.screenshot({ path: test.info().outputPath('strategy-action-form.png') });
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(form).toHaveCount(0);

  const section = page.getByRole('region', { name: `Axe ${n} — ${axisTitle}` });
  await expect(section.getByTestId('strategy-action')).toContainText(
    '1 groupe de travail · 1 financement · 1 répartition',
  );
  await page.screenshot({ path: test.info().outputPath('strategy.png'), fullPage: true });
  await section.getByRole('link', { name: `${n}.1 ${actionTitle}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: actionTitle })).toBeVisible();
  await expect(page.getByTestId('trail-decisions')).toContainText('Répartition des fonds FPH');
  await expect(page.getByTestId('trail-grants')).toContainText(GRANT);
  await expect(page.getByTestId('trail-splits')).toContainText(SPLIT);
});

test('a COPIL member reads the strategy and moves actions, but sets no axis; a volunteer only reads', async ({
  page,
}) => {
  await login(page, USERS.copilColibris);
  await page.goto('/strategy');
  await expect(page.getByTestId('strategy-action').first()).toBeVisible();
  await expect(page.getByRole('button', { name: /Nouvel axe|New axis/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Nouvelle action|New action/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Modifier l’axe|Edit axis/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Modifier «|Edit “/ }).first()).toBeVisible();

  await page.context().clearCookies();
  await login(page, USERS.volunteer);
  await page.goto('/strategy');
  await expect(page.getByTestId('strategy-action').first()).toBeVisible();
  await expect(page.getByRole('button', { name: /Modifier|Edit/ })).toHaveCount(0);
});
