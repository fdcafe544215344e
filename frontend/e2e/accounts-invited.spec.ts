import { expect, test } from './support/fixtures';
import { csrfHeaders, login, USERS } from './support/login';

test('an invited account that never signed in shows its invitation pending, not as active', async ({ page }) => {
  await login(page, USERS.coordinator);
  const email = `invitee.${Date.now().toString(36)}@maillage.test`;
  const invited = await page.request.post('/api/invitations', {
    data: { email, firstName: 'Yasmine', lastName: 'Invitée', roles: ['volunteer'] },
    headers: await csrfHeaders(page),
  });
  expect(invited.status()).toBe(201);
  await page.goto(`/accounts?q=${encodeURIComponent(email)}`);
  const row = page.getByRole('row', { name: new RegExp(email.replace(/\./g, '\\.')) });
  await expect(row.getByTestId('account-invited')).toHaveText(/Invitation en attente|Invitation pending/);
  await expect(row).not.toContainText(/Actif|Active/);
});
