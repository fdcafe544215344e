import { parseEuros } from '@maillage/emails/money';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { FieldErrors, Text, ValidationFailed } from '../../common/errors';
import { constraintMessage } from '../../common/messages';
import type { RequestContext, SignedInContext } from '../../common/request-context';
import { writeExport, type ExportFile } from '../../common/exports/export-writer';
import { CONTRIBUTIONS_EXPORT, type ContributionExportRow } from './contribution-export';
import { flattenValidationErrors } from '../../common/validation';
import { contributionScope, filterFromQuery } from './contribution-queries';
import { Contribution } from './contribution.entity';
import { ContributionsService, rateLookup, refusedLinks, unknownLink } from './contributions.service';
import {
  CreateContributionDto,
  type ContributionExportQuery,
  type ImportContributionsDto,
} from './dto/contribution.dto';
import type { ContributionImportResponse } from './dto/contribution.response';
import { many, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { ContributionError } from './contributions.errors';
import { msg, render } from '../../common/error-catalogue';
import type { Locale } from '../../common/messages';

/** The template's columns → the fields they fill. Headers are matched without case or accents. */
const COLUMNS = {
  organisation: 'organisationId',
  personne_email: 'personId',
  type: 'type',
  unite: 'unit',
  date_debut: 'startsOn',
  date_fin: 'endsOn',
  quantite: 'quantity',
  valeur_euros: 'amountCents',
  description: 'description',
  lien_justificatif: 'evidenceUrl',
  groupe_travail: 'workingGroupId',
  subvention: 'grantId',
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = ['type', 'unite', 'date_debut', 'quantite', 'description'];
const COLUMN_OF = Object.fromEntries(Object.entries(COLUMNS).map(([column, field]) => [field, column])) as Record<
  string,
  Column
>;
export const MAX_IMPORT_ROWS = 5000;

const TEMPLATE_ROWS = [
  Object.keys(COLUMNS),
  [
    'Colibris',
    'nadia.berthelot@example.org',
    'working_time',
    'hour',
    '2026-10-14',
    '',
    '3,5',
    '',
    'Préparation du COPIL mensuel',
    '',
    '',
    '',
  ],
  [
    'Colibris',
    '',
    'room',
    'room_day',
    '14/10/2026',
    '14/10/2026',
    '1',
    '',
    'Salle prêtée pour la rencontre des sources',
    '',
    'Sources',
    '',
  ],
  [
    'Colibris',
    '',
    'hosting_tools',
    'month',
    '2026-10-01',
    '2026-10-31',
    '1',
    '',
    'Hébergement du Gogocarto',
    '',
    'Technique',
    '',
  ],
  [
    'Colibris',
    '',
    'financial_participation',
    'euro',
    '2026-10-01',
    '',
    '1500',
    '',
    'Participation aux frais du Transiscothon',
    '',
    '',
    '',
  ],
  [
    'Colibris',
    '',
    'other',
    'unit',
    '2026-10-20',
    '',
    '1',
    '180,00',
    'Impression des kits cartopartie (facture jointe)',
    'https://exemple.org/facture.pdf',
    '',
    '',
  ],
];

const AMBIGUOUS = Symbol('ambiguous');
/** « Groupe de travail introuvable » → « Groupe de travail introuvable : « X » », in both languages. */
const unknownName = (text: Text, name: string): Text =>
  msg(ContributionError.UnknownNamed, { text: (l) => render(text, l), name });
const simplify = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s-]+/g, '_');
/**
 * Quantities: « 1 234,50 » or « 1234.5 » → "1234.5" (negatives too, for the validator to say why); anything else is
 * left as typed.
 */
const decimal = (s: string) => {
  const d = s.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(d) ? d : null;
};
/** 14/10/2026 as well as 2026-10-14: spreadsheets in France write the former. */
const day = (s: string) => (/^\d{2}\/\d{2}\/\d{4}$/.test(s) ? s.split('/').reverse().join('-') : s);

