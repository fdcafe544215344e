import type { Browser, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { csrfHeaders, login, USERS } from './support/login';
import { attachmentText, mailTo } from './support/mail';

const SHOTS = process.env.E2E_SCREENSHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

/** A visitor without an account, on the public registration page, in their language. */
async function visitor(browser: Browser, baseURL: string, locale: 'fr' | 'en' = 'fr') {
  const context = await browser.newContext({ baseURL });
  await context.addCookies([{ name: 'maillage_locale', value: locale, url: baseURL }]);
  return context.newPage();
}

async function registerOn(page: Page, eventId: string, who: { firstName: string; lastName: string; email: string }) {
  await page.goto(`/attend/${eventId}`);
  const form = page.getByTestId('registration-form');
  await form.getByLabel(/Prénom|First name/).fill(who.firstName);
  await form.getByLabel(/^Nom|Last name/).fill(who.lastName);
  await form.getByLabel(/Adresse e-mail|Email address/).fill(who.email);
  await page.getByTestId('registration-submit').click();
  await expect(page.getByTestId('registration-done')).toBeVisible();
}

test('the coordinator moves a source to "technical connection"; a person registers for a training from the public page and gets the .ics; the waiting list takes over', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  await login(page, USERS.coordinator);

  // The source's onboarding board step.
  const source = await page.request.post('/api/sources', {
    headers: await csrfHeaders(page),
    data: { name: `Carte des jardins ${stamp}`, partnerName: 'Jardins partagés', dataKind: 'places', feedKind: 'csv' },
  });
  expect(source.status()).toBe(201);
  const sourceId = ((await source.json()) as { id: string }).id;
  await page.goto(`/sources/${sourceId}`);
  await page.getByTestId('move-step-select').selectOption('technical_connection');
  await page.getByTestId('move-step-submit').click();
  await expect(page.getByTestId('source-step').first()).toContainText('3/7 · Connexion technique');

  // A training with one place, open for registration.
  const groups = (await (await page.request.get('/api/working-groups?q=Sources')).json()) as {
    items: { id: string; name: string }[];
  };
  const start = new Date(Date.now() + 9 * 86_400_000);
  start.setUTCHours(17, 30, 0, 0);
  const title = `Importer un flux CSV ${stamp}`;
  const created = await page.request.post('/api/events', {
    headers: await csrfHeaders(page),
    data: {
      title,
      kind: 'training',
      mode: 'remote',
      audience: 'source',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 90 * 60_000).toISOString(),
      videoLink: 'https://visio.example.org/formation-csv',
      capacity: 1,
      trainer: 'Léa Martin',
      description: 'Brancher le fichier CSV d’une source sur la carte commune.',
      groupId: groups.items.find((g) => g.name === 'Sources')!.id,
      registrationOpen: true,
    },
  });
  expect(created.status()).toBe(201);
  const eventId = ((await created.json()) as { id: string }).id;

  // A first person takes the only place and gets the confirmation with the calendar file.
  const first = { firstName: 'Camille', lastName: 'Rousseau', email: `camille.${stamp}@example.org` };
  const visitorPage = await visitor(browser, baseURL!);
  await visitorPage.goto(`/attend/${eventId}`);
  await expect(visitorPage.getByTestId('places-left')).toContainText('Il reste 1 place.');
  await shot(visitorPage, 'events-public-fr');
  await registerOn(visitorPage, eventId, first);
  const confirmation = await mailTo(request, first.email, /^Inscription confirmée/);
  expect(confirmation.text).toContain('https://visio.example.org/formation-csv');
  const ics = confirmation.attachments?.find((a) => a.contentType.startsWith('text/calendar'));
  expect(ics?.filename).toBe('evenement.ics');
  const calendar = await attachmentText(request, confirmation, ics!.generatedFileName);
  expect(calendar).toContain(`SUMMARY:${title}`);
  expect(calendar).toContain('DTSTART;TZID=Europe/Paris:');

  // The session is full: the next person goes on the waiting list, and is told so.
  const second = { firstName: 'Hugo', lastName: 'Lefèvre', email: `hugo.${stamp}@example.org` };
  const englishVisitor = await visitor(browser, baseURL!, 'en');
  await englishVisitor.goto(`/attend/${eventId}`);
  await expect(englishVisitor.getByTestId('places-full')).toContainText('Full');
  await shot(englishVisitor, 'events-public-en');
  await registerOn(englishVisitor, eventId, second);
  await mailTo(request, second.email, /^Waiting list/);

  // The first person cancels from the link in their mail: the place goes to the waiting list's first.
  const cancelUrl = new URL(/https?:\/\/\S+\/attend\/cancel\?token=\S+/.exec(confirmation.text)![0]);
  await visitorPage.goto(`${cancelUrl.pathname}${cancelUrl.search}`);
  await visitorPage.getByTestId('cancel-confirm').click();
  await expect(visitorPage.getByTestId('cancel-done')).toContainText(title);
  const promoted = await mailTo(request, second.email, /^A place has freed up/);
  expect(promoted.attachments?.some((a) => a.contentType.startsWith('text/calendar'))).toBe(true);

  // The coordinator sees who comes and records attendance afterwards.
  await page.goto(`/events/${eventId}`);
  const rows = page.getByTestId('event-registrations');
  await expect(rows).toContainText('Hugo Lefèvre');
  await expect(rows.getByRole('row', { name: /Hugo Lefèvre/ })).toContainText('Confirmé·e');
  await expect(rows.getByRole('row', { name: /Camille Rousseau/ })).toContainText('Annulé');
  await page.getByLabel('Hugo Lefèvre était présent·e').click();
  await expect(page.getByLabel('Hugo Lefèvre était présent·e')).toBeChecked();
  await expect(page.getByTestId('event-places')).toContainText('1 présent·e');
  await shot(page, 'event-page-fr');
  await page.goto('/events');
  await expect(page.getByTestId('events-table')).toContainText(title);
  await shot(page, 'events-fr');
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trainings and gatherings' })).toBeVisible();
  await shot(page, 'events-en');
  await page.getByTestId('language-switch').getByText('Français').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Formations et rassemblements' })).toBeVisible();
});

test('a volunteer reads their groups’ trainings, with nothing to create or manage', async ({ page }) => {
  await login(page, USERS.volunteer);
  await page.goto('/events');
  await expect(page.getByRole('heading', { level: 1, name: 'Formations et rassemblements' })).toBeVisible();
  await expect(page.getByTestId('event-new')).toHaveCount(0);
  await expect(page.getByTestId('gathering-cadence')).toHaveCount(0);
});
