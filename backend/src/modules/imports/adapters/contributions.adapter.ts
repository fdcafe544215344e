import { parseEuros } from '@maillage/emails/money';
import type { EntityManager } from 'typeorm';
import { many, sql } from '../../../database/sql';
import { col } from '../../../database/sql-columns';
import { msg } from '../../../common/error-catalogue';
import type { Contribution } from '../../contributions/contribution.entity';
import {
  EDITABLE_STATUSES,
  TYPE_LABELS,
  UNIT_LABELS,
  type ContributionType,
  type ContributionUnit,
} from '../../contributions/contribution-types';
import {
  asWritten,
  assignFields,
  givesToOwnOrganisation,
  rateLookup,
  refusedLinks,
} from '../../contributions/contributions.service';
import type { RowReader } from '../fields';
import { ImportError } from '../imports.errors';
import type { ImportAdapter, RowPlan } from './adapter';

export interface ContributionRow {
  organisation: string | null;
  personEmail: string | null;
  type: ContributionType;
  unit: ContributionUnit;
  startsOn: string;
  endsOn: string | null;
  quantity: string;
  amountCents: number | null;
  description: string;
  evidenceUrl: string | null;
  workingGroup: string | null;
  grant: string | null;
  /** Filled by the plan: the contribution as it will be saved. */
  saved?: Partial<Contribution>;
}

const label = (fr: string, en: string) => ({ fr, en });
const labels = <T extends string>(of: Record<T, { fr: string; en: string }>) =>
  Object.fromEntries(Object.entries<{ fr: string; en: string }>(of).map(([k, l]) => [k, [l.fr, l.en]])) as Record<
    T,
    string[]
  >;
/** The fields an import may correct on a draft, compared with what is stored. */
const CORRECTED = [
  'unit',
  'endsOn',
  'quantity',
  'amountCents',
  'evidenceUrl',
  'workingGroupId',
  'grantId',
  'valueCents',
] as const;

/** « 1 234,50 », 3.5 → "1234.5"; anything else refused. */
function decimal(r: RowReader, field: string): string | null {
  const v = r.raw(field, true);
  if (v === null) return null;
  const d = v.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(d) || Number(d) <= 0) return r.fail(field, ImportError.InvalidNumber) ?? null;
  return d;
}

/**
 * Matched on organisation, giver (email), start date, type and description (names and description whatever their
 * case): the same line imported again changes nothing. New contributions are drafts entered by who imports, valued by
 * the rate table as the form does; a draft (or a rejected one) is corrected, a submitted or validated one is not.
 * « Valeur (€) » is a justified amount only on a line without a rate (« Taux (€) » empty) and not in euros: elsewhere
 * it is what the rate table gives, worked out again. Each line is checked with the importer's rights, as the form
 * would (a COPIL member imports their own organisation's contributions only).
 */
