import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { catalogue, msg, registeredCodes, render, type Localised } from './error-catalogue';

const SRC = join(__dirname, '..');
const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.errors.ts'));

/** Each catalogue file: its enum (an object of strings) and its texts (an object of { fr, en }). */
const modules = files.map((file) => {
  const exported = Object.values(jest.requireActual<Record<string, Record<string, unknown>>>(join(SRC, file)));
  const codes = exported.find((e) => Object.values(e).every((v) => typeof v === 'string')) as Record<string, string>;
  const texts = exported.find((e) => Object.values(e).every((v) => typeof v === 'object')) as Record<string, Localised>;
  return { file, module: basename(file, '.errors.ts'), codes: Object.values(codes), texts };
});
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('error catalogues', () => {
  it('are found for the modules and infrastructure that throw', () => {
    expect(modules.map((m) => m.module)).toEqual(
      expect.arrayContaining(['common', 'auth', 'permissions', 'contributions', 'splits']),
    );
  });

  it.each(modules)(
    '$file: every code is namespaced by its module and has a French and an English text',
    ({ module, codes, texts }) => {
      expect(codes.length).toBeGreaterThan(0);
      for (const code of codes) {
        expect(code).toMatch(new RegExp(`^${module}\\.[a-z0-9_]+$`));
        expect(texts[code]?.fr?.trim()).toBeTruthy();
        expect(texts[code]?.en?.trim()).toBeTruthy();
        // The same parameters in both languages, or one would show a raw `{name}`.
        expect([code, placeholders(texts[code].en)]).toEqual([code, placeholders(texts[code].fr)]);
      }
      expect(Object.keys(texts).sort()).toEqual([...codes].sort());
    },
  );

  it('never declares a code twice across modules, and registers them all for the HTTP filter', () => {
    const all = modules.flatMap((m) => m.codes);
    expect(new Set(all).size).toBe(all.length);
    expect(registeredCodes()).toEqual(expect.arrayContaining(all));
    expect(() => catalogue({ [all[0]]: { fr: 'x', en: 'x' } })).toThrow(/declared twice/);
  });

  it('fills parameters, per language when they differ', () => {
    catalogue({ 'test.amount': { fr: 'Il reste {left} sur {n}', en: '{left} left of {n}' } });
    const text = msg('test.amount', { left: (l) => (l === 'fr' ? '3,00 €' : '€3.00'), n: 2 });
    expect(render(text, 'fr')).toBe('Il reste 3,00 € sur 2');
    expect(render(text, 'en')).toBe('€3.00 left of 2');
  });

  it('refuses an unknown code rather than answer it raw', () => {
    expect(() => render('nowhere.unknown', 'fr')).toThrow(/Unknown error code/);
  });
});
