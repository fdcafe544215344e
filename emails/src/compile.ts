import { readFile } from 'node:fs/promises';
import path from 'node:path';
import mjml2html from 'mjml';

/** Found from src/ (tests) and from dist/ (runtime) alike: both sit one level below the package root. */
export const templatesDir = path.join(__dirname, '..', 'templates');

const templateName = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const partialRef = /\{\{>\s*([a-z0-9/-]+)\s*\}\}/g;

function templatePath(name: string, extension: '.mjml' | '.txt'): string {
  // The name reaches the file system: keep it to a plain kebab-case name inside templates/.
  if (!templateName.test(name)) throw new Error(`Invalid template name: ${JSON.stringify(name)}`);
  return path.join(templatesDir, name + extension);
}

/**
 * Compiles MJML to HTML. `filePath` anchors `mj-include` paths; the default lets an MJML document
 * built in code (a newsletter issue made of blocks) include `./layout/…` like the template files do.
 */
export async function compileMjml(source: string, filePath = path.join(templatesDir, 'inline.mjml')): Promise<string> {
  const { html } = await mjml2html(source, {
    filePath,
    ignoreIncludes: false,
    validationLevel: 'strict',
    keepComments: false,
    fonts: {},
  });
  // MJML leaves a comment instead of failing when an include cannot be read; a mail without its footer must not go out.
  const failedInclude = /<!--\s*mj-include[^>]*-->/.exec(html);
  if (failedInclude) throw new Error(`${filePath}: ${failedInclude[0]}`);
  return html;
}

const cache = new Map<string, Promise<string>>();

/** Loads once per process; concurrent first calls share one load, and a failed load is retried next time. */
function once(key: string, load: () => Promise<string>): Promise<string> {
  let pending = cache.get(key);
  if (!pending) {
    pending = load();
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}

/** `templates/<name>.mjml` compiled to HTML, with its `{{placeholders}}` still in it. */
export function compiledTemplate(name: string): Promise<string> {
  const file = templatePath(name, '.mjml');
  return once(file, async () => compileMjml(await readFile(file, 'utf8'), file));
}

/** `templates/<name>.txt`, with its `{{> layout/footer}}` partials (from `<partial>.txt`) inlined. */
export function textTemplate(name: string): Promise<string> {
  const file = templatePath(name, '.txt');
  return once(file, async () => {
    const source = await readFile(file, 'utf8');
    const partials = new Map<string, string>();
    for (const [, ref] of source.matchAll(partialRef)) {
      if (ref.split('/').some((part) => !templateName.test(part))) throw new Error(`${file}: invalid partial ${ref}`);
      partials.set(ref, (await readFile(path.join(templatesDir, `${ref}.txt`), 'utf8')).replace(/\n$/, ''));
    }
    return source.replace(partialRef, (_match, ref: string) => partials.get(ref)!);
  });
}
