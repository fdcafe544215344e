import { expect, test } from './support/fixtures';
import type { Page } from '@playwright/test';
import { csrfHeaders, login, USERS } from './support/login';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const stamp = Date.now().toString(36);
const approvedTitle = `Répartition E2E ${stamp}`;
const draftTitle = `Brouillon E2E ${stamp}`;

/** Amounts as the table shows them, in cents, whatever the locale's separators. */
const cents = (text: string) => Number(text.replace(/[^\d-]/g, ''));

async function resultAmounts(page: Page): Promise<number[]> {
  const cells = page.getByTestId('split-simulation').getByTestId('split-line-amount');
  return (await cells.allTextContents()).map(cents);
}

test('the coordinator builds a proportional split of a grant, compares it with a fixed base, approves it and records a payment', async ({
  page,
}) => {
  await login(page, USERS.coordinator);
  await page.goto('/splits/new');
  const form = page.getByTestId('split-form');
  await page.getByTestId('split-title').fill(approvedTitle);
  await page.getByTestId('split-add-grant').click();
  await page.getByTestId('split-grant').click();
  await page.getByRole('option', { name: /Transiscope 2024-2026/ }).click();
  await page.getByTestId('split-grant-amount').fill('12000');
  await expect(page.getByTestId('split-total')).toHaveValue(/^12[\s\u202f,.]?000/);
  await form.locator('input[data-name="periodFrom"]').fill('2025-01-01');
  await form.locator('input[data-name="periodTo"]').fill('2025-12-31');
  await form.locator('input[data-name="periodTo"]').press('Tab');
  await page.getByTestId('split-add-members').click();
  await expect(page.getByTestId('split-participants').locator('tbody tr')).not.toHaveCount(0);

  // The result follows the inputs: every organisation's share, summing to the amount, to the cent.
  const simulation = page.getByTestId('split-simulation');
  await expect(simulation.getByTestId('split-line-amount').first()).toBeVisible();
  await expect(simulation).toHaveAttribute('aria-busy', 'false');
  const proportional = await resultAmounts(page);
  expect(proportional.reduce((a, b) => a + b, 0)).toBe(1_200_000);
  await expect(simulation.getByTestId('split-chart')).toBeVisible();

  // Pinned, then compared with a fixed base of 500 € for everyone.
  await page.getByTestId('split-pin').click();
  await page
    .getByTestId('split-rule')
    .getByText(/Base fixe|Fixed base/)
    .click();
  await page.getByTestId('split-base').fill('500');
  await expect(page.getByTestId('split-compare-caption')).toBeVisible();
  await expect.poll(async () => JSON.stringify(await resultAmounts(page))).not.toBe(JSON.stringify(proportional));
  const withBase = await resultAmounts(page);
  expect(withBase.reduce((a, b) => a + b, 0)).toBe(1_200_000);
  expect(Math.min(...withBase)).toBeGreaterThanOrEqual(50_000);

  // Back to the proportional one, saved as a draft, then approved.
  await page.getByTestId('split-restore-pinned').click();
  await expect.poll(async () => JSON.stringify(await resultAmounts(page))).toBe(JSON.stringify(proportional));
  await page.getByTestId('split-save').click();
  await expect(page).toHaveURL(new RegExp(`/splits/${UUID.source}$`));
  await expect(page.getByTestId('split-status')).toHaveAttribute('data-status', 'draft');
  // Approved, citing the COPIL decision that adopted the rule.
  await page.getByTestId('split-approve').click();
  await page.getByTestId('split-decision').click();
  await page.getByTestId('split-decision').fill('FPH');
  await page.getByRole('option', { name: /Répartition des fonds FPH : base fixe/ }).click();
  await page.getByTestId('split-approve-confirm').click();
  await expect(page.getByTestId('split-status')).toHaveAttribute('data-status', 'approved');
  await expect(page.getByTestId('split-decision-link')).toContainText('Répartition des fonds FPH');

  // A payment to Colibris, about half its share: what remains goes down by as much.
  const row = page.getByTestId('split-lines').locator('tbody tr', { hasText: 'Colibris' });
  const remaining = cents(await row.getByTestId('split-line-remaining').innerText());
  await row.getByTestId('split-pay').click();
  const euros = Math.max(1, Math.floor(remaining / 200));
  await page.getByTestId('payment-amount').fill(String(euros));
  await page.getByTestId('payment-reference').fill(`VIR-${stamp}`);
  await page.getByTestId('payment-submit').click();
  await expect
    .poll(async () => cents(await row.getByTestId('split-line-remaining').innerText()))
    .toBe(remaining - euros * 100);
  await expect(page.getByTestId('split-payments').locator('tbody tr', { hasText: `VIR-${stamp}` })).toBeVisible();
  await expect(page.getByTestId('split-ledger').locator('tbody tr').first()).toBeVisible();
});

test('a COPIL member sees only the approved split, and in it only their organisation’s line', async ({
  page,
  browser,
}) => {
  // A draft the COPIL member must not see, made by the coordinator in a session of their own.
  const coordinator = await browser.newPage();
  await login(coordinator, USERS.coordinator);
  const [colibris] = (
    (await (await coordinator.request.get('/api/organisations?q=colibris')).json()) as {
      items: { id: string }[];
    }
  ).items;
  const draft = await coordinator.request.post('/api/splits', {
    data: {
      title: draftTitle,
      rule: 'fixed_percent',
      totalCents: 1000,
      participants: [{ organisationId: colibris.id, shareBp: 10_000 }],
    },
    headers: await csrfHeaders(coordinator),
  });
  expect(draft.status()).toBe(201);
  const draftId = ((await draft.json()) as { id: string }).id;
  await coordinator.close();

  await login(page, USERS.copilColibris);
  await page.goto('/splits');
  const table = page.getByTestId('splits-table');
  await expect(table.getByRole('link', { name: approvedTitle })).toBeVisible();
  await expect(table.getByRole('link', { name: draftTitle })).toHaveCount(0);
  await expect(page.getByTestId('split-new')).toHaveCount(0);

  await table.getByRole('link', { name: approvedTitle }).click();
  await expect(page.getByRole('heading', { level: 1, name: approvedTitle })).toBeVisible();
  await expect(page.getByTestId('split-status')).toHaveAttribute('data-status', 'approved');
  const lines = page.getByTestId('split-lines').locator('tbody tr');
  await expect(lines).toHaveCount(1);
  await expect(lines.first()).toContainText('Colibris');
  await expect(page.getByTestId('split-pay')).toHaveCount(0);
  await expect(page.getByTestId('split-payments').locator('tbody tr', { hasText: `VIR-${stamp}` })).toBeVisible();

  // The draft stays out of reach, even by its address.
  await page.goto(`/splits/${draftId}`);
  await expect(page.getByTestId('split-form')).toHaveCount(0);
  // Refused by the API: the no-access page, or the not-found error for an address that names nothing they may see.
  await expect(page.getByTestId('no-access').or(page.getByTestId('form-error'))).toBeVisible();

  // Their organisation's page carries its shares and the statement to download.
  await page.goto(`/organisations/${colibris.id}`);
  const section = page.getByTestId('organisation-splits');
  await expect(
    section.getByTestId('organisation-shares').locator('tbody tr', { hasText: approvedTitle }),
  ).toBeVisible();
  const csv = await page.request.get(
    (await section.getByTestId('organisation-statement-csv').getAttribute('href')) ?? '',
  );
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(approvedTitle);
});
