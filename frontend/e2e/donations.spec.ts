import { HelloAssoFixture } from '../../backend/test/support/helloasso-fixture';
import { expect, test } from './support/fixtures';
import { csrfHeaders, login, USERS } from './support/login';
import { mailTo } from './support/mail';

// The demo campaign, tied to its HelloAsso form (backend/src/modules/donations/donations.seed.ts).
const CAMPAIGN = 'Renforcer nos communs';
const SLUG = 'renforcer-nos-communs';

/**
 * HelloAsso is the fixture server, started here on the port the stack's API was given (scripts/test.mjs sets
 * E2E_HELLOASSO_URL and the API's HELLOASSO_API_URL to it): the orders served are this run's.
 */
const fixture = new HelloAssoFixture();
const stamp = Date.now().toString(36);
// HelloAsso's ids are numbers, unique across runs against the same database.
const baseId = Number(String(Date.now()).slice(-9));
const donor = { email: `amandine.${stamp}@example.org`, firstName: 'Amandine', lastName: `Lemoine ${stamp}` };

test.beforeAll(async () => {
  const url = process.env.E2E_HELLOASSO_URL;
  if (!url) throw new Error('E2E_HELLOASSO_URL (where the API expects HelloAsso) is needed');
  const today = new Date().toISOString();
  fixture.orders = [
    {
      id: baseId,
      formSlug: SLUG,
      formType: 'Donation',
      payer: { ...donor, address: '3 rue des Tilleuls', zipCode: '38000', city: 'Grenoble' },
      payments: [{ id: baseId + 1, amount: 12_000, date: today, state: 'Authorized' }],
    },
  ];
  await fixture.start(Number(new URL(url).port));
});

test.afterAll(() => fixture.stop());

test('the coordinator syncs the HelloAsso campaign, issues the receipt, and the donor gets it by mail', async ({
  page,
  browser,
}) => {
  await login(page, USERS.coordinator);
  // Receipts are off on a new install: the coordinator turns them on (idempotent across runs).
  await page.goto('/donations/receipts');
  const settings = page.getByTestId('settings-form');
  await settings.getByLabel('L’association peut délivrer des reçus fiscaux (CERFA n° 11580)').check();
  await settings.getByTestId('settings-submit').click();
  await expect(page.getByTestId('receipts-disabled')).toHaveCount(0);

  await page.getByRole('tab', { name: 'Campagnes' }).click();
  await page.getByRole('link', { name: CAMPAIGN }).click();
  await expect(page.getByRole('heading', { level: 1, name: CAMPAIGN })).toBeVisible();
  await page.getByTestId('campaign-sync').click();
  await expect(page.getByText(/HelloAsso : 1 commande lue, 1 don ajouté/)).toBeVisible();

  const row = page.getByTestId('gifts-table').getByRole('row').filter({ hasText: donor.lastName });
  await expect(row).toContainText('120,00');
  await expect(row).toContainText('HelloAsso');
  await row.getByTestId('gift-issue-receipt').click();
  await expect(row.getByTestId('gift-issue-receipt')).toHaveCount(0);
  await expect(row).toContainText(new RegExp(`${new Date().getFullYear()}-\\d+`));

  // The receipt, as a PDF attachment, reaches the donor through the outbox.
  const mail = await mailTo(page.request, donor.email, /reçu fiscal/);
  expect(mail.attachments?.[0]?.contentType).toBe('application/pdf');

  // The donor's page has the receipt, in force; so has the receipts' list, beside the year's declaration.
  await row.getByRole('link', { name: `${donor.firstName} ${donor.lastName}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${donor.firstName} ${donor.lastName}` })).toBeVisible();
  await expect(page.getByTestId('receipts-table')).toContainText('En vigueur');
  await page.goto('/donations/receipts');
  await expect(page.getByTestId('receipts-table')).toContainText(`${donor.firstName} ${donor.lastName}`);
  await expect(page.getByTestId('declaration-panel')).toContainText('Reçus émis');

  // The public page: the totals, nothing about who gave, for anyone.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/don/${SLUG}`);
  await expect(visitor.getByTestId('campaign-progress')).toContainText('collectés');
  await expect(visitor.getByTestId('public-campaign')).not.toContainText(donor.lastName);
  await visitor.close();
});

