import { expect, test } from './support/fixtures';
import { login, USERS } from './support/login';
import { mailTo } from './support/mail';

test('a visitor offers to join a group; its lead sees the newcomer, welcomes them with the keyboard, and the welcome email arrives', async ({
  browser,
  page,
  request,
}) => {
  const stamp = Date.now().toString(36);
  const email = `zoe.${stamp}@example.org`;
  const name = `Zoé Essai${stamp}`;

  // A visitor without an account, on the public form.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/join');
  const form = visitor.getByTestId('signup-form');
  await visitor.getByTestId('signup-group').click();
  await visitor.getByRole('option', { name: 'Technique' }).click();
  await form.locator('input[name="firstName"]').fill('Zoé');
  await form.locator('input[name="lastName"]').fill(`Essai${stamp}`);
  await form.locator('input[name="email"]').fill(email);
  await form.locator('textarea[name="message"]').fill('Je peux tester les imports le soir.');
  // Without consent, nothing is sent.
  await visitor.getByTestId('signup-submit').click();
  await expect(form.locator('input[name="consent"]')).toHaveAttribute('data-error', 'true');
  await form.locator('input[name="consent"]').check();
  await visitor.getByTestId('signup-submit').click();
  await expect(visitor.getByTestId('signup-done')).toBeVisible();

  // The group's welcome person is told.
  await mailTo(
    request,
    'victor.blanchard@ctc.example.org',
    new RegExp(`${name} souhaite rejoindre le groupe Technique`),
  );

  // The lead of Technique finds the newcomer on the board.
  await login(page, USERS.wgLead);
  await page.goto('/working-groups');
  await page.getByTestId('groups-table').getByRole('link', { name: 'Technique' }).click();
  const card = page.getByTestId('volunteer-card').filter({ hasText: name });
  await expect(page.getByTestId('stage-new').getByTestId('volunteer-card').filter({ hasText: name })).toBeVisible();

  // Keyboard only: pick the card up, move it one column right, drop it, then confirm the welcome.
  // Each step waits for what dnd-kit tells screen readers, as a person using one would.
  await card.getByRole('button', { name: new RegExp(name) }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByText(`Carte de ${name} au-dessus de « Nouveau·elle »`)).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(`Carte de ${name} au-dessus de « Accueilli·e »`)).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.locator('input[name="sendWelcomeEmail"]')).toBeChecked();
  await page.getByTestId('welcome-confirm').click();
  await expect(
    page.getByTestId('stage-welcomed').getByTestId('volunteer-card').filter({ hasText: name }),
  ).toBeVisible();

  const welcome = await mailTo(request, email, /Bienvenue dans le groupe Technique/);
  expect(welcome.text).toContain('gt-technique@lists.example.org');
  expect(welcome.text).toContain('https://chat.example.org/channel/gt-technique');
  expect(welcome.text).toContain('Sophie Vasseur vous accueille');

  // The card's own stage menu works too, and the profile keeps the dated steps.
  await card.getByTestId('card-stage').selectOption('active');
  await expect(page.getByTestId('stage-active').getByTestId('volunteer-card').filter({ hasText: name })).toBeVisible();
  await card.getByRole('link', { name }).click();
  await expect(page.getByTestId('volunteer-entries').locator('.mantine-Timeline-item')).toHaveCount(3);
});

test('a wg_lead reads another group without any control over it', async ({ page }) => {
  await login(page, USERS.wgLead);
  await page.goto('/working-groups');
  await page.getByTestId('groups-table').getByRole('link', { name: 'Sources' }).click();
  await expect(page.getByTestId('group-members')).toBeVisible();
  await expect(page.getByTestId('group-edit')).toHaveCount(0);
  await expect(page.getByTestId('add-member')).toHaveCount(0);
  await expect(page.getByTestId('volunteer-board')).toHaveCount(0);
});

test('a volunteer sees only the groups they are in, and edits their own volunteer profile', async ({ page }) => {
  await login(page, USERS.volunteer);
  await page.goto('/working-groups');
  await expect(page.getByTestId('groups-table').locator('tbody tr')).toHaveCount(2);
  await expect(page.getByTestId('group-new')).toHaveCount(0);
  await page.locator('a[href^="/volunteers/"]').click();
  const form = page.getByTestId('profile-form');
  const territory = `Essonne ${Date.now().toString(36)}`;
  await form.locator('input[name="territory"]').fill(territory);
  await page.getByTestId('profile-submit').click();
  await expect(page.getByText(/^Profil de .+ enregistré$/)).toBeVisible();
  await expect(page.getByTestId('profile-submit')).toBeDisabled();
  await page.reload();
  await expect(page.getByTestId('profile-form').locator('input[name="territory"]')).toHaveValue(territory);
});
