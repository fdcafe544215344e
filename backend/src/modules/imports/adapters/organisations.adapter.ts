import type { Organisation } from '../../organisations/organisation.entity';
import { msg } from '../../../common/error-catalogue';
import { ImportError } from '../imports.errors';
import type { RowReader } from '../fields';
import { changed, type ImportAdapter, type RowPlan } from './adapter';

export interface OrganisationRow {
  name: string;
  kind: Organisation['kind'];
  /** Empty: `member` for a new organisation, unchanged for a known one. */
  membershipStatus: Organisation['membershipStatus'] | null;
  siren: string | null;
  rna: string | null;
  postcode: string | null;
  territory: string | null;
  website: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  hasCopilSeat: boolean | null;
  candidateSince: string | null;
  memberSince: string | null;
  formerSince: string | null;
  charterSignedOn: string | null;
  description: string | null;
}

const KINDS = {
  association: ['association', 'asso'],
  cooperative: ['coopérative', 'cooperative', 'scic', 'scop'],
  collective: ['collectif', 'collective'],
  public_body: ['organisme public', 'public body', 'collectivité'],
};
const STATUSES = {
  member: ['membre', 'member', 'adhérente', 'adherente'],
  candidate: ['candidate', 'candidat', 'candidature'],
  former: ['ancienne', 'ancien membre', 'former'],
};

const label = (fr: string, en: string) => ({ fr, en });

