import { parseEuros } from '@maillage/emails/money';
import type { EntityManager } from 'typeorm';
import type { Funder } from '../../funding/funder.entity';
import type { Grant } from '../../funding/grant.entity';
import type { GrantStatus } from '../../funding/funding-types';
import { parisToday } from '../../working-groups/terms';
import type { RowReader } from '../fields';
import { msg } from '../../../common/error-catalogue';
import { ImportError } from '../imports.errors';
import { changed, type ImportAdapter, type RowPlan } from './adapter';

export interface GrantRow {
  title: string;
  reference: string | null;
  funder: string;
  status: GrantStatus | null;
  statusChangedOn: string | null;
  amountRequestedCents: number | null;
  amountGrantedCents: number | null;
  ownFundsCents: number | null;
  startsOn: string | null;
  endsOn: string | null;
  applicationDeadline: string | null;
  grantedOn: string | null;
  agreementSignedOn: string | null;
  notes: string | null;
  /** Filled by the plan. */
  funderId?: string;
  fromStatus?: GrantStatus | null;
}

const STATUSES: Record<GrantStatus, string[]> = {
  prospect: ['piste', 'prospect'],
  drafting: ['en rédaction', 'rédaction', 'drafting'],
  applied: ['déposée', 'déposé', 'applied'],
  granted: ['accordée', 'accordé', 'granted'],
  refused: ['refusée', 'refusé', 'refused'],
  closed: ['clôturée', 'clôturé', 'closed'],
};
const MONEY = ['amountRequestedCents', 'amountGrantedCents', 'ownFundsCents'] as const;
const DAYS = [
  'statusChangedOn',
  'startsOn',
  'endsOn',
  'applicationDeadline',
  'grantedOn',
  'agreementSignedOn',
] as const;
const label = (fr: string, en: string) => ({ fr, en });

/** Euros as French spreadsheets write them (« 1 234,50 € », 1234.5): a leading minus is a number, and refused. */
function euros(r: RowReader, field: string): number | null {
  const v = r.raw(field, true);
  if (v === null) return null;
  return parseEuros(v, 'fr') ?? r.fail(field, ImportError.InvalidNumber) ?? null;
}

/**
 * Matched within its funder (named, must exist) on its reference, else on its title (whatever their case). An import
 * corrects a grant's status without the transitions the grant page enforces, but records the change in its history.
 */
