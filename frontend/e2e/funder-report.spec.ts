import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import { login, USERS } from './support/login';
import type { Page } from '@playwright/test';

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
});