/** Matched on SIREN, else RNA, else name (names are unique in the network, whatever their case). */
export const organisationsAdapter: ImportAdapter<OrganisationRow> = {
  kind: 'organisations',
  entityType: 'Organisation',
  fields: [
    {
      name: 'name',
      label: label('Nom', 'Name'),
      required: true,
      aliases: ['nom', 'raison sociale', 'organisation', 'structure'],
    },
    { name: 'kind', label: label('Type', 'Kind'), required: true, aliases: ['type', 'forme', 'forme juridique'] },
    {
      name: 'membershipStatus',
      label: label('Statut d’adhésion', 'Membership status'),
      aliases: ['statut', 'status', 'adhesion'],
    },
    { name: 'siren', label: label('SIREN', 'SIREN'), aliases: ['siren', 'siret'] },
    { name: 'rna', label: label('RNA', 'RNA'), aliases: ['rna', 'numero rna'] },
    { name: 'postcode', label: label('Code postal', 'Postcode'), aliases: ['cp', 'code postal', 'postal code', 'zip'] },
    { name: 'territory', label: label('Territoire', 'Territory'), aliases: ['territoire', 'ville', 'city'] },
    { name: 'website', label: label('Site web', 'Website'), aliases: ['site', 'site internet', 'web'] },
    {
      name: 'contactEmail',
      label: label('E-mail de contact', 'Contact email'),
      aliases: ['email', 'courriel', 'e mail', 'courriel de contact'],
    },
    {
      name: 'contactPhone',
      label: label('Téléphone', 'Phone'),
      aliases: ['telephone', 'tel', 'phone', 'telephone de contact'],
    },
    { name: 'hasCopilSeat', label: label('Siège au COPIL', 'COPIL seat'), aliases: ['copil', 'siege copil'] },
    { name: 'candidateSince', label: label('Candidate depuis', 'Candidate since'), aliases: ['candidature le'] },
    { name: 'memberSince', label: label('Membre depuis', 'Member since'), aliases: ['adhesion le', 'date adhesion'] },
    { name: 'formerSince', label: label('Ancienne membre depuis', 'Former member since'), aliases: ['sortie le'] },
    { name: 'charterSignedOn', label: label('Charte signée le', 'Charter signed on'), aliases: ['charte'] },
    { name: 'description', label: label('Description', 'Description'), aliases: ['presentation'] },
  ],

  read(r: RowReader) {
    const name = r.text('name', 200, true);
    const kind = r.oneOf('kind', KINDS);
    if (kind === null && !r.errors.some(([f]) => f === 'kind')) r.fail('kind', ImportError.Required);
    const value = {
      name,
      kind,
      membershipStatus: r.oneOf('membershipStatus', STATUSES),
      siren: r.pattern('siren', /^\d{9}$/, ImportError.InvalidSiren),
      rna: r.pattern('rna', /^W\d{9}$/, ImportError.InvalidRna),
      postcode: r.pattern('postcode', /^\d{5}$/, ImportError.InvalidPostcode),
      territory: r.text('territory', 120),
      website: r.url('website'),
      contactEmail: r.email('contactEmail'),
      contactPhone: r.text('contactPhone', 40),
      hasCopilSeat: r.bool('hasCopilSeat'),
      candidateSince: r.day('candidateSince'),
      memberSince: r.day('memberSince'),
      formerSince: r.day('formerSince'),
      charterSignedOn: r.day('charterSignedOn'),
      description: r.text('description', 5000),
    };
    return r.errors.length ? undefined : (value as OrganisationRow);
  },

  keys: (v) => [
    `name:${v.name.toLowerCase()}`,
    ...(v.siren ? [`siren:${v.siren}`] : []),
    ...(v.rna ? [`rna:${v.rna}`] : []),
  ],
  label: (v) => v.name,

  async plan(em, rows, fail) {
    const existing = await em
      .getRepository<Organisation>('Organisation')
      .createQueryBuilder('o')
      .where('o.siren = ANY(:sirens) OR o.rna = ANY(:rnas) OR lower(o.name) = ANY(:names)', {
        sirens: rows.map((r) => r.value.siren).filter(Boolean),
        rnas: rows.map((r) => r.value.rna).filter(Boolean),
        names: rows.map((r) => r.value.name.toLowerCase()),
      })
      .getMany();
    const by = (k: (o: Organisation) => string | null) => new Map(existing.filter(k).map((o) => [k(o)!, o]));
    const [bySiren, byRna, byName] = [by((o) => o.siren), by((o) => o.rna), by((o) => o.name.toLowerCase())];
    const plans: RowPlan<OrganisationRow>[] = [];
    for (const { line, value } of rows) {
      const match =
        (value.siren ? bySiren.get(value.siren) : undefined) ??
        (value.rna ? byRna.get(value.rna) : undefined) ??
        byName.get(value.name.toLowerCase());
      const named = byName.get(value.name.toLowerCase());
      const differ = (a: string | null, b: string | null | undefined) => a !== null && !!b && a !== b;
      // The name is another organisation's (found by its SIREN/RNA), or the identifiers contradict the stored ones.
      const contradicts =
        match &&
        (differ(value.siren, match.siren) ||
          differ(value.rna, match.rna) ||
          (!value.siren && !value.rna && differ(value.postcode, match.postcode)));
      const other = named && match && named.id !== match.id ? named : contradicts ? match : undefined;
      if (other) {
        fail(
          line,
          'name',
          msg(ImportError.NamedByOtherKey, {
            other: [other.name, other.siren ?? other.rna ?? other.postcode].filter(Boolean).join(', '),
          }),
        );
        continue;
      }
      if (!match) {
        plans.push({ line, value, status: 'created', id: null, changes: {} });
        continue;
      }
      const changes = changed(match, value);
      plans.push({ line, value, status: Object.keys(changes).length ? 'updated' : 'unchanged', id: match.id, changes });
    }
    return plans;
  },

  async write(em, plans) {
    const created = plans.filter((p) => p.status === 'created');
    if (created.length) {
      const { identifiers } = await em.insert(
        'Organisation',
        created.map((p) => ({
          ...p.value,
          membershipStatus: p.value.membershipStatus ?? 'member',
          hasCopilSeat: p.value.hasCopilSeat ?? false,
        })),
      );
      identifiers.forEach((x, i) => (created[i].id = x.id as string));
    }
    for (const p of plans.filter((p) => p.status === 'updated'))
      await em.update('Organisation', p.id!, Object.fromEntries(Object.entries(p.changes).map(([k, [, a]]) => [k, a])));
  },
};
