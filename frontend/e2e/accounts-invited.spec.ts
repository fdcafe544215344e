import { expect, test } from './support/fixtures';
import { csrfHeaders, login, USERS } from './support/login';
import { mailsTo, type CaughtMail } from './support/mail';

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

test('the coordinator sends a pending invitation again (the mail names the COPIL seat, the old link dies), then revokes it', async ({
  page,
}) => {
  await login(page, USERS.coordinator);
  const email = `relance.${Date.now().toString(36)}@maillage.test`;
  const orgs = await page.request.get('/api/organisations?q=Colibris');
  const colibris = ((await orgs.json()) as { items: { id: string; name: string }[] }).items[0];
  const invited = await page.request.post('/api/invitations', {
    data: { email, firstName: 'Inès', lastName: 'Relance', roles: ['copil'], organisationIds: [colibris.id] },
    headers: await csrfHeaders(page),
  });
  expect(invited.status()).toBe(201);
  const subject = /invite|invites/;
  const [first] = await mailsTo(page.request, email, subject);
  const token = (mail: CaughtMail) => /invitation\?token=([\w-]+)/.exec(mail.text)![1];

  await page.goto(`/accounts?q=${encodeURIComponent(email)}`);
  const row = page.getByRole('row', { name: new RegExp(email.replace(/\./g, '\\.')) });
  await row.getByRole('button', { name: /Renvoyer l’invitation de|Resend the invitation of/ }).click();
  await expect(page.getByText(new RegExp(`Invitation envoyée à ${email.replace(/\./g, '\\.')}`))).toBeVisible();
  const [, second] = await mailsTo(page.request, email, subject, 2);
  expect(second.text).toContain(`(siège de ${colibris.name} au COPIL)`);
  expect(token(second)).not.toBe(token(first));
  expect((await page.request.get(`/api/auth/invitations/${token(first)}`)).status()).toBe(410);
  expect((await page.request.get(`/api/auth/invitations/${token(second)}`)).status()).toBe(200);
  await page.screenshot({ path: test.info().outputPath('accounts-pending.png') });

  await row.getByRole('button', { name: /Révoquer l’invitation de|Revoke the invitation of/ }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^(Révoquer|Revoke)$/ })
    .click();
  await expect(row.getByTestId('account-revoked')).toHaveText(/Invitation révoquée|Invitation revoked/);
  await expect(row.getByRole('button', { name: /Renvoyer|Resend/ })).toHaveCount(0);
  expect((await page.request.get(`/api/auth/invitations/${token(second)}`)).status()).toBe(410);
  // The dead link, opened as the invited person would.
  await page.context().clearCookies();
  await page.goto(`/invitation?token=${token(second)}`);
  await expect(page.getByTestId('form-error')).toContainText(/plus valable|no longer valid/);
});
