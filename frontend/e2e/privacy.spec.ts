import { expect, test } from './support/fixtures';
import { csrfHeaders, login, USERS } from './support/login';

test('the coordinator records an erasure request from a person’s page, sees its deadline, and carries it out', async ({
  page,
}) => {
  await login(page, USERS.coordinator);
  // A person of our own, so that no other test meets the erasure.
  const lastName = `Effaçable${Date.now()}`;
  const created = await page.request.post('/api/people', {
    data: { firstName: 'Prune', lastName, email: `${lastName.toLowerCase()}@example.org`, phone: '06 00 00 00 01' },
    headers: await csrfHeaders(page),
  });
  expect(created.status()).toBe(201);
  const person = (await created.json()) as { id: string };

  await page.goto(`/people/${person.id}`);
  await page.getByTestId('person-privacy-request').click();
  await expect(page).toHaveURL(new RegExp(`/privacy\\?personId=${person.id}$`));
  const form = page.getByTestId('privacy-request-form');
  await expect(page.getByTestId('privacy-person')).toHaveValue(`Prune ${lastName}`);
  await page.getByTestId('privacy-kind').click();
  await page.getByRole('option', { name: 'Effacement' }).click();
  await page.getByTestId('privacy-submit').click();

  // Due one month after today, in Paris.
  const today = new Date(new Date().toLocaleString('en-US', { timeZone: 'Europe/Paris' }));
  const due = new Date(today.getFullYear(), today.getMonth() + 1, 1);
  due.setDate(Math.min(today.getDate(), new Date(due.getFullYear(), due.getMonth() + 1, 0).getDate()));
  const dueText = due.toLocaleDateString('fr-FR', { dateStyle: 'medium' }); // 7 janv. 2027
  const pending = page.getByTestId('privacy-pending');
  const row = pending.locator('tr', { hasText: `Prune ${lastName}` });
  await expect(row).toContainText('Effacement');
  await expect(row).toContainText(dueText);
  await expect(form.getByTestId('privacy-person')).toHaveValue('');

  // The confirmation names the consequences before anything happens.
  await row.getByRole('button', { name: 'Effacer' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Irréversible');
  await expect(dialog).toContainText('Ses contributions, versements et répartitions restent');
  await dialog.getByRole('button', { name: 'Effacer' }).click();
  await expect(dialog).toBeHidden();

  await expect(pending.locator('tr', { hasText: lastName })).toHaveCount(0);
  const done = page
    .getByTestId('privacy-done')
    .locator('tr', { hasText: /personne effacée n° \d+/ })
    .first();
  await expect(done).toContainText('Traitée');
  await page.goto(`/people/${person.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^personne effacée n° \d+$/);
  await expect(page.getByText(lastName)).toHaveCount(0);
});
