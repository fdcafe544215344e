import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import { login, USERS } from './support/login';
import type { Download, Page } from '@playwright/test';

/** Finds the grant by its title in the list (once the search has narrowed it to that one row) and opens it. */
async function openGrant(page: Page, title: string) {
  await page.goto('/funding');
  await page.getByTestId('grant-search').fill(title);
  await expect(page.getByRole('link', { name: /Transiscope/ })).toHaveCount(1);
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('the coordinator opens a grant and downloads its CERFA 15059 financial report as a PDF; its first page is kept as a picture', async ({
  page,
}, testInfo) => {
  await login(page, USERS.coordinator);
  await openGrant(page, 'Transiscope 2024-2026 : faire système');
  await page.getByTestId('grant-report').click();

  // The page shows the report by nature, the co-funder of the same action among the products.
  const report = page.getByTestId('financial-report');
  await expect(report.getByText('Subventions d’exploitation').or(report.getByText('Operating grants'))).toBeVisible();
  await expect(report.getByText(/Département de l’Essonne \((public)\)/)).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-pdf').click()]);
  expect(download.suggestedFilename()).toBe('compte-rendu-financier-transiscope-2024-2026-faire-systeme.pdf');
  const pdf = testInfo.outputPath('compte-rendu-financier.pdf');
  await download.saveAs(pdf);
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');

  // The first page as a PNG (poppler's pdftoppm), attached to the test's output to be looked at.
  const png = testInfo.outputPath('compte-rendu-financier-page-1');
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, png]);
  await testInfo.attach('CERFA 15059, page 1', { path: `${png}.png`, contentType: 'image/png' });
  expect(readFileSync(`${png}.png`).length).toBeGreaterThan(10_000);

  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-xlsx').click()]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
});

/** Saves a download under the test's output and checks it starts as its format says. */
async function keep(download: Download, path: string, magic: string) {
  await download.saveAs(path);
  expect(readFileSync(path).subarray(0, magic.length).toString()).toBe(magic);
}

test('the coordinator fills in what a grant promises and downloads its financial report and its activity report draft (PDF and .docx)', async ({
  page,
}, testInfo) => {
  const stamp = Date.now().toString(36);
  await login(page, USERS.coordinator);
  await openGrant(page, 'Transiscope 2024-2026 : faire système');

  // The application's content: objectives, a deliverable, an indicator.
  await page.getByTestId('tab-content').click();
  await page.getByTestId('content-edit').click();
  await page.locator('textarea[name="objectives"]').fill(`Cartographier les initiatives de transition ${stamp}`);
  await page.locator('textarea[name="expectedResults"]').fill('Une carte commune, tenue à jour par le réseau');
  await page.getByTestId('content-form-submit').click();
  await expect(page.getByTestId('grant-content')).toContainText(`Cartographier les initiatives de transition ${stamp}`);

  await page.getByTestId('deliverable-add').click();
  await page.locator('[data-testid="deliverable-form"] input[name="title"]').fill(`Guide des sources ${stamp}`);
  await page.locator('[data-testid="deliverable-form"] input[data-name="dueOn"]').fill('2026-06-30');
  await page.locator('[data-testid="deliverable-form"] input[data-name="dueOn"]').press('Tab');
  await page.getByTestId('deliverable-form-submit').click();
  await expect(page.getByTestId('deliverables-table')).toContainText(`Guide des sources ${stamp}`);

  await page.getByTestId('indicator-add').click();
  const indicator = page.getByTestId('indicator-form');
  await indicator.locator('input[name="label"]').fill(`Sources connectées ${stamp}`);
  await indicator.locator('input[name="target"]').fill('40');
  await indicator.locator('input[name="measured"]').fill('27,5');
  await indicator.locator('input[name="unit"]').fill('sources');
  await page.getByTestId('indicator-form-submit').click();
  await expect(indicator).toHaveCount(0);
  await expect(page.getByTestId('indicators-table')).toContainText(`Sources connectées ${stamp}`);
  await page.screenshot({ path: testInfo.outputPath('grant-content.png'), fullPage: true });

  // The financial report's PDF.
  await page.getByTestId('grant-report').click();
  const [financial] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-pdf').click()]);
  await keep(financial, testInfo.outputPath('compte-rendu-financier.pdf'), '%PDF-');

  // The activity report: the draft from what the app knows, then its files.
  await page.goBack();
  await page.getByTestId('grant-activity-report').click();
  await expect(page.getByTestId('activity-state')).toBeVisible();
  const form = page.getByTestId('activity-form');
  await expect(form.locator('textarea').nth(1)).toHaveValue(
    new RegExp(`Cartographier les initiatives de transition ${stamp}`),
  );
  await expect(form.locator('textarea').nth(5)).toHaveValue(new RegExp(`Guide des sources ${stamp}`));
  await page.screenshot({ path: testInfo.outputPath('activity-report-editor.png'), fullPage: true });

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('activity-pdf').click()]);
  expect(pdf.suggestedFilename()).toBe('bilan-activite-transiscope-2024-2026-faire-systeme-2024-01-01-2026-12-31.pdf');
  const pdfPath = testInfo.outputPath('bilan-activite.pdf');
  await keep(pdf, pdfPath, '%PDF-');
  const png = testInfo.outputPath('bilan-activite-page-1');
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdfPath, png]);
  await testInfo.attach('Bilan d’activité, page 1', { path: `${png}.png`, contentType: 'image/png' });
  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('activity-docx').click()]);
  expect(docx.suggestedFilename()).toMatch(/^bilan-activite-transiscope-.*\.docx$/);
  await keep(docx, testInfo.outputPath('bilan-activite.docx'), 'PK');

  // Edited and saved, then back to the draft (which leaves the demo as it was).
  await form.locator('textarea').first().fill('Trois années pour faire système.');
  await page.getByTestId('activity-save').click();
  await expect(page.getByTestId('activity-state')).toContainText('Enregistré le');
  await page.getByRole('button', { name: 'Régénérer le brouillon' }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Régénérer le brouillon' }).click();
  await expect(page.getByTestId('activity-state')).toContainText('Brouillon');
  await expect(form.locator('textarea').first()).not.toHaveValue('Trois années pour faire système.');
});

test('a COPIL member reads the report on screen but is offered neither the PDF nor the spreadsheet', async ({
  page,
}) => {
  await login(page, USERS.copilColibris);
  await openGrant(page, 'Transiscope 2024-2026 : faire système');
  await page.getByTestId('grant-report').click();
  await expect(page.getByTestId('financial-report')).toBeVisible();
  await expect(page.getByTestId('report-csv')).toBeVisible();
  await expect(page.getByTestId('report-pdf')).toHaveCount(0);
  await expect(page.getByTestId('report-xlsx')).toHaveCount(0);
  // Nor the activity report, which is handed to funders under the network's signature.
  await page.goBack();
  await expect(page.getByTestId('grant-activity-report')).toHaveCount(0);
});
