/**
 * Demo data of the newsletter: the lists the communication team keeps and the people on them. Every person is
 * invented and every address uses a reserved domain (.example.org), like the rest of the demo data.
 */
export const demoLists = [
  { key: 'lettre-du-reseau', name: 'La lettre du réseau', isPublic: true, description: 'Tous les deux mois, les nouvelles des écosystèmes des transitions : alternatives, rencontres des territoires, nouveaux membres.' },
  { key: 'territoire-aura', name: 'Actualités Auvergne-Rhône-Alpes', isPublic: true, description: 'Les rencontres et cartoparties de la région, en plus de la lettre.' },
  { key: 'copil-interne', name: 'COPIL — informations internes', isPublic: false, description: 'Pour les membres du comité de pilotage : ordres du jour et relevés de décisions.' },
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

const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');

export const demoSubscribers: DemoSubscriber[] = [
  ...people.map(([first, last, lists], i): DemoSubscriber => ({
    email: `${ascii(first)}.${ascii(last)}@${['transitions', 'tiers-lieux', 'alternatives', 'territoires'][i % 4]}.example.org`,
    firstName: first, lastName: last, locale: 'fr', lists, via: i % 5 === 3 ? 'event' : 'form',
  })),
  { email: 'sarah.oconnor@commons.example.org', firstName: 'Sarah', lastName: 'O’Connor', locale: 'en', lists: ['lettre-du-reseau'], via: 'form' },
  { email: 'contact@ressourcerie-du-plateau.example.org', firstName: null, lastName: null, locale: 'fr', lists: ['lettre-du-reseau'], via: 'form' },
  { email: 'thibault.morin@transitions.example.org', firstName: 'Thibault', lastName: 'Morin', locale: 'fr', lists: ['lettre-du-reseau'], via: 'form', status: 'pending' },
  { email: 'vanessa.roy@alternatives.example.org', firstName: 'Vanessa', lastName: 'Roy', locale: 'fr', lists: ['lettre-du-reseau'], via: 'form', status: 'unsubscribed' },
  { email: 'ancienne.adresse@territoires.example.org', firstName: 'Marc', lastName: 'Vidal', locale: 'fr', lists: ['lettre-du-reseau'], via: 'event', status: 'bounced' },
];
