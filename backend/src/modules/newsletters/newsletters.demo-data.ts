/**
 * Demo data of the newsletter: the lists the communication team keeps and the people on them. Every person is
 * invented and every address uses a reserved domain (.example.org), like the rest of the demo data.
 */
export const demoLists = [
  {
    key: 'lettre-du-reseau',
    name: 'La lettre du réseau',
    isPublic: true,
    description:
      'Tous les deux mois, les nouvelles des écosystèmes des transitions : alternatives, rencontres des territoires, nouveaux membres.',
  },
  {
    key: 'territoire-aura',
    name: 'Actualités Auvergne-Rhône-Alpes',
    isPublic: true,
    description: 'Les rencontres et cartoparties de la région, en plus de la lettre.',
  },
  {
    key: 'copil-interne',
    name: 'COPIL — informations internes',
    isPublic: false,
    description: 'Pour les membres du comité de pilotage : ordres du jour et relevés de décisions.',
  },
] as const;

type ListKey = (typeof demoLists)[number]['key'];

export interface DemoSubscriber {
  email: string;
  firstName: string | null;
  lastName: string | null;
  locale: 'fr' | 'en';
  lists: ListKey[];
  /** How they came: the public form (double opt-in) or a paper form typed in by the team. */
  via: 'form' | 'event';
  status?: 'pending' | 'unsubscribed' | 'bounced';
}

const people: [string, string, ListKey[]][] = [
  ['Hélène', 'Marchal', ['lettre-du-reseau']],
  ['Youssef', 'Amrani', ['lettre-du-reseau', 'territoire-aura']],
  ['Claire', 'Dubois', ['lettre-du-reseau']],
  ['Mathis', 'Lefèvre', ['lettre-du-reseau']],
  ['Sandrine', 'Poulain', ['lettre-du-reseau', 'territoire-aura']],
  ['Jérôme', 'Cordier', ['lettre-du-reseau']],
  ['Nora', 'Haddad', ['lettre-du-reseau']],
  ['Baptiste', 'Colin', ['territoire-aura']],
  ['Lucie', 'Perret', ['lettre-du-reseau']],
  ['Olivier', 'Guérin', ['lettre-du-reseau']],
  ['Fanny', 'Rolland', ['lettre-du-reseau', 'territoire-aura']],
  ['Ahmed', 'Saïdi', ['lettre-du-reseau']],
  ['Juliette', 'Barbier', ['lettre-du-reseau']],
  ['Maël', 'Kerjean', ['lettre-du-reseau']],
  ['Isabelle', 'Fournier', ['lettre-du-reseau']],
  ['Pierre', 'Lambert', ['lettre-du-reseau', 'copil-interne']],
  ['Agnès', 'Texier', ['copil-interne']],
  ['Rachid', 'Meziane', ['lettre-du-reseau']],
  ['Emma', 'Blanc', ['lettre-du-reseau']],
  ['Gaspard', 'Noël', ['lettre-du-reseau']],
];

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

export const demoSubscribers: DemoSubscriber[] = [
  ...people.map(([first, last, lists], i): DemoSubscriber => ({
    email: `${ascii(first)}.${ascii(last)}@${['transitions', 'tiers-lieux', 'alternatives', 'territoires'][i % 4]}.example.org`,
    firstName: first,
    lastName: last,
    locale: 'fr',
    lists,
    via: i % 5 === 3 ? 'event' : 'form',
  })),
  {
    email: 'sarah.oconnor@commons.example.org',
    firstName: 'Sarah',
    lastName: 'O’Connor',
    locale: 'en',
    lists: ['lettre-du-reseau'],
    via: 'form',
  },
  {
    email: 'contact@ressourcerie-du-plateau.example.org',
    firstName: null,
    lastName: null,
    locale: 'fr',
    lists: ['lettre-du-reseau'],
    via: 'form',
  },
  {
    email: 'thibault.morin@transitions.example.org',
    firstName: 'Thibault',
    lastName: 'Morin',
    locale: 'fr',
    lists: ['lettre-du-reseau'],
    via: 'form',
    status: 'pending',
  },
  {
    email: 'vanessa.roy@alternatives.example.org',
    firstName: 'Vanessa',
    lastName: 'Roy',
    locale: 'fr',
    lists: ['lettre-du-reseau'],
    via: 'form',
    status: 'unsubscribed',
  },
  {
    email: 'ancienne.adresse@territoires.example.org',
    firstName: 'Marc',
    lastName: 'Vidal',
    locale: 'fr',
    lists: ['lettre-du-reseau'],
    via: 'event',
    status: 'bounced',
  },
];

/** Blocks of the demo issues, as stored (new members by organisation key, turned into ids when seeding). */
type DemoBlock =
  | { type: 'editorial' | 'free_text'; title?: string; html: string }
  | {
      type: 'article';
      title: string;
      text: string;
      imageUrl?: string;
      imageAlt?: string;
      linkUrl?: string;
      linkLabel?: string;
    }
  | {
      type: 'agenda';
      title?: string;
      events: { date: string; time?: string; title: string; place: string; url?: string }[];
    }
  | { type: 'new_members'; title?: string; intro?: string; organisations: string[] }
  | { type: 'donation'; title: string; text: string; buttonLabel: string; buttonUrl: string };

/** A recipient for whom the send did not simply succeed. */
export interface DemoOutcome {
  email: string;
  status: 'failed' | 'bounced' | 'uncertain';
  attempts: number;
  smtpResponse: string | null;
}

export interface DemoIssue {
  number: number;
  title: string;
  preheader: string;
  /** Days from the seeding day: negative for issues already sent. */
  sentDaysAgo?: number;
  status: 'sent' | 'draft';
  blocks: DemoBlock[];
  outcomes?: DemoOutcome[];
}

