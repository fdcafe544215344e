import { expect, test } from './support/fixtures';
import { csrfHeaders, login, USERS } from './support/login';

interface CaughtMail {
  to: { address: string }[];
  subject: string;
  text: string;
}

test('a contribution submitted by a COPIL member reaches the coordinator in the bell and by email', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const description = `Animation atelier carte ${Date.now()}`;
  const coordinator = await browser.newPage();
  await login(coordinator, USERS.coordinator);
  await coordinator.goto('/account');
  // Through the account page's control: a daily digest, then every time (each click saves).
  const choice = coordinator.getByTestId('notification-email');
  const saved = async (mode: string) =>
    expect
      .poll(
        async () =>
          ((await (await coordinator.request.get('/api/notifications/preference')).json()) as { byEmail: string })
            .byEmail,
      )
      .toBe(mode);
  await choice.getByText(/Un récapitulatif par jour|One summary a day/).click();
  await saved('digest');
  await choice.getByText(/À chaque fois|Every time/).click();
  await saved('immediate');

  const copil = await browser.newPage();
  await login(copil, USERS.copilColibris);
  const headers = await csrfHeaders(copil);
  const orgs = (await (await copil.request.get('/api/auth/me')).json()) as { user: { organisationIds: string[] } };
  const created = await copil.request.post('/api/contributions', {
    headers,
    data: {
      organisationId: orgs.user.organisationIds[0],
      type: 'working_time',
      unit: 'hour',
      startsOn: '2026-11-03',
      quantity: 2,
      description,
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await copil.request.post('/api/contributions/submit', { headers, data: { ids: [id] } })).status()).toBe(200);

  await coordinator.goto('/');
  const bell = coordinator.getByTestId('notification-bell');
  await expect(bell).toBeVisible();
  await bell.click();
  const item = coordinator.getByTestId('notification-item').filter({ hasText: description });
  await expect(item).toBeVisible();
  await item.click();
  await expect(coordinator).toHaveURL(new RegExp(`/contributions/${id}$`));

  const mailBase = process.env.E2E_MAIL_URL;
  if (!mailBase) throw new Error('E2E_MAIL_URL (the mail catcher of the stack) is needed to read the notification');
  await expect
    .poll(
      async () => {
        const mails = (await (await coordinator.request.get(`${mailBase}/api/email`)).json()) as CaughtMail[];
        return mails.some(
          (m) =>
            m.to.some((to) => to.address === USERS.coordinator) &&
            /ce qui vous concerne|what concerns you/.test(m.subject) &&
            m.text.includes(description),
        );
      },
      { timeout: 15_000 },
    )
    .toBe(true);
});
