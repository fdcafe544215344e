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

test('the coordinator changes an event’s capacity and a kit’s version; a COPIL member gets no edit button', async ({
  page,
}) => {
  const stamp = Date.now().toString(36);
  await login(page, USERS.coordinator);
  const groups = (await (await page.request.get('/api/working-groups?q=Sources')).json()) as {
    items: { id: string; name: string }[];
  };
  const groupId = groups.items.find((g) => g.name === 'Sources')!.id;
  const start = new Date(Date.now() + 20 * 86_400_000);
  start.setUTCHours(8, 0, 0, 0);
  const title = `Rassemblement d’automne ${stamp}`;
  const event = await page.request.post('/api/events', {
    headers: await csrfHeaders(page),
    data: {
      title,
      kind: 'gathering',
      mode: 'in_person',
      audience: 'public',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 8 * 3_600_000).toISOString(),
      place: 'Lyon',
      capacity: 40,
      groupId,
      registrationOpen: true,
    },
  });
  expect(event.status()).toBe(201);
  const eventId = ((await event.json()) as { id: string }).id;
  const kitTitle = `Kit des formateurs ${stamp}`;
  const kit = await page.request.post('/api/kits', {
    headers: await csrfHeaders(page),
    data: { title: kitTitle, audience: 'ambassador', groupId, version: '1.0', publishedOn: '2026-11-02' },
  });
  expect(kit.status()).toBe(201);

  // The event's capacity: the field says what is wrong, then the new figure is saved.
  await page.goto(`/events/${eventId}`);
  await page.getByTestId('event-edit').click();
  await page.getByTestId('event-capacity').fill('');
  await page.getByTestId('event-submit').click();
  await expect(page.getByTestId('event-form')).toContainText('Ce champ est obligatoire');
  await page.getByTestId('event-capacity').fill('60');
  await shot(page, 'event-edit');
  await page.getByTestId('event-submit').click();
  await expect(page.getByTestId('event-places')).toContainText('60');
  await expect(page.getByTestId('event-form')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('event-places')).toContainText('60');

  // The kit's version.
  await page.goto('/events');
  const row = page.getByTestId('kits-table').getByRole('row').filter({ hasText: kitTitle });
  await row.getByTestId('kit-edit').click();
  const form = page.getByTestId('kit-form');
  await form.getByLabel(/^Version/).fill('2.1');
  await form.getByLabel('Liens (un par ligne)').fill('https://wiki.example.org/kit-formateurs');
  await shot(page, 'kit-form');
  await page.getByTestId('kit-form-submit').click();
  await expect(row).toContainText('2.1');
  await expect(row).toContainText('https://wiki.example.org/kit-formateurs');

  await page.context().clearCookies();
  await login(page, USERS.copilColibris);
  await page.goto(`/events/${eventId}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId('event-edit')).toHaveCount(0);
  await page.goto('/events');
  await expect(page.getByTestId('kits-table')).toContainText(kitTitle);
  await expect(page.getByTestId('kit-edit')).toHaveCount(0);
});