export const demoIssues: DemoIssue[] = [
  {
    number: 9,
    status: 'sent',
    sentDaysAgo: 130,
    title: 'Faire système : la nouvelle raison d’être du réseau',
    preheader: 'Ce que le COPIL présentiel a décidé, et le programme des rencontres des territoires.',
    blocks: [
      {
        type: 'editorial',
        title: 'Édito',
        html: '<p>Au COPIL présentiel de janvier, nous avons adopté une <strong>raison d’être</strong> commune : relier les alternatives des territoires pour qu’elles fassent système.</p><p>Cette lettre vous raconte comment nous allons la mettre en œuvre d’ici 2026.</p>',
      },
      {
        type: 'article',
        title: 'Trois axes pour 2024-2026',
        text: 'Rendre visibles les alternatives, outiller les territoires, et faire coopérer les réseaux qui cartographient.\n\nChaque axe a désormais un groupe de travail référent.',
        linkUrl: 'https://transiscope.example.org/strategie',
        linkLabel: 'Lire la stratégie',
      },
      {
        type: 'donation',
        title: 'Soutenez la carte',
        text: 'La carte des alternatives vit grâce aux contributions de ses membres et de ses lectrices et lecteurs.',
        buttonLabel: 'Faire un don',
        buttonUrl: 'https://transiscope.example.org/don',
      },
    ],
  },
  {
    number: 10,
    status: 'sent',
    sentDaysAgo: 70,
    title: 'Transiscothon de Lyon : quarante personnes, trois cents alternatives',
    preheader: 'Retour sur la cartoparty lyonnaise et l’agenda de la rentrée.',
    blocks: [
      {
        type: 'editorial',
        html: '<p>La rencontre des territoires de Lyon a montré que la carte se construit d’abord <em>ensemble</em>, autour d’une table.</p>',
      },
      {
        type: 'article',
        title: 'Une cartoparty dans un tiers-lieu',
        text: 'Les participantes et participants de douze organisations ont vérifié et ajouté plus de trois cents alternatives de la métropole.',
        imageUrl: 'https://transiscope.example.org/images/cartoparty-lyon.jpg',
        imageAlt: 'Des personnes autour d’une grande carte de Lyon',
        linkUrl: 'https://transiscope.example.org/actualites/transiscothon-lyon',
        linkLabel: 'Lire le compte rendu',
      },
      {
        type: 'agenda',
        events: [
          { date: '2026-10-10', time: '18:30', title: 'COPIL mensuel (visio)', place: 'En ligne' },
          {
            date: '2026-11-21',
            time: '10:00',
            title: 'Rencontre des territoires',
            place: 'Paris, La Base',
            url: 'https://transiscope.example.org/rencontres',
          },
        ],
      },
    ],
  },
  {
    number: 11,
    status: 'sent',
    sentDaysAgo: 10,
    title: 'Bienvenue aux Hameaux Légers et à Archi-Possible',
    preheader: 'Deux nouveaux membres, la V2 de l’agenda et un appel à bénévoles.',
    outcomes: [
      {
        email: 'ancienne.adresse@territoires.example.org',
        status: 'bounced',
        attempts: 1,
        smtpResponse: '550 5.1.1 <ancienne.adresse@territoires.example.org>: Recipient address rejected: User unknown',
      },
      {
        email: 'olivier.guerin@tiers-lieux.example.org',
        status: 'failed',
        attempts: 5,
        smtpResponse: '452 4.2.2 Mailbox full',
      },
      {
        email: 'isabelle.fournier@alternatives.example.org',
        status: 'failed',
        attempts: 1,
        smtpResponse: '554 5.7.1 Message rejected: spam suspected',
      },
      { email: 'rachid.meziane@tiers-lieux.example.org', status: 'uncertain', attempts: 1, smtpResponse: null },
    ],
    blocks: [
      {
        type: 'new_members',
        intro: 'Deux organisations ont signé la charte ce bimestre.',
        organisations: ['hameaux-legers', 'archi-possible'],
      },
      {
        type: 'article',
        title: 'L’agenda agrégé arrive',
        text: 'Le groupe Technique prépare la V2 : les événements des sources seront réunis dans un seul agenda.',
        linkUrl: 'https://transiscope.example.org/agenda',
        linkLabel: 'Voir la démo',
      },
      {
        type: 'free_text',
        html: '<p>Envie de donner un coup de main ? Le groupe Sources cherche des bénévoles pour vérifier les imports : écrivez-nous.</p>',
      },
    ],
  },
  {
    number: 12,
    status: 'draft',
    title: 'Rencontre des territoires : ce qui s’est dit à Paris',
    preheader: 'Le relevé des décisions et les prochaines cartoparties.',
    blocks: [
      {
        type: 'editorial',
        title: 'Édito',
        html: '<p>Brouillon : quelques lignes sur la rencontre des territoires du 21 novembre.</p>',
      },
      {
        type: 'agenda',
        title: 'Prochaines cartoparties',
        events: [{ date: '2027-01-16', time: '14:00', title: 'Cartoparty des tiers-lieux', place: 'Grenoble' }],
      },
    ],
  },
];

export const demoProposals = [
  {
    proposer: 'sophie-vasseur',
    groupName: 'GT Technique',
    title: 'La V2 de l’agenda en test',
    text: 'Nous cherchons des personnes pour tester l’agenda agrégé avant sa sortie : une heure suffit.',
    linkUrl: 'https://transiscope.example.org/agenda-beta',
  },
  {
    proposer: 'nadia-berthelot',
    groupName: 'COPIL — Colibris',
    title: 'Retour sur le festival des alternatives',
    text: 'Colibris a tenu un stand avec la carte au festival de Grenoble : 200 visites et 40 nouvelles alternatives signalées.',
  },
] as const;