export const grantsAdapter: ImportAdapter<GrantRow> = {
  kind: 'grants',
  entityType: 'Grant',
  fields: [
    { name: 'title', label: label('Intitulé', 'Title'), required: true, aliases: ['titre', 'projet', 'subvention'] },
    { name: 'reference', label: label('Référence', 'Reference'), aliases: ['ref', 'numero de dossier', 'dossier'] },
    { name: 'funder', label: label('Financeur', 'Funder'), required: true, aliases: ['financeur', 'funder'] },
    { name: 'status', label: label('Statut', 'Status'), aliases: ['etat', 'status'] },
    { name: 'statusChangedOn', label: label('Statut depuis le', 'Status since'), aliases: [] },
    {
      name: 'amountRequestedCents',
      label: label('Montant demandé (€)', 'Amount requested (€)'),
      aliases: ['montant demande', 'amount requested', 'demande'],
    },
    {
      name: 'amountGrantedCents',
      label: label('Montant accordé (€)', 'Amount granted (€)'),
      aliases: ['montant accorde', 'amount granted', 'accorde'],
    },
    { name: 'ownFundsCents', label: label('Fonds propres (€)', 'Own funds (€)'), aliases: ['fonds propres'] },
    { name: 'startsOn', label: label('Début', 'Starts on'), aliases: ['date de debut', 'start'] },
    { name: 'endsOn', label: label('Fin', 'Ends on'), aliases: ['date de fin', 'end'] },
    {
      name: 'applicationDeadline',
      label: label('Date limite de dépôt', 'Application deadline'),
      aliases: ['date limite', 'deadline'],
    },
    { name: 'grantedOn', label: label('Accordée le', 'Granted on'), aliases: ['date d accord'] },
    { name: 'agreementSignedOn', label: label('Convention signée le', 'Agreement signed on'), aliases: ['convention'] },
    { name: 'notes', label: label('Notes', 'Notes'), aliases: ['remarques', 'commentaire'] },
  ],

  read(r: RowReader) {
    const value = {
      title: r.text('title', 200, true),
      reference: r.text('reference', 120),
      funder: r.text('funder', 200, true),
      status: r.oneOf('status', STATUSES),
      notes: r.text('notes', 5000),
      ...Object.fromEntries(MONEY.map((f) => [f, euros(r, f)])),
      ...Object.fromEntries(DAYS.map((f) => [f, r.day(f)])),
    } as GrantRow;
    if (value.startsOn && value.endsOn && value.endsOn < value.startsOn && !r.errors.length)
      r.fail('endsOn', ImportError.EndsBeforeStart);
    return r.errors.length ? undefined : value;
  },

  // Named by the field a duplicate is reported on.
  keys: (v) => [(v.reference ? `reference:${v.funder}/${v.reference}` : `title:${v.funder}/${v.title}`).toLowerCase()],
  label: (v) => (v.reference ? `${v.title} (${v.reference})` : v.title),

  async plan(em, rows, fail) {
    const funders = new Map(
      (
        await em
          .getRepository<Funder>('Funder')
          .createQueryBuilder('f')
          .where('lower(f.name) = ANY(:names)', { names: rows.map((r) => r.value.funder.toLowerCase()) })
          .getMany()
      ).map((f) => [f.name.toLowerCase(), f.id]),
    );
    const grants = funders.size
      ? await em
          .getRepository<Grant>('Grant')
          .createQueryBuilder('g')
          .where('g.funderId = ANY(:ids)', { ids: [...funders.values()] })
          .getMany()
      : [];
    const find = (funderId: string, v: GrantRow) =>
      grants.find(
        (g) =>
          g.funderId === funderId &&
          (v.reference
            ? g.reference?.toLowerCase() === v.reference.toLowerCase()
            : g.title.toLowerCase() === v.title.toLowerCase()),
      );
    const plans: RowPlan<GrantRow>[] = [];
    for (const { line, value } of rows) {
      const funderId = funders.get(value.funder.toLowerCase());
      if (!funderId) {
        fail(line, 'funder', msg(ImportError.UnknownFunder, { name: value.funder }));
        continue;
      }
      const grant = find(funderId, value);
      if (!grant && value.amountRequestedCents === null) {
        fail(line, 'amountRequestedCents', ImportError.Required);
        continue;
      }
      const { funder: _f, ...fields } = value;
      // A status changed without its day changes on the day of the import, as on the grant page.
      if (grant && fields.status && fields.status !== grant.status && !fields.statusChangedOn)
        fields.statusChangedOn = parisToday();
      const after = { ...(grant ?? {}), ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null)) };
      if ((after.status ?? 'prospect') === 'granted' && after.amountGrantedCents == null) {
        fail(line, 'amountGrantedCents', ImportError.Required);
        continue;
      }
      if (after.startsOn && after.endsOn && after.endsOn < after.startsOn) {
        fail(line, 'endsOn', ImportError.EndsBeforeStart);
        continue;
      }
      const changes = grant ? changed(grant, fields) : {};
      const status = !grant ? 'created' : Object.keys(changes).length ? 'updated' : 'unchanged';
      const row = { ...value, ...fields, funderId, fromStatus: grant?.status ?? null };
      plans.push({ line, value: row, status, id: grant?.id ?? null, changes });
    }
    return plans;
  },

  async write(em: EntityManager, plans) {
    const today = parisToday();
    const created = plans.filter((p) => p.status === 'created');
    if (created.length) {
      const { identifiers } = await em.insert(
        'Grant',
        created.map(({ value: { funder: _f, fromStatus: _s, status, statusChangedOn, ownFundsCents, ...v } }) => ({
          ...v,
          status: status ?? 'prospect',
          statusChangedOn: statusChangedOn ?? today,
          ownFundsCents: ownFundsCents ?? 0,
          grantedOn: v.grantedOn ?? (status === 'granted' ? (statusChangedOn ?? today) : null),
        })),
      );
      identifiers.forEach((x, i) => (created[i].id = x.id as string));
    }
    const moves = [];
    for (const p of plans) {
      if (p.status === 'updated')
        await em.update('Grant', p.id!, Object.fromEntries(Object.entries(p.changes).map(([k, [, a]]) => [k, a])));
      // The grant's history of statuses starts with its first one, and records each change an import makes.
      const moved = p.status === 'created' || 'status' in p.changes;
      if (moved)
        moves.push({
          grantId: p.id!,
          fromStatus: p.value.fromStatus ?? null,
          status: p.value.status ?? 'prospect',
          changedOn: p.value.statusChangedOn ?? today,
          note: 'Import',
        });
    }
    if (moves.length) await em.insert('GrantStatusChange', moves);
  },
};
