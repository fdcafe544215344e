import { generate } from 'otplib';
import { expect, test } from './support/fixtures';
import { DEMO_PASSWORD, login, USERS } from './support/login';

/** A code of the app for the next time step (the API accepts one step of drift, and each step once). */
const nextCode = (secret: string) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });

test('a COPIL member turns on two-factor authentication, signs in with a code, and signs out their other session', async ({
  page,
  browser,
  baseURL,
}) => {
  await login(page, USERS.copilPolesNoe);
  await page.goto('/account');
  await page.getByTestId('account-security-link').click();
  await page.getByTestId('second-factor-start').click();
  await expect(page.getByTestId('second-factor-qr')).toBeVisible();
  const secret = (await page.getByTestId('second-factor-secret').textContent())!.trim();
  const enable = page.getByTestId('second-factor-enable');
  await enable.locator('input[name="currentPassword"]').fill(DEMO_PASSWORD);
  await enable.locator('input[name="code"]').fill(await generate({ secret }));
  await enable.locator('button[type="submit"]').click();
  const codes = page.getByTestId('recovery-codes').getByRole('listitem');
  await expect(codes).toHaveCount(10);
  await expect(page.getByTestId('second-factor-status')).toHaveText(/activée|on/);
  const recovery = (await codes.first().textContent())!.trim();

  // Elsewhere, the same person signs in: password, then the code the form asks for (here a recovery code).
  const elsewhere = await browser.newContext({ baseURL });
  const other = await elsewhere.newPage();
  await other.goto('/login');
  await other.locator('input[name="email"]').fill(USERS.copilPolesNoe);
  await other.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await other.getByTestId('login-submit').click();
  await other.getByTestId('login-code').fill(recovery);
  await other.getByTestId('login-submit').click();
  await expect(other.getByTestId('current-user')).toBeVisible();

  // Back here: both sessions listed; "sign out everywhere else" ends all but this one.
  await page.reload();
  const rows = page.getByTestId('sessions-table').locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThanOrEqual(2);
  await page.getByTestId('sessions-end-others').click();
  await expect(rows).toHaveCount(1);
  expect((await other.request.get('/api/auth/me')).status()).toBe(401);
  await elsewhere.close();

  // Turned off again, with the password and a fresh code, so the account stays as the other tests know it.
  const disable = page.getByTestId('second-factor-disable');
  await disable.locator('input[name="currentPassword"]').fill(DEMO_PASSWORD);
  await disable.locator('input[name="code"]').fill(await nextCode(secret));
  await disable.locator('button[type="submit"]').click();
  await expect(page.getByTestId('second-factor-status')).toHaveText(/désactivée|off/);
});
