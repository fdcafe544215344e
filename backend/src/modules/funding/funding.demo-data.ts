import type {
  BudgetAccount,
  BudgetCategory,
  DeliverableStatus,
  FunderKind,
  GrantStatus,
  ReportKind,
  ReportStatus,
} from './funding-types';

/**
 * The network's funding, from its own documents (shared/seeds): the FPH's support for 2021-2023 renewed for
 * 2024-2026, the 10 000 € agreement voted by the Communauté Paris-Saclay in September 2021, the 2 200 € the Essonne
 * department allocated to OSCARTES, the Fondation de France call that did not retain it, and the 80 000 € asked of
 * the ADEME's "Appel à Communs" on a 130 000 € budget (its cost lines are the application's). What the documents do
 * not say (instalment dates, spending, the 2026-2027 files) is invented to look like it; contacts use reserved
 * domains. Amounts are in euros here, turned into cents by the seed.
 */
export interface DemoFunder {
  key: string;
  name: string;
  kind: FunderKind;
  website?: string;
  notes: string;
  contacts: { name: string; role?: string; email?: string }[];
}

export interface DemoGrant {
  key: string;
  funder: string;
  title: string;
  reference?: string;
  /** Each status with its day, in order; the last one is the current status. */
  history: [GrantStatus, string][];
  requested: number;
  granted?: number;
  ownFunds?: number;
  startsOn?: string;
  endsOn?: string;
  applicationDeadline?: string;
  agreementSignedOn?: string;
  notes?: string;
  instalments?: { label: string; expected: number; expectedOn: string; received?: [number, string] }[];
  budget?: {
    category: BudgetCategory;
    /** The category's usual account unless given. */
    account?: BudgetAccount;
    label: string;
    planned: number;
    gapNote?: string;
    spent?: [string, number, string][];
  }[];
  /** Who signs the financial report's attestation, and as what. */
  signatory?: [string, string];
  reports?: { kind: ReportKind; title: string; dueOn: string; status?: ReportStatus; sentOn?: string }[];
  documents?: { kind: 'application' | 'agreement' | 'budget' | 'report' | 'other'; label: string; url: string }[];
  /** What the application promises (the activity report starts from it). */
  objectives?: string;
  expectedResults?: string;
  deliverables?: { title: string; dueOn: string; status: DeliverableStatus }[];
  indicators?: { label: string; target: number; measured?: number; unit: string }[];
}

export const funders: DemoFunder[] = [
  {
    key: 'fph',
    name: 'Fondation Charles Léopold Mayer pour le progrès de l’Homme (FPH)',
    kind: 'foundation',
    website: 'https://fph.example.org',
    notes:
      'Soutient Transiscope depuis 2021, soutien renouvelé pour trois ans (2024-2026). Attend un compte rendu financier et un bilan d’activité à la fin de chaque convention.',
    contacts: [{ name: 'Hélène Duval', role: 'Chargée de programme', email: 'helene.duval@fph.example.org' }],
  },
  {
    key: 'paris-saclay',
    name: 'Communauté d’agglomération Paris-Saclay (CPS)',
    kind: 'public_body',
    website: 'https://paris-saclay.example.org',
    notes:
      'Convention de subvention de 10 000 € votée en septembre 2021 pour OSCARTES, porté juridiquement par le PôleS NOE.',
    contacts: [
      {
        name: 'Service transition écologique',
        role: 'Suivi des conventions',
        email: 'transition@paris-saclay.example.org',
      },
    ],
  },
  {
    key: 'essonne',
    name: 'Département de l’Essonne',
    kind: 'public_body',
    website: 'https://essonne.example.org',
    notes:
      'Appel à projets « actions pour la résilience du territoire aux impacts des changements climatiques » (2 200 € alloués en 2021), puis soutien aux têtes de réseau de la transition.',
    contacts: [{ name: 'Direction de l’environnement', email: 'environnement@essonne.example.org' }],
  },
  {
    key: 'ademe',
    name: 'ADEME',
    kind: 'public_body',
    website: 'https://ademe.example.org',
    notes:
      'Appel à Communs « Sobriété et résilience des territoires » : les candidatures se construisent sur le wiki des communs, avec un référent ADEME.',
    contacts: [],
  },
  {
    key: 'fondation-de-france',
    name: 'Fondation de France',
    kind: 'foundation',
    website: 'https://fondationdefrance.example.org',
    notes:
      'Appel à projets « Réinventer nos communs pour amplifier la transition écologique » : candidature non retenue en 2021.',
    contacts: [],
  },
  {
    key: 'donateurs',
    name: 'Donatrices et donateurs de Transiscope',
    kind: 'campaign',
    notes:
      'Campagne de dons en ligne : action 1.3 de la stratégie « Faire système » (structurer et déployer des campagnes de dons).',
    contacts: [],
  },
];

