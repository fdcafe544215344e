import mjml2html from 'mjml';
import { renderEmail } from '../src';
import { samples } from '../src/samples';

// Counts the real compiler's calls.
jest.mock('mjml', () => jest.fn(jest.requireActual('mjml')));

it('compiles each template once, however many renders and locales follow', async () => {
  await Promise.all([
    renderEmail('invitation', { locale: 'fr', vars: samples.invitation }),
    renderEmail('invitation', { locale: 'en', vars: samples.invitation }),
  ]);
  await renderEmail('invitation', { locale: 'fr', vars: { ...samples.invitation, firstName: 'Yanis' } });
  expect(mjml2html).toHaveBeenCalledTimes(1);

  await renderEmail('password-reset', { locale: 'en', vars: samples['password-reset'] });
  await renderEmail('password-reset', { locale: 'fr', vars: samples['password-reset'] });
  expect(mjml2html).toHaveBeenCalledTimes(2);
});
