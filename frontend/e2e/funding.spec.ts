import { expect, test } from './support/fixtures';
import type { Page } from '@playwright/test';
import { login, USERS } from './support/login';
import { TIME_ZONE } from '../src/lib/time-zone';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const today = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());
const yearEnd = `${today.slice(0, 4)}-12-31`;

/** "12 500,00 €" or "€12,500.00" → 1250000: amounts always show their cents, so the digits are the cents. */
const cents = async (page: Page, testId: string) =>
  Number((await page.getByTestId(testId).innerText()).replace(/\D/g, ''));

async function dashboardMoney(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('funding-dashboard')).toBeVisible();
  return {
    granted: await cents(page, 'money-grantedCents'),
    received: await cents(page, 'money-receivedCents'),
    expected: await cents(page, 'money-expectedCents'),
  };
}

test('the coordinator takes a grant from application to granted, plans two instalments, receives one, and the dashboard follows', async ({
  page,
}) => {
  await login(page, USERS.coordinator);
  const before = await dashboardMoney(page);

  // An application already sent today to a seeded funder.
  await page.goto('/funding');
  await page.getByTestId('grant-new').click();
  const form = page.getByTestId('grant-form');
  await page.getByTestId('grant-submit').click();
  await expect(page.getByTestId('form-error')).toBeVisible();
  await expect(form.locator('input[name="title"]')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.locator('input[name="amountRequestedCents"]')).toHaveAttribute('aria-invalid', 'true');

  const title = `Appel à projets E2E ${Date.now()}`;
  await page.getByTestId('grant-funder').click();
  await page.getByTestId('grant-funder').fill('Fondation de France');
  await page.getByRole('option', { name: 'Fondation de France' }).click();
  await form.locator('input[name="title"]').fill(title);
  await form.locator('input[name="amountRequestedCents"]').fill('12 000');
  await page.getByTestId('grant-initial-status').click();
  await page.getByRole('option', { name: /Déposé|Applied/ }).click();
  await page.getByTestId('grant-submit').click();
  await expect(page).toHaveURL(new RegExp(`/funding/grants/${UUID.source}$`));
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // The funder says yes, with a little more than asked.
  await page.getByTestId('grant-status-change').click();
  await page.getByTestId('grant-status-to-granted').click();
  const status = page.getByTestId('status-form');
  await status.locator('input[name="amountGrantedCents"]').fill('12 500,00');
  await page.getByTestId('status-form-submit').click();
  await expect(page.getByTestId('grant-status').first()).toHaveText(/Accordé|Granted/);
  await expect.poll(() => cents(page, 'figure-granted')).toBe(1_250_000);

  // Two instalments this year, the first received today.
  for (const [label, amount, on] of [
    ['Avance', '7500', today],
    ['Solde', '5000', yearEnd],
  ]) {
    await page.getByTestId('instalment-add').click();
    const instalment = page.getByTestId('instalment-form');
    await instalment.locator('input[name="label"]').fill(label);
    await instalment.locator('input[name="expectedCents"]').fill(amount);
    await instalment.locator('input[data-name="expectedOn"]').fill(on);
    await instalment.locator('input[data-name="expectedOn"]').press('Tab');
    await page.getByTestId('instalment-form-submit').click();
    await expect(instalment).toHaveCount(0);
  }
  await expect(page.getByTestId('instalments-table').locator('tbody tr')).toHaveCount(2);
  await expect.poll(() => cents(page, 'figure-to-come')).toBe(1_250_000);
  await page.getByTestId('instalment-receive').first().click();
  await expect(page.getByTestId('receipt-form').locator('input[name="receivedCents"]')).toHaveValue('7500');
  await page.getByTestId('receipt-form-submit').click();
  await expect.poll(() => cents(page, 'figure-received')).toBe(750_000);
  await expect.poll(() => cents(page, 'figure-to-come')).toBe(500_000);

  const after = await dashboardMoney(page);
  expect(after.granted - before.granted).toBe(1_250_000);
  expect(after.received - before.received).toBe(750_000);
  expect(after.expected - before.expected).toBe(500_000);
});

test('a COPIL member reads grants without a control to change them; a volunteer has no funding at all', async ({
  page,
}) => {
  await login(page, USERS.copilColibris);
  await page.goto('/funding');
  const first = page.getByTestId('grants-table').locator('tbody a').first();
  await expect(first).toBeVisible();
  await expect(page.getByTestId('grant-new')).toHaveCount(0);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/funding/grants/${UUID.source}$`));
  await expect(page.getByTestId('figure-requested')).toBeVisible();
  await expect(page.getByTestId('grant-edit')).toHaveCount(0);
  await expect(page.getByTestId('grant-status-change')).toHaveCount(0);
  await page.goto('/');
  await expect(page.getByTestId('funding-dashboard')).toHaveCount(0);

  await page.context().clearCookies();
  await login(page, USERS.volunteer);
  await expect(page.getByRole('link', { name: /Financements|Funding/ })).toHaveCount(0);
  await page.goto('/funding');
  await expect(page.getByTestId('no-access')).toBeVisible();
});