export const grants: DemoGrant[] = [
  {
    key: 'fph-2021',
    funder: 'fph',
    title: 'Transiscope 2021-2023 : faire système',
    reference: 'FPH-2020-114',
    history: [
      ['applied', '2020-10-15'],
      ['granted', '2020-12-10'],
      ['closed', '2024-06-28'],
    ],
    requested: 75_000,
    granted: 75_000,
    startsOn: '2021-01-01',
    endsOn: '2023-12-31',
    agreementSignedOn: '2021-01-15',
    notes:
      'Premier soutien de la FPH à la stratégie définie en 2020, éprouvée pendant le COVID puis évaluée au Transiscothon de Paris en mars 2023.',
    instalments: [
      { label: 'Versement 2021', expected: 25_000, expectedOn: '2021-02-15', received: [25_000, '2021-02-15'] },
      { label: 'Versement 2022', expected: 25_000, expectedOn: '2022-02-15', received: [25_000, '2022-02-14'] },
      { label: 'Versement 2023', expected: 25_000, expectedOn: '2023-02-15', received: [25_000, '2023-02-20'] },
    ],
    budget: [
      {
        category: 'contractors',
        label: 'Coordination du réseau (prestataire)',
        planned: 45_000,
        spent: [
          ['2021-12-20', 15_000, 'Coordination 2021'],
          ['2022-12-19', 15_000, 'Coordination 2022'],
          ['2023-12-18', 14_800, 'Coordination 2023'],
        ],
      },
      {
        category: 'events',
        label: 'Transiscothons',
        planned: 15_000,
        spent: [
          ['2022-06-11', 4_120.5, 'Transiscothon de Lyon'],
          ['2023-03-18', 8_229.5, 'Transiscothon de Paris'],
        ],
      },
      {
        category: 'tools',
        label: 'Hébergement et outils libres',
        planned: 9_000,
        spent: [
          ['2021-06-30', 3_000, 'Hébergement 2021'],
          ['2022-06-30', 3_000, 'Hébergement 2022'],
          ['2023-06-30', 3_000, 'Hébergement 2023'],
        ],
      },
      {
        category: 'travel',
        label: 'Déplacements des membres',
        planned: 6_000,
        spent: [
          ['2022-06-12', 2_980.2, 'Trains pour Lyon'],
          ['2023-03-19', 4_129.8, 'Trains pour Paris'],
        ],
      },
    ],
    reports: [
      {
        kind: 'final_financial',
        title: 'Compte rendu financier final 2021-2023',
        dueOn: '2024-03-31',
        status: 'accepted',
        sentOn: '2024-03-25',
      },
    ],
  },
  {
    key: 'fph-2024',
    funder: 'fph',
    title: 'Transiscope 2024-2026 : faire système',
    reference: 'FPH-2023-087',
    history: [
      ['drafting', '2023-09-04'],
      ['applied', '2023-10-30'],
      ['granted', '2024-01-24'],
    ],
    requested: 90_000,
    granted: 90_000,
    ownFunds: 12_000,
    startsOn: '2024-01-01',
    endsOn: '2026-12-31',
    applicationDeadline: '2023-10-31',
    agreementSignedOn: '2024-02-12',
    objectives:
      'Faire de Transiscope le commun cartographique des alternatives : relier les cartes des membres, outiller les territoires, ouvrir les agendas.',
    expectedResults:
      'Des sources synchronisées chaque nuit, un agenda agrégé, des territoires qui animent leur carte et un réseau élargi à de nouveaux membres.',
    deliverables: [
      { title: 'Guide de contribution des sources', dueOn: '2024-12-31', status: 'delivered' },
      { title: 'Agrégation d’agenda (V2)', dueOn: '2026-06-30', status: 'in_progress' },
      { title: 'Kit d’animation territoriale', dueOn: '2026-12-31', status: 'planned' },
    ],
    indicators: [
      { label: 'Sources connectées', target: 40, measured: 31, unit: 'sources' },
      { label: 'Territoires animés', target: 12, measured: 8, unit: 'territoires' },
      { label: 'Participants aux Transiscothons', target: 300, unit: 'personnes' },
    ],
    notes:
      'Renouvellement pour trois ans, sur la base du document de perspectives 2024-2026 envoyé à la FPH. Les fonds propres sont la participation des membres au Transiscothon.',
    instalments: [
      { label: 'Versement 2024', expected: 30_000, expectedOn: '2024-03-01', received: [30_000, '2024-03-04'] },
      { label: 'Versement 2025', expected: 30_000, expectedOn: '2025-03-01', received: [30_000, '2025-02-27'] },
      { label: 'Premier versement 2026', expected: 15_000, expectedOn: '2026-03-01', received: [15_000, '2026-03-10'] },
      { label: 'Solde 2026', expected: 15_000, expectedOn: '2026-11-15' },
    ],
    budget: [
      {
        category: 'contractors',
        label: 'Coordination du réseau (prestataire)',
        planned: 48_000,
        spent: [
          ['2024-12-16', 16_000, 'Coordination 2024'],
          ['2025-12-15', 16_000, 'Coordination 2025'],
          ['2026-10-31', 13_500, 'Coordination janvier-octobre 2026'],
        ],
      },
      {
        category: 'contractors',
        label: 'Agrégation d’agenda (V2) : développement',
        planned: 18_000,
        gapNote: 'Développement décalé : la V2 a attendu l’ouverture des agendas sources (Framagenda, Google) en 2026.',
        spent: [
          ['2025-11-28', 6_000, 'Prototype d’agrégation'],
          ['2026-09-30', 7_500, 'Imports Framagenda et Google'],
        ],
      },
      {
        category: 'events',
        label: 'Transiscothons et COPIL présentiels',
        planned: 24_000,
        gapNote: 'Transiscothon 2026 reporté au printemps 2027 ; l’anniversaire du projet l’a remplacé à moindre coût.',
        spent: [
          ['2024-01-27', 3_850.4, 'COPIL présentiel de Paris'],
          ['2025-03-22', 4_120, 'Transiscothon de Lille'],
          ['2026-09-26', 2_760.55, 'Anniversaire du projet'],
        ],
      },
      {
        category: 'tools',
        account: '61',
        label: 'Hébergement et outils libres',
        planned: 5_400,
        spent: [
          ['2024-06-30', 1_800, 'Hébergement 2024'],
          ['2025-06-30', 1_800, 'Hébergement 2025'],
          ['2026-06-30', 1_800, 'Hébergement 2026'],
        ],
      },
      {
        category: 'travel',
        label: 'Déplacements des membres du COPIL',
        planned: 4_600,
        spent: [
          ['2024-01-28', 1_245.8, 'Trains COPIL de janvier'],
          ['2025-03-23', 1_530.1, 'Trains pour Lille'],
          ['2026-09-27', 980, 'Trains anniversaire'],
        ],
      },
      {
        category: 'fees',
        label: 'Frais de gestion',
        planned: 2_000,
        spent: [
          ['2024-12-31', 650, 'Frais bancaires et comptables 2024'],
          ['2025-12-31', 650, 'Frais bancaires et comptables 2025'],
        ],
      },
      {
        category: 'other',
        account: '70',
        label: 'Participation des membres aux Transiscothons',
        planned: 3_000,
        spent: [
          ['2025-03-22', 1_450, 'Inscriptions au Transiscothon de Lille'],
          ['2026-09-26', 620, 'Participation à l’anniversaire'],
        ],
      },
    ],
    signatory: ['Marion Lefèvre', 'co-présidente du réseau'],
    reports: [
      {
        kind: 'interim',
        title: 'Rapport intermédiaire 2024',
        dueOn: '2025-03-31',
        status: 'accepted',
        sentOn: '2025-03-28',
      },
      {
        kind: 'interim',
        title: 'Rapport intermédiaire 2025',
        dueOn: '2026-03-31',
        status: 'sent',
        sentOn: '2026-03-30',
      },
      { kind: 'final_financial', title: 'Compte rendu financier final 2024-2026', dueOn: '2027-03-31' },
      { kind: 'final_activity', title: 'Bilan d’activité 2024-2026', dueOn: '2027-03-31' },
    ],
    documents: [
      {
        kind: 'application',
        label: 'Document de perspectives 2024-2026',
        url: 'https://drive.example.org/transiscope/fph/perspectives-2024-2026.pdf',
      },
      {
        kind: 'agreement',
        label: 'Convention signée',
        url: 'https://drive.example.org/transiscope/fph/convention-2024-2026.pdf',
      },
    ],
  },
  {
    key: 'cps-2021',
    funder: 'paris-saclay',
    title: 'OSCARTES : convention de subvention 2021-2022',
    history: [
      ['applied', '2021-05-20'],
      ['granted', '2021-09-28'],
      ['closed', '2022-12-15'],
    ],
    requested: 10_000,
    granted: 10_000,
    startsOn: '2021-09-01',
    endsOn: '2022-08-31',
    agreementSignedOn: '2021-10-12',
    notes: 'Subvention versée au PôleS NOE, porteur juridique, qui l’alloue au projet sur son compte bancaire dédié.',
    instalments: [
      { label: 'Avance à la signature', expected: 5_000, expectedOn: '2021-11-01', received: [5_000, '2021-11-05'] },
      { label: 'Solde sur compte rendu', expected: 5_000, expectedOn: '2022-10-01', received: [5_000, '2022-10-03'] },
    ],
    budget: [
      {
        category: 'contractors',
        label: 'Accompagnement à la conception (AMOA)',
        planned: 6_000,
        spent: [['2022-03-15', 6_000, '10 jours d’AMOA']],
      },
      {
        category: 'events',
        label: 'Ateliers avec les acteurs du territoire',
        planned: 4_000,
        spent: [
          ['2021-11-18', 1_870, 'Atelier du mois de l’ESS'],
          ['2022-05-21', 2_000, 'Journée ESS Initiatives'],
        ],
      },
    ],
    reports: [
      {
        kind: 'final_financial',
        title: 'Compte rendu financier',
        dueOn: '2022-11-30',
        status: 'accepted',
        sentOn: '2022-11-25',
      },
    ],
  },
  {
    key: 'essonne-2021',
    funder: 'essonne',
    title: 'Résilience du territoire aux impacts des changements climatiques',
    history: [
      ['applied', '2021-04-15'],
      ['granted', '2021-07-06'],
      ['closed', '2022-10-20'],
    ],
    requested: 3_000,
    granted: 2_200,
    startsOn: '2021-07-01',
    endsOn: '2022-06-30',
    agreementSignedOn: '2021-07-20',
    instalments: [
      { label: 'Versement unique', expected: 2_200, expectedOn: '2021-09-15', received: [2_200, '2021-09-14'] },
    ],
    budget: [
      {
        category: 'events',
        label: 'Rencontres des acteurs de la résilience',
        planned: 2_200,
        spent: [
          ['2021-10-09', 1_460, 'Rencontre à Évry'],
          ['2022-04-02', 740, 'Cartopartie'],
        ],
      },
    ],
    reports: [
      {
        kind: 'final_financial',
        title: 'Compte rendu financier',
        dueOn: '2022-09-30',
        status: 'accepted',
        sentOn: '2022-09-12',
      },
    ],
  },
  {
    key: 'fdf-2021',
    funder: 'fondation-de-france',
    title: 'Réinventer nos communs pour amplifier la transition écologique',
    history: [
      ['drafting', '2021-02-01'],
      ['applied', '2021-03-31'],
      ['refused', '2021-07-02'],
    ],
    requested: 30_000,
    applicationDeadline: '2021-03-31',
  },
  {
    key: 'ademe-2027',
    funder: 'ademe',
    title: 'Appel à Communs « Sobriété et résilience des territoires » : OSCARTES',
    history: [
      ['drafting', '2026-09-14'],
      ['applied', '2026-10-27'],
    ],
    requested: 80_000,
    ownFunds: 50_000,
    startsOn: '2027-01-01',
    endsOn: '2027-12-31',
    applicationDeadline: '2026-10-31',
    notes:
      'Budget de 130 000 € en ajoutant les frais de gestion ; compte tenu des financements obtenus et attendus, la demande est de 80 000 €.',
    budget: [
      {
        category: 'contractors',
        label: 'Plateforme numérique : 20 jours d’AMOA et 6 mois d’intégration et de développement',
        planned: 52_000,
      },
      {
        category: 'contractors',
        label: 'Outils et programme de soutien aux initiatives : 30 jours d’accompagnement',
        planned: 18_000,
      },
      { category: 'contractors', label: 'Modèle socio-économique : 20 jours d’accompagnement', planned: 12_000 },
      { category: 'contractors', label: 'Documentation et essaimage du commun : 30 jours', planned: 18_000 },
      { category: 'staff', label: 'Coordination du projet à mi-temps sur un an', planned: 24_000 },
      { category: 'fees', label: 'Frais de gestion', planned: 6_000 },
    ],
    documents: [
      {
        kind: 'application',
        label: 'Fiche du commun sur le wiki de l’Appel à Communs',
        url: 'https://wiki.example.org/communs/oscartes',
      },
    ],
  },
  {
    key: 'essonne-2026',
    funder: 'essonne',
    title: 'Soutien aux têtes de réseau de la transition écologique 2026-2027',
    history: [
      ['applied', '2026-06-30'],
      ['granted', '2026-10-06'],
    ],
    requested: 25_000,
    granted: 25_000,
    startsOn: '2026-10-01',
    endsOn: '2027-09-30',
    applicationDeadline: '2026-06-30',
    notes: 'Décision de la commission permanente du 6 octobre 2026 ; la convention est en cours de signature.',
    instalments: [
      { label: 'Avance de 50 %', expected: 12_500, expectedOn: '2026-12-15' },
      { label: 'Solde sur compte rendu', expected: 12_500, expectedOn: '2027-11-30' },
    ],
    budget: [
      {
        category: 'events',
        label: 'Transiscothon en Essonne',
        planned: 8_000,
        spent: [['2026-11-14', 1_240, 'Réservation de la salle et repas']],
      },
      { category: 'contractors', label: 'Animation de la communauté des sources', planned: 12_000 },
      { category: 'travel', label: 'Déplacements', planned: 2_000 },
      { category: 'tools', label: 'Outils de cartographie', planned: 3_000 },
    ],
    reports: [{ kind: 'final_financial', title: 'Compte rendu financier (CERFA 15059)', dueOn: '2027-12-31' }],
  },
  {
    key: 'fph-2027',
    funder: 'fph',
    title: 'Transiscope 2027-2029 : renouvellement',
    history: [
      ['prospect', '2026-06-15'],
      ['drafting', '2026-10-05'],
    ],
    requested: 96_000,
    startsOn: '2027-01-01',
    endsOn: '2029-12-31',
    applicationDeadline: '2027-01-31',
    notes: 'À préparer avec le groupe Finance : la nouvelle raison d’être et le plan opérationnel 2027-2029.',
  },
  {
    key: 'dons-2026',
    funder: 'donateurs',
    title: 'Campagne de dons de fin d’année 2026',
    history: [['prospect', '2026-09-29']],
    requested: 6_000,
    applicationDeadline: '2026-12-05',
    notes: 'Lancement à décider au COPIL de décembre ; relais par la newsletter et les membres.',
  },
];
