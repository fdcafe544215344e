import { parseEuros } from '@maillage/emails/money';
import type { DonationCampaign } from '../../donations/campaign.entity';
import { DonationsService } from '../../donations/donations.service';
import type { Gift } from '../../donations/gift.entity';
import { msg } from '../../../common/error-catalogue';
import type { RowReader } from '../fields';
import { ImportError } from '../imports.errors';
import type { ImportAdapter, RowPlan } from './adapter';

export interface GiftRow {
  kind: 'person' | 'organisation';
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  organisationName: string | null;
  siren: string | null;
  address: string | null;
  postcode: string | null;
  city: string | null;
  amountCents: number;
  receivedOn: string;
  paymentMethod: Gift['paymentMethod'];
  frequency: Gift['frequency'];
  campaign: string | null;
  reference: string | null;
  /** Filled by the plan. */
  campaignId?: string | null;
}

const METHODS: Record<Gift['paymentMethod'], string[]> = {
  cheque: ['chèque', 'cheque', 'check'],
  transfer: ['virement', 'transfer', 'bank transfer'],
  card: ['carte', 'carte bancaire', 'card', 'cb'],
  direct_debit: ['prélèvement', 'direct debit', 'sepa'],
  cash: ['espèces', 'cash', 'liquide'],
  other: ['autre', 'other'],
};
const FREQUENCIES: Record<Gift['frequency'], string[]> = {
  one_off: ['ponctuel', 'unique', 'one-off', 'one off'],
  monthly: ['mensuel', 'monthly', 'tous les mois'],
};
const label = (fr: string, en: string) => ({ fr, en });
/** The gift an identical row already brought in: same donor, day, amount and means (or the same reference). */
const sameGift = (v: GiftRow) =>
  v.reference
    ? `ref:${v.reference.toLowerCase()}`
    : `${(v.email ?? v.siren ?? v.organisationName ?? '').toLowerCase()}/${v.receivedOn}/${v.amountCents}/${v.paymentMethod}`;

/**
 * Cheques, transfers and cash from a spreadsheet (HelloAsso's come through its API). Donors are matched as a gift
 * entered by hand matches them (a person by email, an organisation by SIREN or name) or created; a gift already
 * there (same reference, or same donor, day, amount and means) is left as it is, so a file imported twice adds nothing.
 */
