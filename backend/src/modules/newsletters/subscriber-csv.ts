import { isEmail } from 'class-validator';
import { parse } from 'csv-parse/sync';
import { NewsletterError } from './newsletters.errors';
import { localise, msg, render, type Localised, type Text } from '../../common/error-catalogue';

export interface CsvSubscriber {
  email: string;
  firstName: string | null;
  lastName: string | null;
  locale: 'fr' | 'en';
}

export interface CsvProblem {
  line: number;
  message: Localised;
}

const HEADERS: Record<string, keyof CsvSubscriber> = {
  email: 'email',
  'e-mail': 'email',
  courriel: 'email',
  mail: 'email',
  first_name: 'firstName',
  firstname: 'firstName',
  prenom: 'firstName',
  prénom: 'firstName',
  last_name: 'lastName',
  lastname: 'lastName',
  nom: 'lastName',
  locale: 'locale',
  langue: 'locale',
  language: 'locale',
};

/**
 * Reads an import file: a header row naming the columns (email required; first name, last name, language
 * optional; French or English names), then one subscriber per line, `,` or `;` separated. Every problem is
 * reported with its line, so the file can be fixed at once; rows come back only when there is none.
 */
export function parseSubscribersCsv(csv: string): { rows: CsvSubscriber[]; problems: CsvProblem[] } {
  let records: string[][];
  try {
    const delimiter =
      (csv.split('\n', 1)[0].match(/;/g)?.length ?? 0) > (csv.split('\n', 1)[0].match(/,/g)?.length ?? 0) ? ';' : ',';
    records = parse(csv, { bom: true, delimiter, skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (e) {
    const line = (e as { lines?: number }).lines ?? 1;
    return {
      rows: [],
      problems: [{ line, message: localise(msg(NewsletterError.UnreadableCsvFile, { reason: (e as Error).message })) }],
    };
  }
  const [header, ...lines] = records;
  const columns = (header ?? []).map((h) => HEADERS[h.toLowerCase().replace(/\s+/g, '_')]);
  if (!columns.includes('email')) {
    return { rows: [], problems: [{ line: 1, message: localise(NewsletterError.LineHasNoEmailColumn) }] };
  }
  const rows: CsvSubscriber[] = [];
  const problems: CsvProblem[] = [];
  const seen = new Map<string, number>();
  lines.forEach((cells, i) => {
    const line = i + 2;
    const value = (key: keyof CsvSubscriber) => {
      const index = columns.indexOf(key);
      return index >= 0 ? (cells[index] ?? '').trim() : '';
    };
    const email = value('email').toLowerCase();
    const locale = value('locale').toLowerCase() || 'fr';
    const say = (problem: Text) =>
      problems.push({
        line,
        message: localise(msg(NewsletterError.CsvLine, { line, problem: (l) => render(problem, l) })),
      });
    if (!isEmail(email) || email.length > 254)
      return say(msg(NewsletterError.CsvInvalidEmail, { email: (l) => email || render(NewsletterError.CsvEmpty, l) }));
    if (seen.has(email)) return say(msg(NewsletterError.CsvDuplicate, { email, first: seen.get(email)! }));
    if (locale !== 'fr' && locale !== 'en') return say(msg(NewsletterError.CsvUnknownLanguage, { locale }));
    if (value('firstName').length > 100 || value('lastName').length > 100) return say(NewsletterError.CsvNameTooLong);
    seen.set(email, line);
    rows.push({ email, firstName: value('firstName') || null, lastName: value('lastName') || null, locale });
  });
  return { rows: problems.length ? [] : rows, problems };
}
