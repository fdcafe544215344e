import { expect, test } from './support/fixtures';
import { login, USERS } from './support/login';
import { TIME_ZONE } from '../src/lib/time-zone';

/** "YYYY-MM-DDTHH:MM" of now in Paris, as a datetime-local input holds it (the browser runs in Europe/Paris). */
function nowInParis(): string {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date());
  return parts.replace(' ', 'T');
}

test('the communication team composes an issue of three blocks, previews it, schedules it, and it goes out', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const title = `Lettre de test ${Date.now().toString(36)}`;
  await login(page, USERS.comms);
  await page.goto('/newsletters');
  await page.getByTestId('issue-new').click();

  await page.getByTestId('issue-title').fill(title);
  await page.getByRole('combobox', { name: 'Listes' }).click({ force: true });
  await page.getByRole('option', { name: /La lettre du réseau/ }).click();
  await page.keyboard.press('Escape');

  // Block 1: the editorial there by default, in the rich-text editor.
  await page.getByTestId('block-0-html').locator('.ProseMirror').click();
  await page.keyboard.type('Bonjour à toutes et à tous, voici les nouvelles du réseau.');
  // Block 2: an article.
  await page.getByTestId('add-block').click();
  await page.getByTestId('add-block-article').click();
  await page.getByTestId('block-1-title').fill('Retour sur la rencontre des territoires');
  await page.getByTestId('block-1-text').fill('Quarante personnes, douze organisations, une carte à jour.');
  await page.getByTestId('block-1-linkUrl').fill('https://transiscope.example.org/rencontre');
  // Block 3: a call for donations.
  await page.getByTestId('add-block').click();
  await page.getByTestId('add-block-donation').click();
  await page.getByTestId('block-2-title').fill('Soutenez la carte');
  await page.getByTestId('block-2-text').fill('Un don finance l’hébergement.');
  await page.getByTestId('block-2-buttonLabel').fill('Faire un don');
  await page.getByTestId('block-2-buttonUrl').fill('https://transiscope.example.org/don');
  // Reordered: the donation goes up above the article, then back.
  await page
    .getByTestId('block-2')
    .getByRole('button', { name: /Monter le bloc/ })
    .click();
  await expect(page.getByTestId('block-1')).toHaveAttribute('data-block-type', 'donation');
  await page
    .getByTestId('block-1')
    .getByRole('button', { name: /Descendre le bloc/ })
    .click();
  await expect(page.getByTestId('block-2')).toHaveAttribute('data-block-type', 'donation');

  // The preview shows the mail as sent, at desktop and phone widths.
  await page.getByTestId('issue-preview-button').click();
  const desktop = page.frameLocator('[data-testid="preview-frame-desktop"]');
  await expect(desktop.getByRole('heading', { name: title })).toBeVisible();
  await expect(desktop.getByText('Retour sur la rencontre des territoires')).toBeVisible();
  await expect(desktop.getByText('Bonjour Léa,')).toBeVisible();
  await page.getByTestId('preview-device').getByText('Mobile').click();
  await expect(
    page.frameLocator('[data-testid="preview-frame-mobile"]').getByRole('link', { name: 'Faire un don' }),
  ).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByTestId('issue-save').click();
  await page.waitForURL(/\/newsletters\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('issue-status')).toHaveText(/Brouillon/i);

  // Scheduled for now: the send worker picks it up; the counts go live until it is sent.
  await page.getByTestId('issue-send-at').fill(nowInParis());
  await page.getByTestId('issue-schedule').click();
  await expect(page.getByTestId('issue-status')).toHaveText(/Programmée|En cours d’envoi|Envoyée/i);
  await expect(page.getByTestId('issue-status')).toHaveText(/Envoyée/i, { timeout: 60_000 });
  const stats = page.getByTestId('send-stats');
  await expect(stats).toContainText('Envoyés');
  const counts = await stats.locator('.mantine-Text-root').allTextContents();
  const value = (label: string) => Number(counts[counts.indexOf(label) + 1]);
  expect(value('Destinataires')).toBeGreaterThan(0);
  expect(value('Envoyés')).toBe(value('Destinataires'));
  expect(value('Échecs')).toBe(0);

  // Where the stack's SMTP sink is maildev (E2E_MAIL_URL), the message is there, with one-click unsubscribe.
  const maildev = process.env.E2E_MAIL_URL;
  if (maildev) {
    const mails = (await (await page.request.get(`${maildev}/api/email`)).json()) as { id: string; subject: string }[];
    const mail = mails.find((m) => m.subject === title);
    const source = await (await page.request.get(`${maildev}/api/email/${mail!.id}/source`)).text();
    expect(source).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    expect(source).toMatch(/^List-Unsubscribe:/m);
  }
});

test('anyone can subscribe from the public page, without an account', async ({ page }) => {
  await page.goto('/newsletter/subscribe');
  await page.getByLabel('Adresse e-mail').fill(`lectrice-${Date.now().toString(36)}@example.org`);
  await page.getByRole('checkbox', { name: 'La lettre du réseau', exact: true }).check();
  await page.getByRole('button', { name: 'M’inscrire' }).click();
  await expect(page.getByText('Cochez la case pour vous inscrire')).toBeVisible();
  await page.getByTestId('subscribe-consent').check();
  await page.getByRole('button', { name: 'M’inscrire' }).click();
  await expect(page.getByTestId('subscribe-done')).toBeVisible();
  await page.goto('/newsletter/archive');
  await expect(page.getByTestId('archive').getByRole('link').first()).toBeVisible();
});
