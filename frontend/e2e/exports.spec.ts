import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import { login, USERS } from './support/login';

test('the coordinator filters the organisations, exports them, and the file holds only the filtered rows', async ({
  page,
}) => {
  await login(page, USERS.coordinator);
  await page.goto('/organisations?kind=cooperative');
  const table = page.getByTestId('organisations-table');
  await expect(table.locator('tbody tr').first()).toBeVisible();
  const shown = (await table.locator('tbody tr td:first-child').allInnerTexts()).map((n) => n.trim());
  expect(shown.length).toBeGreaterThan(0);

  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('organisations-export').click()]);
  expect(file.suggestedFilename()).toBe('organisations.csv');
  const text = readFileSync(await file.path(), 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...lines] = text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(header.split(';').slice(0, 3)).toEqual(['Identifiant', 'Nom', 'Type']);
  expect(lines.every((l) => l.split(';')[2] === 'cooperative')).toBe(true);
  // Every page of the filtered list, and nothing else (names hold no `;` in the demo data).
  const names = lines.map((l) => l.split(';')[1]);
  expect(names.slice(0, shown.length)).toEqual(shown);
  const all = await page.request.get('/api/organisations?kind=cooperative&pageSize=200');
  expect(names).toHaveLength(((await all.json()) as { total: number }).total);
});
