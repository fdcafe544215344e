import { expect, test } from './support/fixtures';
import { login, USERS } from './support/login';

/** A page a role cannot open is refused whole (no tabs, filters or empty table), and has no menu entry. */
test('a volunteer typing the address of funding, splits or the audit log gets a no-access page, and no menu entry', async ({
  page,
}) => {
  await login(page, USERS.volunteer);
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByRole('link', { name: 'Stratégie' })).toBeVisible();
  for (const [path, entry] of [
    ['/funding', 'Financements'],
    ['/funding/funders', 'Financements'],
    ['/splits', 'Répartitions'],
    ['/audit', 'Journal des modifications'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByTestId('no-access')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Cette page ne vous est pas ouverte' })).toBeVisible();
    await expect(page.getByRole('tab')).toHaveCount(0);
    await expect(page.getByRole('table')).toHaveCount(0);
    await expect(nav.getByRole('link', { name: entry })).toHaveCount(0);
  }
  await page.getByRole('link', { name: 'Revenir à l’accueil' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('no-access')).toHaveCount(0);
});

test('the coordinator opens the same pages as before', async ({ page }) => {
  await login(page, USERS.coordinator);
  await page.goto('/funding');
  await expect(page.getByTestId('no-access')).toHaveCount(0);
  await expect(page.getByRole('tab').first()).toBeVisible();
});
