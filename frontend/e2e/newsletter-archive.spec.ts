import { expect, test } from './support/fixtures';

/** Links to an issue that is not out (or to none, or an expired preview) land on a page that says so, never JSON. */
test('an issue not out yet, an unknown number and a broken preview link each get a public page that explains', async ({
  page,
}) => {
  await page.goto('/newsletter/archive/12');
  await expect(page).toHaveURL(/\/newsletter\/archive\?missing=12&reason=not-out$/);
  await expect(page.getByTestId('archive-missing')).toContainText('La lettre n° 12 n’est pas encore parue');
  await expect(page.getByTestId('archive')).toContainText('Bienvenue aux Hameaux Légers');

  await page.goto('/newsletter/archive/999');
  await expect(page.getByTestId('archive-missing')).toContainText('Aucune lettre ne porte le n° 999');

  await page.goto(`/newsletter/preview/${'A'.repeat(48)}`);
  await expect(page.getByTestId('archive-missing')).toContainText('Ce lien d’aperçu ne fonctionne plus');
  await expect(page.locator('body')).not.toContainText('"error"');
});
