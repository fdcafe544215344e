import { expect, test } from './support/fixtures';
import { csrfHeaders, login, USERS } from './support/login';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

test('the coordinator creates an organisation, then finds it by search; a bad submission shows field errors', async ({
  page,
}) => {
  await login(page, USERS.coordinator);
  await page.goto('/organisations/new');
  const form = page.getByTestId('organisation-form');

  // Nothing required filled, a malformed website: errors at the fields, nothing sent.
  await form.locator('input[name="website"]').fill('not a web address');
  await page.getByTestId('organisation-submit').click();
  await expect(page.getByTestId('form-error')).toBeVisible();
  await expect(form.locator('input[name="name"]')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.locator('input[name="website"]')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('organisation-kind')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/organisations\/new$/);

  const name = `Collectif E2E ${Date.now()}`;
  await form.locator('input[name="name"]').fill(name);
  await page.getByTestId('organisation-kind').click();
  await page.getByRole('option').first().click();
  await form.locator('input[name="website"]').fill('https://collectif-e2e.example.org');
  await form.locator('input[name="territory"]').fill('Essonne');
  await page.getByTestId('organisation-submit').click();

  await expect(page).toHaveURL(new RegExp(`/organisations/${UUID.source}$`));
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  await page.goto('/organisations');
  await page.getByTestId('organisation-search').fill(name);
  await expect(page).toHaveURL(/[?&]q=/);
  const table = page.getByTestId('organisations-table');
  await expect(table.getByRole('link', { name })).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(1);
});

test('a contractor sees the organisations but no control to change them, and the API refuses a change', async ({
  page,
}) => {
  await login(page, USERS.contractor);
  await page.goto('/organisations');
  const firstOrganisation = page.getByTestId('organisations-table').locator('tbody a').first();
  await expect(firstOrganisation).toBeVisible();
  await expect(page.getByTestId('organisation-new')).toHaveCount(0);

  await firstOrganisation.click();
  await expect(page).toHaveURL(new RegExp(`/organisations/${UUID.source}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('organisation-edit')).toHaveCount(0);
  await expect(page.getByTestId('organisation-archive')).toHaveCount(0);
  await expect(page.getByTestId('organisation-restore')).toHaveCount(0);

  // The hidden button is not the protection: the API itself refuses, with the session and a valid CSRF token.
  const id = UUID.exec(page.url())![0];
  const response = await page.request.patch(`/api/organisations/${id}`, {
    data: { name: 'Not allowed' },
    headers: await csrfHeaders(page),
  });
  expect(response.status()).toBe(403);
  expect(((await response.json()) as { error: { code: string; kind: string } }).error).toMatchObject({
    code: 'common.forbidden',
    kind: 'forbidden',
  });
});

test('the admin sees on the home page where backups stand; the coordinator does not', async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await login(admin, USERS.admin);
  await admin.goto('/');
  await expect(admin.getByTestId('backup-status')).toBeVisible();
  // The test stack starts on a fresh database, with the nightly backup off.
  await expect(admin.getByTestId('backup-last-success')).toHaveText(/Aucune sauvegarde|No backup/);
  await expect(admin.getByTestId('backup-daily')).toHaveText(/Pas de sauvegarde automatique|No automatic backup/);

  const coordinator = await (await browser.newContext()).newPage();
  await login(coordinator, USERS.coordinator);
  await coordinator.goto('/');
  await expect(
    coordinator
      .getByTestId('funding-dashboard')
      .or(coordinator.getByRole('heading', { level: 1 }))
      .first(),
  ).toBeVisible();
  await expect(coordinator.getByTestId('backup-status')).toHaveCount(0);
});