@Injectable()
export class ContributionCsvService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly contributions: ContributionsService,
  ) {}

  template(): string {
    return '\uFEFF' + stringify(TEMPLATE_ROWS, { delimiter: ';' });
  }

  /**
   * Every row is checked (fields, organisation and person, working group and grant, unit, rate, the caller's rights)
   * before anything is written; one wrong row refuses the whole file with the list of row errors, keyed
   * `rows.<line>.<column>`. Groups are named by name or id; grants by id, reference or title (a title several grants
   * share is refused as ambiguous).
   */
  async import(ctx: SignedInContext, dto: ImportContributionsDto): Promise<ContributionImportResponse> {
    const records = this.parse(dto.csv);
    const orgs = new Map<string, string>();
    const people = new Map<string, string>();
    const named = { id: col.uuid, name: col.text };
    for (const o of await many(this.db, sql`SELECT id, lower(name) AS name FROM organisations`, named))
      orgs.set(o.name, o.id).set(o.id, o.id);
    const emails = await many(this.db, sql`SELECT id, lower(email) AS email FROM people WHERE email IS NOT NULL`, {
      id: col.uuid,
      email: col.text,
    });
    for (const p of emails) people.set(p.email, p.id);
    const groups = new Map<string, string>();
    for (const g of await many(this.db, sql`SELECT id, lower(name) AS name FROM working_groups`, named))
      groups.set(g.name, g.id).set(g.id, g.id);
    const grants = new Map<string, string | typeof AMBIGUOUS>();
    const nameGrant = (key: string, id: string) =>
      grants.set(key, grants.has(key) && grants.get(key) !== id ? AMBIGUOUS : id);
    const grantRows = await many(
      this.db,
      sql`SELECT id, lower(title) AS title, lower(reference) AS reference FROM grants`,
      {
        id: col.uuid,
        title: col.text,
        reference: col.text.nullable,
      },
    );
    for (const g of grantRows) {
      nameGrant(g.title, g.id);
      if (g.reference) nameGrant(g.reference, g.id);
    }
    for (const g of grantRows) grants.set(g.id, g.id);

    const errors: FieldErrors = {};
    const fail = (line: number, column: string, text: Text) => (errors[`rows.${line}.${column}`] ??= []).push(text);
    const rates = rateLookup(this.db.manager);
    const rows: Contribution[] = [];
    const lines: number[] = [];
    for (const { record, line } of records) {
      const get = (c: Column) => record[c]?.trim() ?? '';
      const plain: Record<string, unknown> = {
        type: get('type').toLowerCase(),
        unit: get('unite').toLowerCase(),
        startsOn: day(get('date_debut')),
        endsOn: get('date_fin') ? day(get('date_fin')) : null,
        quantity: decimal(get('quantite')) === null ? get('quantite') : Number(decimal(get('quantite'))),
        description: get('description'),
        evidenceUrl: get('lien_justificatif') || null,
      };
      const amount = get('valeur_euros');
      // The template is French; what does not read as euros is kept as typed, for the validator to say why.
      plain.amountCents = !amount ? null : (parseEuros(amount, 'fr') ?? amount);
      const org = get('organisation');
      if (org && !orgs.has(org.toLowerCase()))
        fail(line, 'organisation', msg(ContributionError.UnknownOrganisation, { org }));
      plain.organisationId = org ? (orgs.get(org.toLowerCase()) ?? null) : null;
      const email = get('personne_email').toLowerCase();
      if (email && !people.has(email)) fail(line, 'personne_email', msg(ContributionError.UnknownPerson, { email }));
      plain.personId = email ? (people.get(email) ?? null) : null;
      const group = get('groupe_travail');
      if (group && !groups.has(group.toLowerCase()))
        fail(line, 'groupe_travail', unknownName(unknownLink('workingGroupId'), group));
      plain.workingGroupId = group ? (groups.get(group.toLowerCase()) ?? null) : null;
      const grant = get('subvention');
      const grantId = grant ? grants.get(grant.toLowerCase()) : undefined;
      if (grant && grantId === undefined) fail(line, 'subvention', unknownName(unknownLink('grantId'), grant));
      if (grantId === AMBIGUOUS) {
        fail(line, 'subvention', msg(ContributionError.AmbiguousGrant, { grant }));
      }
      plain.grantId = typeof grantId === 'string' ? grantId : null;

      const row = plainToInstance(CreateContributionDto, plain);
      const violations = flattenValidationErrors(
        await validate(row, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true }),
      );
      for (const v of violations) {
        fail(line, COLUMN_OF[v.path] ?? v.path, {
          fr: constraintMessage('fr', v.constraint, v.args),
          en: constraintMessage('en', v.constraint, v.args),
        });
      }
      if (
        violations.length > 0 ||
        (['organisation', 'personne_email', 'groupe_travail', 'subvention'] as const).some(
          (c) => errors[`rows.${line}.${c}`],
        )
      )
        continue;

      const c = this.db.manager.create(Contribution, { enteredById: ctx.user.id, status: 'draft' });
      const problems = await this.contributions.assign(c, row, rates);
      for (const [field, texts] of Object.entries({ ...problems, ...refusedLinks(ctx.ability, c) }))
        for (const t of texts) fail(line, COLUMN_OF[field] ?? field, t);
      rows.push(c);
      lines.push(line);
    }
    // Each row as it will be saved, its givers' organisations looked up once for the whole file.
    (await this.contributions.written(this.db.manager, rows)).forEach((written, i) => {
      if (!ctx.ability.can('create', written) || (dto.submit && !ctx.ability.can('submit', written))) {
        fail(lines[i], 'organisation', ContributionError.MayNotEnterContributionOrganisation);
      }
    });
    const wrong = new Set(Object.keys(errors).map((k) => k.split('.')[1])).size;
    if (wrong > 0) {
      throw new ValidationFailed(errors, msg(ContributionError.ImportRowsWrong, { wrong }));
    }

    return this.db.transaction(async (em) => {
      const now = new Date();
      if (dto.submit)
        for (const c of rows) Object.assign(c, { status: 'submitted', submittedAt: now, submittedById: ctx.user.id });
      const ids: string[] = [];
      for (let i = 0; i < rows.length; i += 500) {
        const { identifiers } = await em.insert(Contribution, rows.slice(i, i + 500));
        ids.push(...identifiers.map((x) => x.id as string));
      }
      await this.audit.record(em, ctx, {
        action: 'import',
        entityType: 'Contribution',
        after: { count: ids.length, submitted: Boolean(dto.submit), ids },
      });
      return { imported: ids.length, ids };
    });
  }

  private parse(csv: string): { record: Partial<Record<Column, string>>; line: number }[] {
    const text = csv.replace(/^\uFEFF/, '');
    const header = text.split(/\r?\n/, 1)[0];
    let headers: string[] = [];
    const delimiter = (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ';' : ',';
    let parsed: { record: Record<string, string>; info: { lines: number } }[];
    try {
      parsed = parse(text, {
        delimiter,
        columns: (h: string[]) => (headers = h.map(simplify)),
        skip_empty_lines: true,
        info: true,
        bom: true,
      }) as never;
    } catch (e) {
      if (!(e instanceof CsvError)) throw e;
      const line = (e as CsvError & { lines?: number }).lines;
      const reason = e.message;
      throw ValidationFailed.field(
        'csv',
        line
          ? msg(ContributionError.UnreadableCsvLine, { line, reason })
          : msg(ContributionError.UnreadableCsv, { reason }),
      );
    }
    const columns = new Set(headers);
    const unknown = [...columns].filter((c) => !(c in COLUMNS));
    const missing = REQUIRED.filter((c) => !columns.has(c));
    if (unknown.length || missing.length) {
      const list = (code: ContributionError, columns: string[]) => (l: Locale) =>
        columns.length ? render(msg(code, { columns: columns.join(', ') }), l) : '';
      const [missingText, unknownText] = [
        list(ContributionError.CsvMissingColumns, missing),
        list(ContributionError.CsvUnknownColumns, unknown),
      ];
      throw ValidationFailed.field(
        'csv',
        msg(ContributionError.CsvHeaders, { missing: missingText, unknown: unknownText }),
      );
    }
    if (parsed.length === 0) throw ValidationFailed.field('csv', ContributionError.FileHasNoRows);
    if (parsed.length > MAX_IMPORT_ROWS) {
      throw ValidationFailed.field('csv', msg(ContributionError.TooManyRows, { max: MAX_IMPORT_ROWS }));
    }
    return parsed.map(({ record, info }) => ({ record, line: info.lines }));
  }

  /** Every contribution the filters match and the caller may read, streamed in batches (keyset on day and id). */
  export(ctx: RequestContext, q: ContributionExportQuery): ExportFile {
    const scope = contributionScope(this.db.manager, filterFromQuery(q), ctx.ability);
    async function* batches() {
      let after: [string, string] | null = null;
      for (;;) {
        const batch = scope
          .clone()
          .leftJoin('organisations', 'o', 'o.id = c.organisation_id')
          .leftJoin('people', 'pe', 'pe.id = c.person_id')
          .select(
            [
              'c.id AS id',
              'c.status AS status',
              'o.name AS organisation',
              `pe.first_name || ' ' || pe.last_name AS person`,
              'c.type AS type',
              'c.unit AS unit',
              `to_char(c.starts_on, 'YYYY-MM-DD') AS starts`,
              `to_char(c.ends_on, 'YYYY-MM-DD') AS ends`,
              'c.quantity AS quantity',
              'c.rate_cents AS rate',
              'c.value_cents AS value',
              'c.description AS description',
              'c.evidence_url AS evidence',
              'c.working_group_id AS grp',
              'c.grant_id AS grant',
              'c.created_at AS created',
              'c.submitted_at AS submitted',
              'c.reviewed_at AS reviewed',
              'c.rejection_reason AS reason',
            ].join(', '),
          )
          .orderBy('c.starts_on', 'ASC')
          .addOrderBy('c.id', 'ASC')
          .limit(2000);
        if (after)
          batch.andWhere('(c.starts_on, c.id) > (:afterDay::date, :afterId::uuid)', {
            afterDay: after[0],
            afterId: after[1],
          });
        const rows: ContributionExportRow[] = await batch.getRawMany();
        if (rows.length === 0) return;
        yield rows;
        const last = rows[rows.length - 1];
        after = [last.starts, last.id];
      }
    }
    return writeExport(CONTRIBUTIONS_EXPORT, batches(), ctx.locale, q.format);
  }
}