export const contributionsAdapter: ImportAdapter<ContributionRow> = {
  kind: 'contributions',
  entityType: 'Contribution',
  fields: [
    { name: 'organisation', label: label('Organisation', 'Organisation'), aliases: ['structure', 'organization'] },
    {
      name: 'personEmail',
      label: label('Courriel de la personne', 'Person’s email'),
      aliases: ['personne email', 'email', 'courriel', 'e mail', 'person email'],
    },
    { name: 'type', label: label('Type', 'Type'), required: true, aliases: ['type de contribution'] },
    { name: 'unit', label: label('Unité', 'Unit'), required: true, aliases: ['unite'] },
    {
      name: 'startsOn',
      label: label('Date de début', 'Start date'),
      required: true,
      aliases: ['date debut', 'date', 'debut', 'start'],
    },
    { name: 'endsOn', label: label('Date de fin', 'End date'), aliases: ['date fin', 'fin', 'end'] },
    { name: 'quantity', label: label('Quantité', 'Quantity'), required: true, aliases: ['quantite', 'qty'] },
    { name: 'rate', label: label('Taux (€)', 'Rate (€)'), aliases: ['taux'] },
    {
      name: 'amountCents',
      label: label('Valeur (€)', 'Value (€)'),
      aliases: ['valeur euros', 'valeur', 'montant', 'amount'],
    },
    { name: 'description', label: label('Description', 'Description'), required: true, aliases: ['libelle'] },
    {
      name: 'evidenceUrl',
      label: label('Lien justificatif', 'Evidence link'),
      aliases: ['lien justificatif', 'justificatif', 'evidence'],
    },
    {
      name: 'workingGroup',
      label: label('Groupe de travail', 'Working group'),
      aliases: ['groupe travail', 'groupe', 'group'],
    },
    { name: 'grant', label: label('Subvention', 'Grant'), aliases: ['subvention', 'grant reference'] },
  ],

  read(r: RowReader) {
    const unit = r.oneOf('unit', labels(UNIT_LABELS));
    const rated = r.raw('rate', true) !== null;
    const amount = rated || unit === 'euro' ? null : r.raw('amountCents', true);
    const value = {
      organisation: r.text('organisation', 200),
      personEmail: r.email('personEmail'),
      type: r.oneOf('type', labels(TYPE_LABELS)),
      unit,
      startsOn: r.day('startsOn'),
      endsOn: r.day('endsOn'),
      quantity: decimal(r, 'quantity'),
      amountCents:
        amount === null ? null : (parseEuros(amount, 'fr') ?? r.fail('amountCents', ImportError.InvalidNumber)),
      description: r.text('description', 2000, true),
      evidenceUrl: r.url('evidenceUrl'),
      workingGroup: r.text('workingGroup', 200),
      grant: r.text('grant', 200),
    };
    for (const f of ['type', 'unit', 'startsOn', 'quantity'] as const)
      if (value[f] === null && !r.errors.some(([e]) => e === f)) r.fail(f, ImportError.Required);
    return r.errors.length ? undefined : (value as ContributionRow);
  },

  keys: (v) => [
    `description:${[v.organisation ?? '', v.personEmail ?? '', v.startsOn, v.type, v.description].join('/').toLowerCase()}`,
  ],
  label: (v) => `${v.startsOn} ${v.description}`,

  async plan(em, rows, fail, by) {
    const lower = (f: (v: ContributionRow) => string | null) => [
      ...new Set(rows.map((r) => f(r.value)?.toLowerCase()).filter((x): x is string => Boolean(x))),
    ];
    const named = { id: col.uuid, name: col.text };
    const lookup = async (table: 'organisations' | 'working_groups', names: string[]) =>
      new Map(
        (
          await many(
            em,
            sql`SELECT id, lower(name) AS name FROM ${sql.id(table)} WHERE lower(name) = ANY(${names}::text[])`,
            named,
          )
        ).map((o) => [o.name, o.id]),
      );
    const orgs = await lookup(
      'organisations',
      lower((v) => v.organisation),
    );
    const groups = await lookup(
      'working_groups',
      lower((v) => v.workingGroup),
    );
    const people = new Map(
      (
        await many(
          em,
          sql`SELECT id, lower(email) AS name FROM people WHERE lower(email) = ANY(${lower((v) => v.personEmail)}::text[])`,
          named,
        )
      ).map((p) => [p.name, p.id]),
    );
    // A grant by its reference, else its title; a name two grants share is ambiguous.
    const grantNames = lower((v) => v.grant);
    const grants = new Map<string, string | null>();
    for (const g of await many(
      em,
      sql`SELECT id, lower(coalesce(reference, title)) AS name FROM grants
          WHERE lower(reference) = ANY(${grantNames}::text[]) OR lower(title) = ANY(${grantNames}::text[])
          ORDER BY (reference IS NULL), id`,
      named,
    ))
      grants.set(g.name, grants.has(g.name) && grants.get(g.name) !== g.id ? null : g.id);

    const planned: {
      line: number;
      value: ContributionRow;
      key: Pick<Contribution, 'organisationId' | 'personId' | 'type' | 'startsOn'>;
      links: Pick<Contribution, 'workingGroupId' | 'grantId'>;
      existing: Contribution | null;
    }[] = [];
    for (const { line, value } of rows) {
      const organisationId = value.organisation ? orgs.get(value.organisation.toLowerCase()) : null;
      const personId = value.personEmail ? people.get(value.personEmail) : null;
      const workingGroupId = value.workingGroup ? groups.get(value.workingGroup.toLowerCase()) : null;
      const grantId = value.grant ? grants.get(value.grant.toLowerCase()) : null;
      const unknown: [string, ReturnType<typeof msg>][] = [];
      if (organisationId === undefined)
        unknown.push(['organisation', msg(ImportError.UnknownOrganisation, { name: value.organisation! })]);
      if (personId === undefined)
        unknown.push(['personEmail', msg(ImportError.UnknownPerson, { email: value.personEmail! })]);
      if (workingGroupId === undefined)
        unknown.push(['workingGroup', msg(ImportError.UnknownGroup, { name: value.workingGroup! })]);
      if (grantId === undefined) unknown.push(['grant', msg(ImportError.UnknownGrant, { name: value.grant! })]);
      if (grantId === null && value.grant)
        unknown.push(['grant', msg(ImportError.AmbiguousGrant, { name: value.grant })]);
      if (unknown.length) {
        for (const [f, t] of unknown) fail(line, f, t);
        continue;
      }
      const key = { organisationId: organisationId!, personId: personId!, type: value.type, startsOn: value.startsOn };
      planned.push({ line, value, key, links: { workingGroupId: workingGroupId!, grantId: grantId! }, existing: null });
    }

    // The stored contributions with the same natural key (the oldest, if several).
    const found = planned.length
      ? await many(
          em,
          sql`SELECT DISTINCT ON (k.i) k.i AS i, c.id FROM unnest(
                ${planned.map((p) => p.key.organisationId)}::uuid[], ${planned.map((p) => p.key.personId)}::uuid[],
                ${planned.map((p) => p.key.startsOn)}::date[], ${planned.map((p) => p.key.type)}::text[],
                ${planned.map((p) => p.value.description.toLowerCase())}::text[]) WITH ORDINALITY AS k(o, p, d, t, x, i)
              JOIN contributions c ON c.organisation_id IS NOT DISTINCT FROM k.o AND c.person_id IS NOT DISTINCT FROM k.p
                AND c.starts_on = k.d AND c.type = k.t AND lower(c.description) = k.x
              ORDER BY k.i, c.created_at, c.id`,
          { i: col.int, id: col.uuid },
        )
      : [];
    const stored = found.length
      ? await em.getRepository<Contribution>('Contribution').findBy(found.map((f) => ({ id: f.id })))
      : [];
    for (const f of found) planned[f.i - 1].existing = stored.find((s) => s.id === f.id)!;

    const rates = rateLookup(em);
    const credits = await givesToOwnOrganisation(
      em,
      planned.map((p) => p.key.personId),
    );
    const plans: RowPlan<ContributionRow>[] = [];
    for (const { line, value, key, links, existing } of planned) {
      const c = em
        .getRepository<Contribution>('Contribution')
        .create(
          existing
            ? { ...existing }
            : { ...key, description: value.description, enteredById: by.userId, status: 'draft' },
        );
      const given = {
        unit: value.unit,
        endsOn: value.endsOn ?? undefined,
        quantity: value.quantity,
        amountCents: value.amountCents ?? undefined,
        evidenceUrl: value.evidenceUrl ?? undefined,
        workingGroupId: links.workingGroupId ?? undefined,
        grantId: links.grantId ?? undefined,
      };
      const problems = await assignFields(c, given, rates);
      if (problems) {
        for (const [f, texts] of Object.entries(problems)) for (const t of texts) fail(line, f, t);
        continue;
      }
      const changes: Record<string, [unknown, unknown]> = {};
      if (existing)
        for (const f of CORRECTED) {
          const [b, a] = [existing[f] ?? null, c[f] ?? null];
          if (f === 'quantity' ? Number(b) !== Number(a) : b !== a) changes[f] = [b, a];
        }
      if (existing && Object.keys(changes).length && !EDITABLE_STATUSES.includes(existing.status)) {
        fail(line, 'description', ImportError.ContributionLocked);
        continue;
      }
      const action = existing ? 'update' : 'create';
      if (!by.ability.can(action, asWritten(c, credits(c))) || refusedLinks(by.ability, c, existing ?? undefined)) {
        fail(line, 'organisation', ImportError.NotYours);
        continue;
      }
      const status = !existing ? 'created' : Object.keys(changes).length ? 'updated' : 'unchanged';
      plans.push({ line, value: { ...value, saved: c }, status, id: existing?.id ?? null, changes });
    }
    return plans;
  },

  async write(em: EntityManager, plans) {
    const created = plans.filter((p) => p.status === 'created');
    if (created.length) {
      const { identifiers } = await em.insert(
        'Contribution',
        created.map((p) => p.value.saved!),
      );
      identifiers.forEach((x, i) => (created[i].id = x.id as string));
    }
    for (const p of plans.filter((p) => p.status === 'updated'))
      await em.update('Contribution', p.id!, {
        ...Object.fromEntries(Object.entries(p.changes).map(([k, [, a]]) => [k, a])),
        rateId: p.value.saved!.rateId,
        rateCents: p.value.saved!.rateCents,
      });
  },
};
