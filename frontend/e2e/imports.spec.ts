import { expect, test } from './support/fixtures';
import { login, USERS } from './support/login';

test('the coordinator imports the organisations spreadsheet, fixes a mapping, sees the dry run, commits', async ({
  page,
}) => {
  await login(page, USERS.coordinator);
  await page.goto('/organisations');
  await page.getByTestId('organisations-import').click();
  await expect(page).toHaveURL(/\/imports\/organisations$/);

  // As French Excel saves it: Windows-1252, semicolons; "Catégorie" is no header the import knows for the kind.
  const stamp = Date.now().toString(36);
  const csv = [
    'Raison sociale;Catégorie;Code postal;Ville',
    `Atelier Vélo ${stamp};association;35000;Rennes`,
    `Coopérative des Communs ${stamp};coopérative;44000;Nantes`,
  ].join('\r\n');
  await page.locator('input[type="file"]').setInputFiles({
    name: 'organisations.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'latin1'),
  });
  await page.getByTestId('import-upload').click();
  await expect(page.getByTestId('import-detected')).toContainText('Windows-1252');
  await expect(page.getByTestId('import-detected')).toContainText('« ; »');
  await expect(page.getByTestId('mapping-name')).toHaveValue('Raison sociale');
  await expect(page.getByTestId('mapping-territory')).toHaveValue('Ville');

  // The kind is not mapped: the dry run says which required column is missing.
  await page.getByTestId('import-dry-run').click();
  await expect(page.getByTestId('form-error')).toContainText('Type');
  await expect(page.getByTestId('import-report')).toHaveCount(0);

  await page.getByTestId('mapping-kind').click();
  await page.getByRole('option', { name: 'Catégorie' }).click();
  await page.getByTestId('import-dry-run').click();
  const rows = page.getByTestId('import-rows').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('2');
  await expect(rows.nth(0)).toContainText(`Atelier Vélo ${stamp}`);
  await expect(rows.nth(1)).toContainText(`Coopérative des Communs ${stamp}`);
  await expect(page.getByTestId('import-summary')).toContainText('2 à créer');
  await expect(page.getByTestId('form-error')).toHaveCount(0);

  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-summary')).toContainText('Import terminé : 2 créée(s)');

  await page.goto('/organisations');
  await page.getByTestId('organisation-search').fill(stamp);
  await expect(page.getByTestId('organisations-table').locator('tbody tr')).toHaveCount(2);
  await expect(page.getByTestId('organisations-table')).toContainText(`Atelier Vélo ${stamp}`);
});

test('the communication team imports subscribers through the same flow, from the subscribers list', async ({
  page,
}) => {
  await login(page, USERS.comms);
  await page.goto('/newsletters/subscribers');
  await page.getByTestId('subscribers-import').click();
  await expect(page).toHaveURL(/\/imports\/subscribers$/);

  const stamp = Date.now().toString(36);
  const csv = [
    'Courriel;Prénom;Nom;Listes;Source du consentement',
    `ana-${stamp}@example.org;Ana;Lopez;La lettre du réseau;Stand du Transiscothon`,
  ].join('\r\n');
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'abonnes.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByTestId('import-upload').click();
  await expect(page.getByTestId('mapping-email')).toHaveValue('Courriel');
  await expect(page.getByTestId('mapping-lists')).toHaveValue('Listes');
  await page.getByTestId('import-dry-run').click();
  await expect(page.getByTestId('import-rows').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('import-summary')).toContainText('1 à créer');
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-summary')).toContainText('Import terminé : 1 créée(s)');

  await page.goto(`/newsletters/subscribers?q=${stamp}`);
  await expect(page.getByText(`ana-${stamp}@example.org`)).toBeVisible();
});

test('a COPIL member sees the import only where they may import: contributions, not people', async ({ page }) => {
  await login(page, USERS.copilColibris);
  await page.goto('/contributions');
  await expect(page.getByTestId('contributions-import')).toBeVisible();
  await page.goto('/people');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('people-import')).toHaveCount(0);
});
