import { expect, test } from './support/fixtures';
import type { Page } from '@playwright/test';
import { login, USERS } from './support/login';

/** Picks a person in a remote person select by typing part of their name. */
async function pickPerson(page: Page, testId: string, search: string, name: string) {
  const input = page.getByTestId(testId).last();
  await input.click();
  await input.fill(search);
  await page.getByRole('option', { name }).click();
}

async function switchUser(page: Page, email: string) {
  await page.context().clearCookies();
  await login(page, email);
}

test('the coordinator records a COPIL with two decisions and an action item; the owner finds it in "my actions"', async ({
  page,
}) => {
  const stamp = Date.now().toString(36);
  const title = `COPIL de test ${stamp}`;
  const action = `Préparer la venue de POP Café ${stamp}`;
  await login(page, USERS.coordinator);

  await page.goto('/meetings/new');
  const form = page.getByTestId('meeting-form');
  await form.locator('input[name="title"]').fill(title);
  await form.locator('input[data-name="day"]').fill('2026-03-12');
  await form.locator('input[data-name="day"]').press('Tab');
  await page.getByTestId('agenda-add').click();
  await form.locator('input[name="agenda.0.title"]').fill('Adhésion de POP Café');
  await page.getByTestId('attendee-add').click();
  await pickPerson(page, 'attendee-person', 'Berthel', 'Nadia Berthelot');
  await page.getByTestId('meeting-submit').click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId('meeting-attendees')).toContainText('Nadia Berthelot');

  // First decision: by consent.
  await page.getByTestId('decision-new').click();
  let dialog = page.getByTestId('decision-form');
  await dialog.locator('input[name="title"]').fill(`Adhésion de POP Café ${stamp}`);
  await dialog.locator('textarea[name="proposal"]').fill('Accueillir POP Café comme organisation membre.');
  await page.getByTestId('decision-submit').click();
  await expect(dialog).toBeHidden();

  // Second decision: a vote, whose counts are required.
  await page.getByTestId('decision-new').click();
  dialog = page.getByTestId('decision-form');
  await dialog.locator('input[name="title"]').fill(`Budget de l’événement ${stamp}`);
  await dialog.locator('textarea[name="proposal"]').fill('Consacrer 800 € au Transiscothon.');
  await page.getByTestId('decision-method').click();
  await page.getByRole('option', { name: /^(Vote)$/ }).click();
  await page.getByTestId('decision-submit').click();
  await expect(dialog.locator('input[name="votesFor"]')).toHaveAttribute('aria-invalid', 'true');
  await dialog.locator('input[name="votesFor"]').fill('7');
  await dialog.locator('input[name="votesAgainst"]').fill('1');
  await dialog.locator('input[name="votesAbstain"]').fill('0');
  await page.getByTestId('decision-submit').click();
  await expect(dialog).toBeHidden();
  const decisions = page.getByTestId('meeting-decisions');
  await expect(decisions.locator('tbody tr')).toHaveCount(2);
  await expect(decisions).toContainText(`Budget de l’événement ${stamp}`);

  // The action item, entrusted to Nadia.
  await page.getByTestId('action-new').click();
  const actionForm = page.getByTestId('action-form');
  await actionForm.locator('input[name="title"]').fill(action);
  await pickPerson(page, 'action-owner', 'Berthel', 'Nadia Berthelot');
  await actionForm.locator('input[data-name="dueOn"]').fill('2099-04-01');
  await actionForm.locator('input[data-name="dueOn"]').press('Tab');
  await page.getByTestId('action-submit').click();
  await expect(actionForm).toBeHidden();
  await expect(page.getByTestId('meeting-actions')).toContainText(action);

  // The owner finds it among their actions, and moves it forward.
  await switchUser(page, USERS.copilColibris);
  await page.goto('/my-actions');
  const mine = page.getByTestId('my-actions');
  const row = mine.locator('tbody tr', { hasText: action });
  await expect(row).toBeVisible();
  await expect(row).toContainText(title);
  await row.getByTestId('action-status').click();
  await page.getByRole('option', { name: 'En cours' }).click();
  await expect(row.getByTestId('action-status')).toHaveValue('En cours');
});

test('a contractor logs time on their mission and sees the month’s total', async ({ page }) => {
  await login(page, USERS.contractor);
  await page.goto('/missions');
  const missions = page.getByTestId('missions-table');
  await expect(missions.locator('tbody tr')).toHaveCount(1);
  await missions.locator('tbody a').first().click();
  const total = page.getByTestId('month-total');
  await expect(total).toBeVisible();
  const used = async () =>
    Number((/: ([\d,]+) j/.exec((await total.textContent()) ?? '')?.[1] ?? 'x').replace(',', '.'));
  const before = await used();
  expect(before).not.toBeNaN();

  const description = `Tests du connecteur ICS ${Date.now().toString(36)}`;
  const form = page.getByTestId('time-entry-form');
  await form.locator('input[name="quantity"]').fill('0,5');
  await form.locator('input[name="description"]').fill(description);
  await page.getByTestId('time-entry-submit').click();
  await expect(page.getByTestId('time-entries')).toContainText(description);
  await expect.poll(used).toBeCloseTo(before + 0.5, 2);
  // Nobody else's rate or mission here.
  await expect(page.locator('body')).not.toContainText('380,00');
});
