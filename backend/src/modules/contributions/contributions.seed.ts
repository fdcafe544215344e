import { rateOn, valueContribution } from '@maillage/emails/money';
import type { SeedStep } from '../../database/seed/seed';
import { ContributionRate } from './contribution-rate.entity';
import type { ContributionStatus, ContributionType, ContributionUnit } from './contribution-types';
import { Contribution } from './contribution.entity';

const RATES: { type: ContributionType; unit: ContributionUnit; validFrom: string; rateCents: number; label: string }[] =
  [
    {
      type: 'working_time',
      unit: 'hour',
      validFrom: '2025-01-01',
      rateCents: 1800,
      label: 'Heure de bénévolat, au SMIC horaire chargé',
    },
    {
      type: 'working_time',
      unit: 'hour',
      validFrom: '2026-01-01',
      rateCents: 1850,
      label: 'Heure de bénévolat, au SMIC horaire chargé (revalorisé)',
    },
    {
      type: 'working_time',
      unit: 'day',
      validFrom: '2025-01-01',
      rateCents: 12600,
      label: 'Journée de bénévolat (7 heures)',
    },
    {
      type: 'working_time',
      unit: 'day',
      validFrom: '2026-01-01',
      rateCents: 12950,
      label: 'Journée de bénévolat (7 heures, revalorisée)',
    },
    {
      type: 'room',
      unit: 'room_day',
      validFrom: '2025-01-01',
      rateCents: 25000,
      label: 'Journée de salle de réunion, tarif moyen de location en Île-de-France',
    },
    {
      type: 'room',
      unit: 'room_half_day',
      validFrom: '2025-01-01',
      rateCents: 14000,
      label: 'Demi-journée de salle de réunion',
    },
    {
      type: 'financial_management',
      unit: 'day',
      validFrom: '2025-01-01',
      rateCents: 32000,
      label: 'Journée de gestion administrative et financière (tarif d’un cabinet associatif)',
    },
    {
      type: 'financial_management',
      unit: 'hour',
      validFrom: '2025-01-01',
      rateCents: 4500,
      label: 'Heure de gestion administrative et financière',
    },
    {
      type: 'hosting_tools',
      unit: 'month',
      validFrom: '2025-01-01',
      rateCents: 4000,
      label: 'Mois d’hébergement d’un service web (serveur et maintenance)',
    },
  ];

interface Entry {
  org: string | null;
  person: string | null;
  /** Person key of the account that typed it in. */
  by: string;
  type: ContributionType;
  unit: ContributionUnit;
  quantity: number;
  amountCents?: number;
  description: string;
  /** Key of the working group it was given for (groups are seeded before contributions). */
  group?: string;
}

/**
 * Things given every month (or every quarter), from the documents: Gogocarto hosted by Colibris, the Bus sémantique by
 * Data Players…
 */
const MONTHLY: Entry[] = [
  {
    org: 'colibris',
    person: null,
    by: 'nadia-berthelot',
    type: 'hosting_tools',
    unit: 'month',
    quantity: 1,
    description: 'Hébergement du Gogocarto de la carte des alternatives',
  },
  {
    org: 'colibris',
    person: 'nadia-berthelot',
    by: 'nadia-berthelot',
    type: 'working_time',
    unit: 'hour',
    quantity: 6,
    description: 'COPIL mensuel et relais des actualités du réseau',
  },
  {
    org: 'data-players',
    person: null,
    by: 'sophie-vasseur',
    type: 'hosting_tools',
    unit: 'month',
    quantity: 1,
    description: 'Hébergement et maintenance du Bus sémantique',
  },
  {
    org: 'data-players',
    person: 'sophie-vasseur',
    by: 'sophie-vasseur',
    type: 'working_time',
    unit: 'day',
    quantity: 1.5,
    description: 'Groupe Technique : suivi des imports dynamiques des sources',
    group: 'technique',
  },
  {
    org: 'poles-noe',
    person: 'gilles-marchand',
    by: 'gilles-marchand',
    type: 'financial_management',
    unit: 'day',
    quantity: 1,
    description: 'Gestion financière d’OSCARTES (portage juridique, suivi des dépenses)',
  },
  {
    org: 'ctc',
    person: 'mathieu-delorme',
    by: 'claire-montagne',
    type: 'working_time',
    unit: 'hour',
    quantity: 8,
    description: 'Coordination du COPIL et préparation des ordres du jour',
  },
];
const QUARTERLY: Entry[] = [
  {
    org: 'territoires-en-liens',
    person: null,
    by: 'amandine-roussel',
    type: 'room',
    unit: 'room_day',
    quantity: 1,
    description: 'Salle prêtée pour le COPIL en présentiel',
  },
  {
    org: 'compagnie-tiers-lieux',
    person: null,
    by: 'yann-le-goff',
    type: 'room',
    unit: 'room_half_day',
    quantity: 1,
    description: 'Tiers-lieu ouvert pour un atelier Transiscothon',
  },
  {
    org: 'territoires-en-liens',
    person: 'amandine-roussel',
    by: 'amandine-roussel',
    type: 'working_time',
    unit: 'hour',
    quantity: 12,
    description: 'Groupe Sources : accompagnement des nouvelles sources de données',
    group: 'sources',
  },
  {
    org: 'democratie-ouverte',
    person: null,
    by: 'claire-montagne',
    type: 'working_time',
    unit: 'day',
    quantity: 1,
    description: 'Facilitation du COPIL en présentiel',
  },
];

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * Rates from 2025, and contributions from January 2025 to November 2026: validated, then awaiting validation, then
 * drafts.
 */
