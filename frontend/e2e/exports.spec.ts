import { readFileSync } from 'node:fs';
import type { Download } from '@playwright/test';
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

/** A downloaded CSV's lines, split into cells (the demo data holds no `;` in these columns). */
async function csvLines(download: Download): Promise<string[][]> {
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((l) => l.split(';'));
}

test('the coordinator exports the meetings, the actions, a group’s volunteers and a split’s payments', async ({
  page,
}, testInfo) => {
  await login(page, USERS.coordinator);
  const api = async (path: string) => (await (await page.request.get(`/api${path}`)).json()) as Record<string, unknown>;
  const download = async (testId: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
    return file;
  };

  // Each list's file holds the rows the list shows with its default filters (one page of them in the demo).
  await page.goto('/meetings');
  const meetingRows = page.getByTestId('meetings-table').locator('tbody tr');
  await expect(meetingRows.first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('meetings-export.png') });
  const meetings = await download('meetings-export');
  expect(meetings.suggestedFilename()).toBe('reunions.csv');
  const [mHeader, ...mLines] = await csvLines(meetings);
  expect(mHeader).toContain('Intitulé');
  const meetingTexts = await meetingRows.allInnerTexts();
  expect(mLines).toHaveLength(meetingTexts.length);
  mLines.forEach((l, i) => expect(meetingTexts[i]).toContain(l[3]));

  await page.goto('/actions');
  const actionRows = page.getByTestId('actions-table').locator('tbody tr');
  await expect(actionRows.first()).toBeVisible();
  const actions = await download('actions-export');
  expect(actions.suggestedFilename()).toBe('actions.csv');
  const [aHeader, ...aLines] = await csvLines(actions);
  expect(aHeader.slice(0, 4)).toEqual(['Intitulé', 'Responsable', 'Échéance', 'Statut']);
  expect(aLines).toHaveLength(await actionRows.count());
  const actionTexts = await actionRows.allInnerTexts();
  aLines.forEach((l, i) => expect(actionTexts[i]).toContain(l[0]));

  // The group with the most volunteers on its board.
  const groups = (await api('/working-groups?pageSize=100')) as { items: { id: string }[] };
  const boards = await Promise.all(
    groups.items.map(async (g) => ({
      id: g.id,
      cards: (await api(`/working-groups/${g.id}/volunteers`)) as unknown as unknown[],
    })),
  );
  const group = boards.sort((a, b) => b.cards.length - a.cards.length)[0];
  expect(group.cards.length).toBeGreaterThan(0);
  await page.goto(`/working-groups/${group.id}`);
  await expect(page.getByTestId('group-volunteers-export')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('group-volunteers-export.png'), fullPage: true });
  const volunteers = await download('group-volunteers-export');
  expect(volunteers.suggestedFilename()).toBe('benevoles.csv');
  const [vHeader, ...vLines] = await csvLines(volunteers);
  expect(vHeader.slice(0, 4)).toEqual(['Nom', 'Prénom', 'Courriel', 'Étape']);
  expect(vLines).toHaveLength(group.cards.length);

  // A split with payments: the file holds the rows of the split's payments table, and only them.
  const ledger = (await api('/splits/ledger?pageSize=100')) as { items: { kind: string; splitId: string }[] };
  const splitId = ledger.items.find((e) => e.kind === 'paid')!.splitId;
  await page.goto(`/splits/${splitId}`);
  const shown = page.getByTestId('split-payments').locator('tbody tr');
  await expect(shown.first()).toBeVisible();
  await page.getByTestId('split-payments-export').click();
  await page.screenshot({ path: testInfo.outputPath('split-payments-export.png'), fullPage: true });
  const paid = await download('split-payments-export-csv');
  expect(paid.suggestedFilename()).toBe('versements.csv');
  const [, ...pLines] = await csvLines(paid);
  expect(pLines).toHaveLength(((await api(`/splits/${splitId}`)) as { payments: unknown[] }).payments.length);
  expect(pLines).toHaveLength(await shown.count());
});