export const giftsAdapter: ImportAdapter<GiftRow> = {
  kind: 'gifts',
  entityType: 'Gift',
  fields: [
    { name: 'email', label: label('E-mail', 'Email'), aliases: ['courriel', 'mail', 'adresse electronique'] },
    { name: 'firstName', label: label('Prénom', 'First name'), aliases: ['prenom du donateur'] },
    { name: 'lastName', label: label('Nom', 'Last name'), aliases: ['nom du donateur', 'donateur'] },
    {
      name: 'organisationName',
      label: label('Organisation', 'Organisation'),
      aliases: ['entreprise', 'societe', 'raison sociale'],
    },
    { name: 'siren', label: label('SIREN', 'SIREN'), aliases: ['numero siren'] },
    { name: 'address', label: label('Adresse', 'Address'), aliases: ['rue'] },
    { name: 'postcode', label: label('Code postal', 'Postcode'), aliases: ['cp', 'zip'] },
    { name: 'city', label: label('Ville', 'City'), aliases: ['commune'] },
    {
      name: 'amount',
      label: label('Montant (€)', 'Amount (€)'),
      required: true,
      aliases: ['montant', 'somme', 'amount'],
    },
    {
      name: 'receivedOn',
      label: label('Date du don', 'Date of the gift'),
      required: true,
      aliases: ['date', 'recu le'],
    },
    {
      name: 'paymentMethod',
      label: label('Mode de paiement', 'Payment method'),
      required: true,
      aliases: ['mode', 'moyen de paiement'],
    },
    { name: 'frequency', label: label('Périodicité', 'Frequency'), aliases: ['frequence', 'periodicite'] },
    { name: 'campaign', label: label('Campagne', 'Campaign'), aliases: ['campagne de dons'] },
    { name: 'reference', label: label('Référence', 'Reference'), aliases: ['numero de cheque', 'ref'] },
  ],

  read(r: RowReader) {
    const organisationName = r.text('organisationName', 200);
    const lastName = r.text('lastName', 100);
    const rawAmount = r.raw('amount', true);
    const amountCents = rawAmount === null ? null : parseEuros(rawAmount, 'fr');
    if (rawAmount === null) r.fail('amount', ImportError.Required);
    else if (amountCents === null || amountCents <= 0) r.fail('amount', ImportError.InvalidNumber);
    const receivedOn = r.day('receivedOn');
    if (!receivedOn && !r.errors.some(([f]) => f === 'receivedOn')) r.fail('receivedOn', ImportError.Required);
    const paymentMethod = r.oneOf('paymentMethod', METHODS);
    if (!paymentMethod && !r.errors.some(([f]) => f === 'paymentMethod')) r.fail('paymentMethod', ImportError.Required);
    if (!organisationName && !lastName) r.fail('lastName', ImportError.Required);
    const value: GiftRow = {
      kind: organisationName ? 'organisation' : 'person',
      email: r.email('email'),
      firstName: r.text('firstName', 100),
      lastName,
      organisationName,
      siren: r.pattern('siren', /^\d{9}$/, ImportError.InvalidSiren),
      address: r.text('address', 300),
      postcode: r.text('postcode', 10),
      city: r.text('city', 100),
      amountCents: amountCents ?? 0,
      receivedOn: receivedOn ?? '',
      paymentMethod: paymentMethod ?? 'other',
      frequency: r.oneOf('frequency', FREQUENCIES, 'one_off')!,
      campaign: r.text('campaign', 200),
      reference: r.text('reference', 100),
    };
    return r.errors.length ? undefined : value;
  },

  keys: (v) => [sameGift(v)],
  label: (v) => `${v.organisationName ?? [v.firstName, v.lastName].filter(Boolean).join(' ')} — ${v.receivedOn}`,

  async plan(em, rows, fail) {
    const names = [...new Set(rows.map((r) => r.value.campaign?.toLowerCase()).filter((n): n is string => !!n))];
    const campaigns = new Map(
      (names.length
        ? await em
            .getRepository<DonationCampaign>('DonationCampaign')
            .createQueryBuilder('c')
            .where('lower(c.name) = ANY(:names)', { names })
            .getMany()
        : []
      ).map((c) => [c.name.toLowerCase(), c.id]),
    );
    const known = new Set(
      (
        await em.query<{ key: string }[]>(
          `SELECT CASE WHEN g.reference IS NOT NULL AND g.source = 'import' THEN 'ref:' || lower(g.reference)
                  ELSE lower(coalesce(d.email, d.siren, d.organisation_name, '')) || '/' || g.received_on::text || '/'
                       || g.amount_cents || '/' || g.payment_method END AS key
           FROM gifts g JOIN donors d ON d.id = g.donor_id WHERE g.received_on = ANY($1::date[])`,
          [[...new Set(rows.map((r) => r.value.receivedOn))]],
        )
      ).map((k) => k.key),
    );
    const plans: RowPlan<GiftRow>[] = [];
    for (const { line, value } of rows) {
      const campaignId = value.campaign ? campaigns.get(value.campaign.toLowerCase()) : null;
      if (campaignId === undefined) {
        fail(line, 'campaign', msg(ImportError.UnknownCampaign, { name: value.campaign! }));
        continue;
      }
      const status = known.has(sameGift(value)) ? 'unchanged' : 'created';
      plans.push({ line, value: { ...value, campaignId }, status, id: null, changes: {} });
    }
    return plans;
  },

  async write(em, plans) {
    for (const p of plans.filter((x) => x.status === 'created')) {
      const v = p.value;
      const { donor } = await DonationsService.donorFor(em, v, '');
      const { identifiers } = await em.insert('Gift', {
        donorId: donor.id,
        campaignId: v.campaignId ?? null,
        amountCents: v.amountCents,
        receivedOn: v.receivedOn,
        frequency: v.frequency,
        paymentMethod: v.paymentMethod,
        status: 'paid',
        source: 'import',
        reference: v.reference,
      });
      p.id = identifiers[0].id as string;
    }
  },
};