export const seedContributions: SeedStep = {
  name: 'contributions (with 9 dated rates)',
  async run(em, ids) {
    const rates: ContributionRate[] = [];
    for (const r of RATES) rates.push(await em.save(em.create(ContributionRate, r)));
    const account = (person: string) => ids.get(`account:${person}`)!;
    const coordinator = account('claire-montagne');
    const admin = account('bastien-ferrand');

    const rows: Partial<Contribution>[] = [];
    const add = (
      e: Entry,
      startsOn: string,
      endsOn: string,
      status: ContributionStatus,
      extra: Partial<Contribution> = {},
    ) => {
      const rate = rateOn(
        rates.filter((r) => r.type === e.type && r.unit === e.unit),
        startsOn,
      );
      const v = valueContribution({ unit: e.unit, quantity: e.quantity, amountCents: e.amountCents }, rate);
      if (typeof v === 'string') throw new Error(`demo contribution cannot be valued: ${e.description} (${v})`);
      const enteredById = account(e.by);
      const reviewed = new Date(`${endsOn}T16:00:00Z`);
      reviewed.setUTCDate(reviewed.getUTCDate() + 5);
      rows.push({
        organisationId: e.org ? ids.get(e.org)! : null,
        personId: e.person ? ids.get(e.person)! : null,
        enteredById,
        type: e.type,
        unit: e.unit,
        startsOn,
        endsOn,
        quantity: String(e.quantity),
        amountCents: e.amountCents ?? null,
        rateId: v.rateId,
        rateCents: v.rateCents,
        valueCents: v.valueCents,
        description: e.description,
        status,
        workingGroupId: e.group ? ids.get(`group:${e.group}`)! : null,
        submittedAt: status === 'draft' ? null : new Date(`${endsOn}T09:00:00Z`),
        submittedById: status === 'draft' ? null : enteredById,
        // Four eyes: what the coordinator typed in was validated by the admin.
        reviewedAt: status === 'validated' || status === 'rejected' ? reviewed : null,
        reviewedById:
          status === 'validated' || status === 'rejected' ? (enteredById === coordinator ? admin : coordinator) : null,
        ...extra,
      });
    };

    for (let y = 2025, m = 1; y < 2026 || m <= 11; m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
      const from = `${y}-${pad(m)}-01`;
      const to = `${y}-${pad(m)}-${pad(lastDay(y, m))}`;
      const status: ContributionStatus =
        y === 2026 && m === 11 ? 'draft' : y === 2026 && m === 10 ? 'submitted' : 'validated';
      for (const e of MONTHLY)
        add(
          e,
          e.type === 'hosting_tools' ? from : `${y}-${pad(m)}-15`,
          e.type === 'hosting_tools' ? to : `${y}-${pad(m)}-15`,
          status,
        );
      if (m % 3 === 0)
        for (const e of QUARTERLY)
          add(e, `${y}-${pad(m)}-10`, `${y}-${pad(m)}-10`, status === 'draft' ? 'draft' : 'validated');
    }

    const one = (e: Entry, day: string, status: ContributionStatus, extra?: Partial<Contribution>) =>
      add(e, day, day, status, extra);
    one(
      {
        org: 'colibris',
        person: null,
        by: 'nadia-berthelot',
        type: 'financial_participation',
        unit: 'euro',
        quantity: 2000,
        description: 'Participation aux frais de la rencontre annuelle des sources',
      },
      '2025-09-26',
      'validated',
    );
    one(
      {
        org: 'ctc',
        person: null,
        by: 'claire-montagne',
        type: 'financial_participation',
        unit: 'euro',
        quantity: 1500,
        description: 'Participation aux frais du Transiscothon de septembre',
      },
      '2026-09-19',
      'validated',
    );
    one(
      {
        org: 'terre-de-liens',
        person: null,
        by: 'claire-montagne',
        type: 'other',
        unit: 'unit',
        quantity: 1,
        amountCents: 18000,
        description: 'Impression des kits cartopartie (facture jointe)',
      },
      '2026-05-12',
      'validated',
    );
    one(
      {
        org: 'les-assembleurs',
        person: null,
        by: 'claire-montagne',
        type: 'room',
        unit: 'room_day',
        quantity: 1,
        description: 'Salle prêtée pour la formation « Les tiers-lieux et le numérique »',
      },
      '2026-06-18',
      'rejected',
      {
        rejectionReason: 'Justificatif manquant : joignez la convention de mise à disposition de la salle.',
      },
    );
    // Awaiting validation, given by the coordinator herself: someone else (the admin) must validate it.
    one(
      {
        org: 'ctc',
        person: 'claire-montagne',
        by: 'claire-montagne',
        type: 'working_time',
        unit: 'hour',
        quantity: 5,
        description: 'Préparation du dossier de subvention à la Fondation de France',
      },
      '2026-10-28',
      'submitted',
    );
    // Their own hours, logged by a volunteer and a contractor, waiting for a check.
    one(
      {
        org: 'territoires-en-liens',
        person: 'ines-caron',
        by: 'ines-caron',
        type: 'working_time',
        unit: 'hour',
        quantity: 4,
        description: 'Groupe Sources : vérification des imports et signalement des doublons',
        group: 'sources',
      },
      '2026-11-12',
      'draft',
    );
    one(
      {
        org: null,
        person: 'thomas-girard',
        by: 'thomas-girard',
        type: 'working_time',
        unit: 'hour',
        quantity: 3,
        description: 'Temps bénévole hors mission : atelier sur l’agrégation d’agendas',
      },
      '2026-11-06',
      'draft',
    );

    for (let i = 0; i < rows.length; i += 200) await em.insert(Contribution, rows.slice(i, i + 200));
    return rows.length;
  },
};