test('a cheque entered by hand; cancelling its receipt reissues one under a new number', async ({ page }) => {
  await login(page, USERS.treasurer);
  await page.goto('/donations/gifts');
  await page.getByTestId('gift-new').click();
  const form = page.getByTestId('gift-form');
  await form.getByLabel(/^Nom/).fill(`Chèque ${stamp}`);
  await form.getByLabel('Montant').fill('45');
  await form.getByTestId('gift-form-submit').click();
  await expect(form).toHaveCount(0);
  const row = page
    .getByTestId('gifts-table')
    .getByRole('row')
    .filter({ hasText: `Chèque ${stamp}` });
  await expect(row).toContainText('45,00');
  await row.getByTestId('gift-issue-receipt').click();
  await expect(row.getByTestId('gift-issue-receipt')).toHaveCount(0);
  const first = (await row.locator('td').last().innerText()).trim();

  await row.getByRole('link', { name: `Chèque ${stamp}` }).click();
  await page.getByTestId('receipt-cancel').click();
  const cancel = page.getByTestId('receipt-cancel-form');
  await cancel.getByLabel('Motif').fill('Adresse incomplète');
  await cancel.getByTestId('receipt-cancel-form-submit').click();
  const receipts = page.getByTestId('receipts-table');
  await expect(receipts).toContainText('Annulé : Adresse incomplète');
  await expect(receipts).toContainText('Remplace un reçu annulé');
  await expect(receipts.getByRole('row')).toHaveCount(3);
  await expect(receipts).toContainText(first);
});

test('the communication team and a volunteer see the campaigns’ totals only, nothing of who gave', async ({
  page,
  browser,
}) => {
  await login(page, USERS.comms);
  await page.getByRole('link', { name: 'Dons', exact: true }).click();
  await expect(page.getByTestId('campaign-progress').first()).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Donateurs' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Nouvelle campagne' })).toHaveCount(0);
  await page.getByRole('link', { name: CAMPAIGN }).click();
  await expect(page.getByRole('heading', { level: 1, name: CAMPAIGN })).toBeVisible();
  await expect(page.getByTestId('campaign-progress')).toBeVisible();
  await expect(page.getByTestId('campaign-sync')).toHaveCount(0);
  await expect(page.getByTestId('gifts-table')).toHaveCount(0);

  const volunteer = await (await browser.newContext()).newPage();
  await login(volunteer, USERS.volunteer);
  await volunteer.getByRole('link', { name: 'Dons', exact: true }).click();
  await expect(volunteer.getByTestId('campaign-progress').first()).toBeVisible();
  await expect(volunteer.getByRole('tab')).toHaveCount(0);
  // Typed by hand, the donors' page is refused whole.
  await volunteer.goto('/donations/donors');
  await expect(volunteer.getByTestId('no-access')).toBeVisible();
  await expect(volunteer.getByRole('table')).toHaveCount(0);
  await volunteer.close();
});

test('the newsletter’s call for donations, fed by a campaign, links its public page and shows its progress', async ({
  page,
}) => {
  await login(page, USERS.comms);
  await page.goto('/newsletters');
  await page.getByTestId('issue-new').click();
  await page.getByTestId('issue-title').fill(`Appel aux dons ${stamp}`);
  await page.getByTestId('block-0-html').locator('.ProseMirror').click();
  await page.keyboard.type('Les nouvelles du réseau.');
  await page.getByTestId('add-block').click();
  await page.getByTestId('add-block-donation').click();
  await page.getByTestId('block-1-title').fill('Soutenez nos communs');
  await page.getByTestId('block-1-text').fill('Chaque don finance la carte.');
  await page.getByTestId('block-1-buttonLabel').fill('Faire un don');
  await page.getByTestId('block-1').getByTestId('campaign-select').click();
  await page.getByRole('option', { name: CAMPAIGN }).click();
  // Choosing a campaign with a public page points the button at it.
  await expect(page.getByTestId('block-1-buttonUrl')).toHaveValue(new RegExp(`/don/${SLUG}$`));

  await page.getByTestId('issue-preview-button').click();
  const preview = page.frameLocator('[data-testid="preview-frame-desktop"]');
  await expect(preview.getByText(/collectés sur 15\s000,00\s€/)).toBeVisible();
  await expect(preview.getByText(/Donateurs et donatrices/)).toBeVisible();
  await expect(preview.getByRole('link', { name: 'Faire un don' })).toHaveAttribute(
    'href',
    new RegExp(`/don/${SLUG}$`),
  );
});

test('a campaign without a public page answers "no public page"', async ({ page }) => {
  await login(page, USERS.coordinator);
  const slug = `prive-${stamp}`;
  const created = await page.request.post('/api/donations/campaigns', {
    headers: await csrfHeaders(page),
    data: { name: `Campagne privée ${stamp}`, slug },
  });
  expect(created.status()).toBe(201);
  await page.goto(`/don/${slug}`);
  await expect(page.getByText('Cette campagne n’a pas de page publique.')).toBeVisible();
});
