import { parse } from 'csv-parse/sync';
import { writeExport } from '../../common/exports/export-writer';
import { parseSubscribersCsv } from './subscriber-csv';
import { SUBSCRIBERS_EXPORT, type SubscriberExportRow } from './subscriber-export';

describe('subscribers CSV', () => {
  it('reads French or English headers, either separator, a BOM, and normalises emails', () => {
    const { rows, problems } = parseSubscribersCsv(
      '\ufeffCourriel;Prénom;Nom;Langue\nAnne.Leroy@Example.org;Anne;Leroy;\nsam@example.org;Sam;;en\n',
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { email: 'anne.leroy@example.org', firstName: 'Anne', lastName: 'Leroy', locale: 'fr' },
      { email: 'sam@example.org', firstName: 'Sam', lastName: null, locale: 'en' },
    ]);
    expect(parseSubscribersCsv('email,first_name\n"a@example.org","Jean, dit ""Jeannot"""').rows[0].firstName).toBe(
      'Jean, dit "Jeannot"',
    );
  });

  it('lists every bad line and returns no row at all then', () => {
    const { rows, problems } = parseSubscribersCsv(
      'email,locale\nok@example.org,fr\npas-une-adresse,fr\nok@example.org,fr\nz@example.org,de\n',
    );
    expect(rows).toEqual([]);
    expect(problems.map((p) => p.message.fr)).toEqual([
      'Ligne 3 : adresse e-mail invalide (pas-une-adresse)',
      'Ligne 4 : ok@example.org figure déjà ligne 2',
      'Ligne 5 : langue « de » inconnue (fr ou en)',
    ]);
  });

  it('asks for an email column and survives a broken file', () => {
    expect(parseSubscribersCsv('nom,prenom\nA,B').problems[0].message.en).toBe('The first line has no "email" column');
    expect(parseSubscribersCsv('email\n"unterminated').problems[0].message.fr).toMatch(/^Fichier CSV illisible/);
    expect(parseSubscribersCsv('').problems).toHaveLength(1);
  });

  it('exports what it can import back, in French and in English', async () => {
    const row: SubscriberExportRow = {
      email: 'a@example.org',
      first_name: 'Zoé',
      last_name: 'Durand; fils',
      locale: 'fr',
      status: 'confirmed',
      lists: 'Lettre',
      confirmed_at: new Date('2026-01-02T03:04:05Z'),
      consent_source: 'import',
      consent_at: null,
    };
    for (const locale of ['fr', 'en'] as const) {
      let csv = '';
      for await (const chunk of writeExport(SUBSCRIBERS_EXPORT, [[row]], locale).stream) csv += String(chunk);
      expect(parse(csv, { columns: true, bom: true, delimiter: ';' })[0]).toMatchObject({
        [locale === 'fr' ? 'Nom' : 'Last name']: 'Durand; fils',
        [locale === 'fr' ? 'Confirmé le' : 'Confirmed at']: '02/01/2026 04:04',
      });
      expect(parseSubscribersCsv(csv).rows).toEqual([
        { email: 'a@example.org', firstName: 'Zoé', lastName: 'Durand; fils', locale: 'fr' },
      ]);
    }
  });
});
