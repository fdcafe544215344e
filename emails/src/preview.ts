import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { emailNames } from './emails';
import { locales } from './i18n';
import { personaliseNewsletter, renderNewsletter } from './newsletter';
import { renderEmail } from './render';
import { newsletterSample, samples } from './samples';

/** Writes every email in every locale to preview/ (HTML to open in a browser, text part beside it). */
async function main(): Promise<void> {
  const dir = path.join(__dirname, '..', 'preview');
  await mkdir(dir, { recursive: true });
  for (const name of emailNames) {
    for (const locale of locales) {
      const { subject, html, text } = await renderEmail(name, { locale, vars: samples[name] });
      const base = path.join(dir, `${name}.${locale}`);
      await writeFile(`${base}.html`, html);
      await writeFile(`${base}.txt`, `Subject: ${subject}\n\n${text}`);
      console.log(`${base}.html`);
    }
  }
  for (const locale of locales) {
    const issue = personaliseNewsletter(await renderNewsletter({ ...newsletterSample, locale }), {
      firstName: 'Camille',
      unsubscribeUrl: 'https://maillage.example.org/newsletter/unsubscribe/exemple',
    });
    const base = path.join(dir, `newsletter.${locale}`);
    await writeFile(`${base}.html`, issue.html);
    await writeFile(`${base}.txt`, `Subject: ${issue.subject}\n\n${issue.text}`);
    console.log(`${base}.html`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
