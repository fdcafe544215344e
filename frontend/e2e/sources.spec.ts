import { expect, test } from './support/fixtures';
import { csrfHeaders, login, USERS } from './support/login';

test('the coordinator moves a source to "technical connection"; the list filters on the step, the organisation shows it', async ({
  page,
}) => {
  await login(page, USERS.coordinator);
  const stamp = Date.now().toString(36);
  const name = `Carte des Oasis ${stamp}`;
  const orgs = await page.request.get('/api/organisations?q=Colibris');
  const colibris = ((await orgs.json()) as { items: { id: string; name: string }[] }).items.find(
    (o) => o.name === 'Colibris',
  )!;
  const created = await page.request.post('/api/sources', {
    headers: await csrfHeaders(page),
    data: { name, organisationId: colibris.id, dataKind: 'places', feedKind: 'gogocarto' },
  });
  expect(created.status()).toBe(201);

  await page.goto(`/sources?q=${stamp}`);
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByTestId('source-step').first()).toContainText('1/7');

  await page.getByTestId('move-step-select').selectOption('technical_connection');
  await page.getByLabel('Note').fill('Import dynamique branché sur le Gogocarto');
  await page.getByTestId('move-step-submit').click();
  await expect(page.getByTestId('source-step').first()).toContainText('3/7 · Connexion technique');
  await expect(page.getByTestId('source-path')).toContainText('Import dynamique branché sur le Gogocarto');

  // The list, filtered on the step, has it; so does Colibris's page.
  await page.goto(`/sources?step=technical_connection&q=${stamp}`);
  await expect(page.getByTestId('sources-table')).toContainText(name);
  await page.goto(`/organisations/${colibris.id}`);
  await expect(page.getByTestId('organisation-sources')).toContainText(name);
});

test('a volunteer has no sources page in the navigation', async ({ page }) => {
  await login(page, USERS.volunteer);
  await expect(page.getByRole('link', { name: 'Sources de la carte' })).toHaveCount(0);
});

test('on the board, the coordinator moves a source to the next step and its page shows it; a COPIL member has no handle', async ({
  page,
}) => {
  await login(page, USERS.coordinator);
  const stamp = Date.now().toString(36);
  const name = `Agenda des Possibles ${stamp}`;
  const orgs = await page.request.get('/api/organisations?q=Colibris');
  const colibris = ((await orgs.json()) as { items: { id: string; name: string }[] }).items.find(
    (o) => o.name === 'Colibris',
  )!;
  const created = await page.request.post('/api/sources', {
    headers: await csrfHeaders(page),
    data: { name, organisationId: colibris.id, dataKind: 'events', feedKind: 'json' },
  });
  expect(created.status()).toBe(201);

  await page.goto(`/sources?q=${stamp}`);
  await page.getByTestId('sources-view').getByText('Tableau').click();
  const card = page.getByTestId('stage-first_contact').getByTestId('source-card').filter({ hasText: name });
  await expect(card).toContainText('Colibris');

  // Keyboard drag and drop: pick the card up, one column right, drop it.
  await card.getByRole('button', { name: `Déplacer la carte de ${name}` }).focus();
  await page.keyboard.press('Space');
  await page.waitForTimeout(200);
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(200);
  await page.keyboard.press('Space');
  const moved = page.getByTestId('stage-agreement_signed').getByTestId('source-card').filter({ hasText: name });
  await expect(moved).toBeVisible();

  // The card's menu does the same, one step further.
  await moved.getByTestId('card-stage').selectOption('technical_connection');
  const connected = page.getByTestId('stage-technical_connection').getByTestId('source-card').filter({ hasText: name });
  await expect(connected).toBeVisible();

  await connected.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByTestId('source-step').first()).toContainText('3/7 · Connexion technique');

  // A COPIL member of Colibris reads the board but moves nothing.
  await page.context().clearCookies();
  await login(page, USERS.copilColibris);
  await page.goto(`/sources?view=board&q=${stamp}`);
  await expect(page.getByTestId('source-card').filter({ hasText: name })).toBeVisible();
  await expect(page.getByTestId('card-handle')).toHaveCount(0);
  await expect(page.getByTestId('card-stage')).toHaveCount(0);
});

test('a volunteer gets no board handle either: the sources are not theirs to read', async ({ page }) => {
  await login(page, USERS.volunteer);
  await page.goto('/sources?view=board');
  await expect(page.getByTestId('card-handle')).toHaveCount(0);
  await expect(page.getByTestId('source-card')).toHaveCount(0);
});
