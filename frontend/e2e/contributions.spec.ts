import { expect, test } from './support/fixtures';
import type { Page } from '@playwright/test';
import { login, USERS } from './support/login';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const text = async (page: Page, testId: string) =>
  ((await page.getByTestId(testId).textContent()) ?? '').replace(/\s/g, ' ');
/** « Sur deux ans : 5 190,50 € » → 519050, whatever spaces group the thousands. */
const cents = (s: string) => Math.round(Number(s.replace(/[^\d,]/g, '').replace(',', '.')) * 100);

test('a COPIL member logs and submits a contribution, the coordinator validates it from the queue, the organisation’s total grows', async ({
  browser,
}) => {
  const today = new Date().toISOString().slice(0, 10);
  const description = `Animation de la rencontre des sources ${Date.now()}`;

  // The coordinator notes Colibris' total first.
  const coordinator = await (await browser.newContext()).newPage();
  await login(coordinator, USERS.coordinator);
  await coordinator.goto('/organisations?q=colibris');
  await coordinator.getByTestId('organisations-table').getByRole('link', { name: 'Colibris' }).click();
  await expect(coordinator).toHaveURL(new RegExp(`/organisations/${UUID.source}$`));
  const organisationUrl = coordinator.url();
  await expect(coordinator.getByTestId('organisation-contributions-total')).toBeVisible();
  const before = cents(await text(coordinator, 'organisation-contributions-total'));

  // The COPIL member of Colibris logs three hours; the form shows the value as it is typed.
  const copil = await (await browser.newContext()).newPage();
  await login(copil, USERS.copilColibris);
  await copil.goto('/contributions');
  await copil.getByTestId('contribution-new').click();
  const form = copil.getByTestId('contribution-form');
  await copil.getByTestId('contribution-submit').click();
  await expect(copil.getByTestId('form-error')).toBeVisible();
  await expect(form.locator('input[name="quantity"]')).toHaveAttribute('aria-invalid', 'true');

  await copil.getByTestId('contribution-type').click();
  await copil.getByRole('option').first().click(); // working time
  await copil.getByTestId('contribution-unit').click();
  await copil.getByRole('option').first().click(); // hour
  await form.locator('input[name="quantity"]').fill('3');
  await form.locator('input[data-name="startsOn"]').fill(today);
  await form.locator('input[data-name="startsOn"]').press('Tab');
  await form.locator('textarea[name="description"]').fill(description);
  await expect(copil.getByTestId('contribution-preview')).toContainText('€');
  await copil.getByTestId('contribution-submit').click();

  await expect(copil).toHaveURL(new RegExp(`/contributions/${UUID.source}$`));
  const contributionId = UUID.exec(copil.url())![0];
  await expect(copil.getByTestId('contribution-status')).toHaveAttribute('data-status', 'draft');
  const value = cents(await text(copil, 'contribution-value'));
  expect(value).toBeGreaterThan(0);
  await copil.getByTestId('contribution-send').click();
  await expect(copil.getByTestId('contribution-status')).toHaveAttribute('data-status', 'submitted');
  await expect(copil.getByTestId('contribution-send')).toHaveCount(0);

  // The coordinator finds it in the queue and validates it there.
  await coordinator.goto('/contributions');
  await coordinator.getByTestId('contributions-queue-link').click();
  await expect(coordinator).toHaveURL(/\/contributions\/queue$/);
  await coordinator.getByTestId(`queue-select-${contributionId}`).check();
  await coordinator.getByTestId('queue-validate').click();
  await expect(coordinator.getByTestId(`queue-select-${contributionId}`)).toHaveCount(0);

  await coordinator.goto(organisationUrl);
  await expect
    .poll(async () => cents(await text(coordinator, 'organisation-contributions-total')))
    .toBe(before + value);

  // The copil member sees it validated, and can no longer change it.
  await copil.reload();
  await expect(copil.getByTestId('contribution-status')).toHaveAttribute('data-status', 'validated');
  await expect(copil.getByTestId('contribution-edit')).toHaveCount(0);
});

test('a COPIL member links a contribution to a working group and finds it with the list’s group filter', async ({
  page,
}) => {
  const description = `Revue des imports du groupe Technique ${Date.now()}`;
  await login(page, USERS.copilColibris);
  await page.goto('/contributions/new');
  await page.getByTestId('contribution-type').click();
  await page.getByRole('option').first().click(); // working time
  await page.getByTestId('contribution-unit').click();
  await page.getByRole('option').first().click(); // hour
  await page.locator('input[name="quantity"]').fill('2');
  await page.locator('input[data-name="startsOn"]').fill(new Date().toISOString().slice(0, 10));
  await page.locator('input[data-name="startsOn"]').press('Tab');
  await page.locator('textarea[name="description"]').fill(description);
  // Both links are offered to a COPIL member, who reads the groups and the grants.
  await expect(page.getByTestId('contribution-grant')).toBeVisible();
  await page.getByTestId('contribution-working-group').click();
  await page.getByRole('option', { name: 'Technique', exact: true }).click();
  await expect(page.getByTestId('contribution-working-group')).toHaveValue('Technique');
  await page.getByTestId('contribution-submit').click();

  await expect(page).toHaveURL(new RegExp(`/contributions/${UUID.source}$`));
  await expect(page.getByTestId('contribution-working-group')).toHaveText('Technique');

  await page.goto('/contributions');
  const table = page.getByTestId('contributions-table');
  await page.getByTestId('filter-working-group').click();
  await page.getByRole('option', { name: 'Technique', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`workingGroupId=${UUID.source}`));
  await expect(page.getByTestId('filter-working-group')).toHaveValue('Technique');
  await expect(table.getByText(description)).toBeVisible();
  // Another group's filter leaves it out (the search starts from the chosen group's name: type the other one).
  await page.getByTestId('filter-working-group').fill('Sources');
  await page.getByRole('option', { name: 'Sources', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`workingGroupId=${UUID.source}`));
  await expect(page.getByTestId('filter-working-group')).toHaveValue('Sources');
  await expect(table.getByText(description)).toHaveCount(0);
});

test('a volunteer logs their own hours as a draft and cannot submit them', async ({ page }) => {
  await login(page, USERS.volunteer);
  await page.goto('/contributions/new');
  // Grants are not a volunteer's to see: no grant control at all; their own groups are offered.
  await expect(page.getByTestId('contribution-working-group')).toBeVisible();
  await expect(page.getByTestId('contribution-grant')).toHaveCount(0);
  // Their time is valued by the rate table: no value of their own to give.
  await expect(page.locator('input[name="amountEuros"]')).toHaveCount(0);
  await page.getByTestId('contribution-type').click();
  await page.getByRole('option').first().click();
  await page.getByTestId('contribution-unit').click();
  await page.getByRole('option').first().click();
  await page.locator('input[name="quantity"]').fill('2,5');
  await page.locator('input[data-name="startsOn"]').fill(new Date().toISOString().slice(0, 10));
  await page.locator('input[data-name="startsOn"]').press('Tab');
  await page.locator('textarea[name="description"]').fill('Vérification des imports du groupe Sources');
  await page.getByTestId('contribution-submit').click();
  await expect(page).toHaveURL(new RegExp(`/contributions/${UUID.source}$`));
  await expect(page.getByTestId('contribution-status')).toHaveAttribute('data-status', 'draft');
  await expect(page.getByTestId('contribution-edit')).toBeVisible();
  await expect(page.getByTestId('contribution-send')).toHaveCount(0);
});
