/**
 * Demo data drawn from the network's own documents (shared/seeds): its strategy "Faire système",
 * the operational plan, the OSCARTES application, the Colibris page and the tiers-lieux thread.
 * Organisation names are the real ones the documents cite; every person is invented, and every
 * address uses reserved domains (.example.org, .test) so that no real contact is ever written to.
 * Phone numbers are left out on purpose: we would rather show none than invent a reachable one.
 * Pure data: the seeding code maps keys to ids.
 */

export type OrganisationKind = 'association' | 'cooperative' | 'collective' | 'public_body';
export type MembershipStatus = 'candidate' | 'member' | 'former';
export type Role = 'admin' | 'coordinator' | 'copil' | 'comms' | 'wg_lead' | 'contractor' | 'volunteer' | 'treasurer';
export type MembershipRole = 'representative' | 'copil_member' | 'staff' | 'volunteer';

export interface DemoOrganisation {
  key: string;
  name: string;
  kind: OrganisationKind;
  membershipStatus: MembershipStatus;
  candidateSince?: string;
  memberSince?: string;
  formerSince?: string;
  charterSignedOn?: string;
  hasCopilSeat: boolean;
  territory: string;
  website?: string;
  contactEmail?: string;
  contactPhone?: string;
  description: string;
}

export interface DemoPerson {
  key: string;
  firstName: string;
  lastName: string;
  email?: string;
  phone?: string;
  notes?: string;
  memberships: { organisation: string /* org key */; role: MembershipRole }[];
  account?: { roles: Role[]; locale: 'fr' | 'en' };
}

export type WorkingGroupMemberRole = 'referent' | 'facilitator' | 'welcomer' | 'member';

export interface DemoWorkingGroup {
  key: string;
  name: string;
  mission: string;
  mailingList: string;
  chatChannel: string;
  /** The plan asks each group for two referents, a facilitator and someone who welcomes volunteers. */
  members: { person: string /* person key */; role: WorkingGroupMemberRole }[];
}

export interface DemoStrategyAction {
  number: number;
  title: string;
  summary: string;
  targetPublic: string[];
  /** Working-group keys; the COPIL is not a working group, hence `involvesCopil`. */
  groups: string[];
  involvesCopil: boolean;
  /** Only given where the plan states it ("3J/mois"); the plan leaves the others at "??". */
  personDaysPerMonth?: number;
}

export interface DemoStrategyAxis {
  number: number;
  title: string;
  actions: DemoStrategyAction[];
}

/** The plan's cross-cutting themes are not numbered like the axes' actions. */
export interface DemoStrategyTheme {
  title: string;
  summary: string;
  targetPublic: string[];
  groups: string[];
}

export interface DemoStrategy {
  name: string;
  period: string;
  purpose: string;
  axes: DemoStrategyAxis[];
  transversal: DemoStrategyTheme[];
}

export const DEMO_PASSWORD = 'Maillage-demo-2026';

export const organisations: DemoOrganisation[] = [
  {
    key: 'ctc',
    name: 'Collectif pour une Transition Citoyenne (CTC)',
    kind: 'association',
    membershipStatus: 'member',
    memberSince: '2018-01-20',
    charterSignedOn: '2023-05-16',
    hasCopilSeat: true,
    territory: 'National',
    website: 'https://ctc.example.org',
    contactEmail: 'contact@ctc.example.org',
    description:
      'Collectif d’organisations engagées pour une transition citoyenne. Structure porteuse de Transiscope depuis la fusion validée par sa coordination le 5 décembre 2024.',
  },
  {
    key: 'colibris',
    name: 'Colibris',
    kind: 'association',
    membershipStatus: 'member',
    memberSince: '2018-01-20',
    charterSignedOn: '2023-05-16',
    hasCopilSeat: true,
    territory: 'National',
    website: 'https://colibris.example.org',
    contactEmail: 'contact@colibris.example.org',
    description:
      'Mouvement qui inspire, relie et soutient les citoyen·nes engagé·es dans une transition individuelle et collective. Héberge le Gogocarto de la carte des alternatives.',
  },
  {
    key: 'poles-noe',
    name: 'PôleS NOE',
    kind: 'association',
    membershipStatus: 'member',
    candidateSince: '2020-12-01',
    memberSince: '2021-03-09',
    charterSignedOn: '2021-02-23',
    hasCopilSeat: true,
    territory: 'Essonne',
    website: 'https://poles-noe.example.org',
    contactEmail: 'contact@poles-noe.example.org',
    description:
      'Pôle de l’économie sociale et solidaire du Nord-Ouest Essonne, porteur juridique d’OSCARTES, la cartographie coopérative des acteurs de la transition. Organise les « ESS Pressos » et la journée « ESS Initiatives ».',
  },
  {
    key: 'territoires-en-liens',
    name: 'Territoires en Liens',
    kind: 'collective',
    membershipStatus: 'member',
    candidateSince: '2021-01-12',
    memberSince: '2021-06-18',
    charterSignedOn: '2021-06-02',
    hasCopilSeat: true,
    territory: 'Essonne',
    website: 'https://territoires-en-liens.example.org',
    contactEmail: 'contact@territoires-en-liens.example.org',
    description:
      'Tête de réseau Transition écologique du Nord-Est Essonne, qui réunit chaque année plus de 40 associations autour d’un événement commun. A rejoint la dynamique OSCARTES.',
  },
  {
    key: 'compagnie-tiers-lieux',
    name: 'La Compagnie des tiers-lieux',
    kind: 'cooperative',
    membershipStatus: 'member',
    candidateSince: '2023-01-09',
    memberSince: '2023-04-11',
    charterSignedOn: '2023-03-28',
    hasCopilSeat: true,
    territory: 'Hauts-de-France',
    website: 'https://compagnie-tiers-lieux.example.org',
    contactEmail: 'contact@compagnie-tiers-lieux.example.org',
    description:
      'Coopérative qui relie et outille les tiers-lieux de la région. Travaille au rôle des lieux dans les alliances territoriales en faveur de la transition.',
  },
  {
    key: 'les-assembleurs',
    name: 'Les Assembleurs',
    kind: 'association',
    membershipStatus: 'member',
    candidateSince: '2023-01-09',
    memberSince: '2023-09-19',
    charterSignedOn: '2023-09-05',
    hasCopilSeat: true,
    territory: 'Hauts-de-France',
    website: 'https://les-assembleurs.example.org',
    contactEmail: 'contact@les-assembleurs.example.org',
    description:
      'Association qui accompagne les tiers-lieux et la médiation numérique. Co-porteuse de la formation « Les tiers-lieux et le numérique » avec la Compagnie et POP Café.',
  },
  {
    key: 'pop-cafe',
    name: 'POP Café',
    kind: 'association',
    membershipStatus: 'candidate',
    candidateSince: '2026-09-22',
    charterSignedOn: '2026-10-14',
    hasCopilSeat: false,
    territory: 'Hauts-de-France',
    website: 'https://pop-cafe.example.org',
    contactEmail: 'contact@pop-cafe.example.org',
    description:
      'Tiers-lieu de la métropole lilloise qui expérimente des usages numériques citoyens au service des transitions. Charte signée, adhésion à valider au prochain COPIL.',
  },
  {
    key: 'data-players',
    name: 'Data Players',
    kind: 'cooperative',
    membershipStatus: 'member',
    memberSince: '2019-04-11',
    charterSignedOn: '2023-06-07',
    hasCopilSeat: true,
    territory: 'Lyon',
    website: 'https://data-players.example.org',
    contactEmail: 'contact@data-players.example.org',
    description:
      'Coopérative de services numériques libres. Met à disposition du réseau le Bus sémantique qui importe les données des sources.',
  },
  {
    key: 'democratie-ouverte',
    name: 'Démocratie Ouverte',
    kind: 'association',
    membershipStatus: 'member',
    candidateSince: '2020-07-15',
    memberSince: '2020-10-21',
    charterSignedOn: '2020-10-05',
    hasCopilSeat: true,
    territory: 'Île-de-France',
    website: 'https://democratie-ouverte.example.org',
    contactEmail: 'contact@democratie-ouverte.example.org',
    description:
      'Collectif d’innovation démocratique. Son Labo mène avec des collectivités des expérimentations de gouvernance qui impliquent largement les habitant·es.',
  },
  {
    key: 'fabrique-transitions',
    name: 'La Fabrique des transitions',
    kind: 'collective',
    membershipStatus: 'member',
    candidateSince: '2020-09-10',
    memberSince: '2021-02-16',
    charterSignedOn: '2021-01-28',
    hasCopilSeat: true,
    territory: 'National',
    website: 'https://fabrique-transitions.example.org',
    contactEmail: 'contact@fabrique-transitions.example.org',
    description:
      'Alliance d’acteurs qui accompagne les territoires engagés dans la transition. Soutient l’émergence de fabriques locales des transitions.',
  },
  {
    key: 'terre-de-liens',
    name: 'Terre de Liens',
    kind: 'association',
    membershipStatus: 'member',
    candidateSince: '2020-10-20',
    memberSince: '2021-01-19',
    charterSignedOn: '2021-01-19',
    hasCopilSeat: true,
    territory: 'National',
    website: 'https://terre-de-liens.example.org',
    contactEmail: 'contact@terre-de-liens.example.org',
    description:
      'Mouvement qui préserve les terres agricoles et facilite l’installation paysanne. Associé depuis 2020 aux expérimentations de transition sur les territoires.',
  },
  {
    key: 'paris-saclay',
    name: 'Communauté d’agglomération Paris-Saclay',
    kind: 'public_body',
    membershipStatus: 'member',
    candidateSince: '2023-06-13',
    memberSince: '2024-01-30',
    charterSignedOn: '2024-01-17',
    hasCopilSeat: true,
    territory: 'Essonne',
    website: 'https://paris-saclay.example.org',
    contactEmail: 'contact@paris-saclay.example.org',
    description:
      'Collectivité qui associe habitant·es, associations et porteurs d’initiatives à son plan climat (PCAET). Membre depuis que la charte révisée s’ouvre aux alternatives publiques qui associent les citoyen·nes à leur gouvernance.',
  },
  {
    key: 'hameaux-legers',
    name: 'Hameaux Légers',
    kind: 'association',
    membershipStatus: 'former',
    candidateSince: '2020-07-01',
    memberSince: '2020-11-17',
    formerSince: '2023-06-30',
    charterSignedOn: '2020-11-03',
    hasCopilSeat: false,
    territory: 'Nantes',
    website: 'https://hameaux-legers.example.org',
    contactEmail: 'contact@hameaux-legers.example.org',
    description:
      'Association qui développe des habitats légers et réversibles avec les collectivités. A quitté le COPIL en juin 2023 pour se concentrer sur ses expérimentations en Bretagne.',
  },
  {
    key: 'archi-possible',
    name: 'Archi-Possible',
    kind: 'association',
    membershipStatus: 'candidate',
    candidateSince: '2026-10-06',
    hasCopilSeat: false,
    territory: 'Essonne',
    website: 'https://archi-possible.example.org',
    contactEmail: 'contact@archi-possible.example.org',
    description:
      'Association qui anime une communauté d’auto-rénovateurs et les aide à intégrer la rénovation énergétique dans leurs travaux. Candidature portée par le PôleS NOE.',
  },
];

export const people: DemoPerson[] = [
  // --- People with an account (the tests and the README rely on these emails) ---
  {
    key: 'bastien-ferrand',
    firstName: 'Bastien',
    lastName: 'Ferrand',
    email: 'admin@maillage.test',
    notes: 'Administre Maillage : comptes, rôles et sauvegardes.',
    memberships: [{ organisation: 'ctc', role: 'staff' }],
    account: { roles: ['admin'], locale: 'fr' },
  },
  {
    key: 'claire-montagne',
    firstName: 'Claire',
    lastName: 'Montagne',
    email: 'coordination@maillage.test',
    notes: 'Coordinatrice du réseau : suivi des financements, répartition des fonds, échéances.',
    memberships: [{ organisation: 'ctc', role: 'staff' }],
    account: { roles: ['coordinator'], locale: 'fr' },
  },
  {
    key: 'nadia-berthelot',
    firstName: 'Nadia',
    lastName: 'Berthelot',
    email: 'copil.colibris@maillage.test',
    memberships: [{ organisation: 'colibris', role: 'copil_member' }],
    account: { roles: ['copil'], locale: 'fr' },
  },
  {
    key: 'gilles-marchand',
    firstName: 'Gilles',
    lastName: 'Marchand',
    email: 'copil.polesnoe@maillage.test',
    notes: 'Suit aussi le projet OSCARTES au sein du PôleS NOE.',
    memberships: [{ organisation: 'poles-noe', role: 'copil_member' }],
    account: { roles: ['copil'], locale: 'fr' },
  },
  {
    key: 'lea-fontaine',
    firstName: 'Léa',
    lastName: 'Fontaine',
    email: 'communication@maillage.test',
    notes: 'Prépare la newsletter bimestrielle et gère les listes d’abonné·es.',
    memberships: [{ organisation: 'ctc', role: 'staff' }],
    account: { roles: ['comms'], locale: 'fr' },
  },
  {
    key: 'sophie-vasseur',
    firstName: 'Sophie',
    lastName: 'Vasseur',
    email: 'referente.technique@maillage.test',
    notes: 'Référente du groupe Technique ; connaît bien le Bus sémantique.',
    memberships: [{ organisation: 'data-players', role: 'copil_member' }],
    account: { roles: ['wg_lead', 'copil'], locale: 'fr' },
  },
  {
    key: 'thomas-girard',
    firstName: 'Thomas',
    lastName: 'Girard',
    email: 'prestataire@maillage.test',
    notes: 'Développeur indépendant, en mission sur l’agrégation d’agenda (V2).',
    memberships: [],
    account: { roles: ['contractor'], locale: 'fr' },
  },
  {
    key: 'ines-caron',
    firstName: 'Inès',
    lastName: 'Caron',
    email: 'benevole@maillage.test',
    notes: 'Bénévole au groupe Sources : vérifie les imports et signale les doublons.',
    memberships: [{ organisation: 'territoires-en-liens', role: 'volunteer' }],
    account: { roles: ['volunteer'], locale: 'fr' },
  },
  {
    key: 'yann-le-goff',
    firstName: 'Yann',
    lastName: 'Le Goff',
    email: 'copil.tierslieux@maillage.test',
    memberships: [{ organisation: 'compagnie-tiers-lieux', role: 'copil_member' }],
    account: { roles: ['copil'], locale: 'fr' },
  },
  {
    key: 'amandine-roussel',
    firstName: 'Amandine',
    lastName: 'Roussel',
    email: 'referente.sources@maillage.test',
    notes: 'Référente du groupe Sources ; utilise l’interface en anglais avec des partenaires européens.',
    memberships: [{ organisation: 'territoires-en-liens', role: 'copil_member' }],
    account: { roles: ['wg_lead', 'copil'], locale: 'en' },
  },
  {
    key: 'marc-aubert',
    firstName: 'Marc',
    lastName: 'Aubert',
    email: 'tresorerie@maillage.test',
    notes: 'Trésorier de l’association porteuse : dons, donateurs et reçus fiscaux.',
    memberships: [{ organisation: 'ctc', role: 'staff' }],
    account: { roles: ['treasurer'], locale: 'fr' },
  },

  // --- Contacts without an account ---
  {
    key: 'mathieu-delorme',
    firstName: 'Mathieu',
    lastName: 'Delorme',
    email: 'mathieu.delorme@ctc.example.org',
    memberships: [{ organisation: 'ctc', role: 'copil_member' }],
  },
  {
    key: 'mireille-brunet',
    firstName: 'Mireille',
    lastName: 'Brunet',
    email: 'mireille.brunet@colibris.example.org',
    memberships: [{ organisation: 'colibris', role: 'representative' }],
  },
  {
    key: 'karim-benali',
    firstName: 'Karim',
    lastName: 'Benali',
    email: 'karim.benali@colibris.example.org',
    notes: 'Maintient l’instance Gogocarto offerte par Colibris.',
    memberships: [{ organisation: 'colibris', role: 'staff' }],
  },
  {
    key: 'odile-perrin',
    firstName: 'Odile',
    lastName: 'Perrin',
    email: 'odile.perrin@poles-noe.example.org',
    memberships: [{ organisation: 'poles-noe', role: 'representative' }],
  },
  {
    key: 'francois-lemoine',
    firstName: 'François',
    lastName: 'Lemoine',
    email: 'francois.lemoine@poles-noe.example.org',
    notes: 'Bénévole, tient le compte bancaire dédié d’OSCARTES.',
    memberships: [{ organisation: 'poles-noe', role: 'volunteer' }],
  },
  {
    key: 'celine-aubert',
    firstName: 'Céline',
    lastName: 'Aubert',
    email: 'celine.aubert@territoires-en-liens.example.org',
    memberships: [{ organisation: 'territoires-en-liens', role: 'representative' }],
  },
  {
    key: 'julien-masson',
    firstName: 'Julien',
    lastName: 'Masson',
    email: 'julien.masson@compagnie-tiers-lieux.example.org',
    memberships: [{ organisation: 'compagnie-tiers-lieux', role: 'representative' }],
  },
  {
    key: 'manon-gauthier',
    firstName: 'Manon',
    lastName: 'Gauthier',
    email: 'manon.gauthier@compagnie-tiers-lieux.example.org',
    notes: 'Facilite les COPIL en présentiel et prépare les Transiscothons.',
    memberships: [{ organisation: 'compagnie-tiers-lieux', role: 'staff' }],
  },
  {
    key: 'margaux-leroy',
    firstName: 'Margaux',
    lastName: 'Leroy',
    email: 'margaux.leroy@les-assembleurs.example.org',
    memberships: [{ organisation: 'les-assembleurs', role: 'copil_member' }],
  },
  {
    key: 'damien-roux',
    firstName: 'Damien',
    lastName: 'Roux',
    email: 'damien.roux@les-assembleurs.example.org',
    memberships: [{ organisation: 'les-assembleurs', role: 'representative' }],
  },
  {
    key: 'samuel-dufresne',
    firstName: 'Samuel',
    lastName: 'Dufresne',
    email: 'samuel.dufresne@pop-cafe.example.org',
    notes: 'Porte la candidature de POP Café.',
    memberships: [{ organisation: 'pop-cafe', role: 'representative' }],
  },
  {
    key: 'pauline-renaud',
    firstName: 'Pauline',
    lastName: 'Renaud',
    email: 'pauline.renaud@data-players.example.org',
    memberships: [{ organisation: 'data-players', role: 'representative' }],
  },
  {
    key: 'antoine-chevalier',
    firstName: 'Antoine',
    lastName: 'Chevalier',
    email: 'antoine.chevalier@democratie-ouverte.example.org',
    memberships: [{ organisation: 'democratie-ouverte', role: 'copil_member' }],
  },
  {
    key: 'elodie-martinez',
    firstName: 'Élodie',
    lastName: 'Martinez',
    email: 'elodie.martinez@fabrique-transitions.example.org',
    memberships: [{ organisation: 'fabrique-transitions', role: 'copil_member' }],
  },
  {
    key: 'noemie-picard',
    firstName: 'Noémie',
    lastName: 'Picard',
    email: 'noemie.picard@fabrique-transitions.example.org',
    notes: 'Référente du groupe Partenariat.',
    memberships: [{ organisation: 'fabrique-transitions', role: 'volunteer' }],
  },
  {
    key: 'lucas-henry',
    firstName: 'Lucas',
    lastName: 'Henry',
    email: 'lucas.henry@terre-de-liens.example.org',
    memberships: [{ organisation: 'terre-de-liens', role: 'copil_member' }],
  },
  {
    key: 'benoit-giraud',
    firstName: 'Benoît',
    lastName: 'Giraud',
    email: 'benoit.giraud@paris-saclay.example.org',
    notes: 'Chargé de mission au service Transition énergétique.',
    memberships: [{ organisation: 'paris-saclay', role: 'copil_member' }],
  },
  {
    key: 'anne-sophie-leclerc',
    firstName: 'Anne-Sophie',
    lastName: 'Leclerc',
    email: 'anne-sophie.leclerc@paris-saclay.example.org',
    notes: 'Élue déléguée à la transition écologique.',
    memberships: [{ organisation: 'paris-saclay', role: 'representative' }],
  },
  {
    key: 'romain-bertin',
    firstName: 'Romain',
    lastName: 'Bertin',
    email: 'romain.bertin@hameaux-legers.example.org',
    notes: 'A siégé au COPIL jusqu’en juin 2023.',
    memberships: [{ organisation: 'hameaux-legers', role: 'copil_member' }],
  },
  {
    key: 'agathe-morel',
    firstName: 'Agathe',
    lastName: 'Morel',
    email: 'agathe.morel@archi-possible.example.org',
    memberships: [{ organisation: 'archi-possible', role: 'representative' }],
  },
  {
    key: 'camille-faure',
    firstName: 'Camille',
    lastName: 'Faure',
    email: 'camille.faure@colibris.example.org',
    notes: 'Co-référente bénévole du groupe Communication.',
    memberships: [{ organisation: 'colibris', role: 'volunteer' }],
  },
  {
    key: 'victor-blanchard',
    firstName: 'Victor',
    lastName: 'Blanchard',
    email: 'victor.blanchard@ctc.example.org',
    notes: 'Service civique, en appui du groupe Facilitation.',
    memberships: [{ organisation: 'ctc', role: 'volunteer' }],
  },
  {
    key: 'aurelie-vidal',
    firstName: 'Aurélie',
    lastName: 'Vidal',
    email: 'aurelie.vidal@example.org',
    notes: 'Bénévole sans structure, graphiste ; accueille les nouveaux bénévoles du groupe Communication.',
    memberships: [],
  },
];

export const workingGroups: DemoWorkingGroup[] = [
  {
    key: 'technique',
    name: 'Technique',
    mission:
      'Faire vivre la carte (V1), construire l’agrégation d’agenda (V2) et suivre les imports dynamiques des sources avec Gogocarto et le Bus sémantique.',
    mailingList: 'gt-technique@lists.example.org',
    chatChannel: 'https://chat.example.org/channel/gt-technique',
    members: [
      { person: 'sophie-vasseur', role: 'referent' },
      { person: 'karim-benali', role: 'referent' },
      { person: 'pauline-renaud', role: 'facilitator' },
      { person: 'victor-blanchard', role: 'welcomer' },
      { person: 'thomas-girard', role: 'member' },
    ],
  },
  {
    key: 'communication',
    name: 'Communication',
    mission:
      'Publier la newsletter tous les deux mois, tenir le site et les réseaux sociaux, et raconter la coopération au sein du réseau.',
    mailingList: 'gt-communication@lists.example.org',
    chatChannel: 'https://chat.example.org/channel/gt-communication',
    members: [
      { person: 'margaux-leroy', role: 'referent' },
      { person: 'camille-faure', role: 'referent' },
      { person: 'damien-roux', role: 'facilitator' },
      { person: 'aurelie-vidal', role: 'welcomer' },
      { person: 'lea-fontaine', role: 'member' },
      { person: 'nadia-berthelot', role: 'member' },
      { person: 'ines-caron', role: 'member' },
    ],
  },
  {
    key: 'sources',
    name: 'Sources',
    mission:
      'Accueillir et accompagner les sources de données, les former au maintien de leurs données et faire vivre leur communauté.',
    mailingList: 'gt-sources@lists.example.org',
    chatChannel: 'https://chat.example.org/channel/gt-sources',
    members: [
      { person: 'amandine-roussel', role: 'referent' },
      { person: 'lucas-henry', role: 'referent' },
      { person: 'celine-aubert', role: 'facilitator' },
      { person: 'odile-perrin', role: 'welcomer' },
      { person: 'ines-caron', role: 'member' },
      { person: 'karim-benali', role: 'member' },
    ],
  },
  {
    key: 'partenariat',
    name: 'Partenariat',
    mission:
      'Construire des partenariats pour faire système avec les acteurs de la transition, les médias et les territoires.',
    mailingList: 'gt-partenariat@lists.example.org',
    chatChannel: 'https://chat.example.org/channel/gt-partenariat',
    members: [
      { person: 'noemie-picard', role: 'referent' },
      { person: 'antoine-chevalier', role: 'referent' },
      { person: 'elodie-martinez', role: 'facilitator' },
      { person: 'julien-masson', role: 'member' },
      { person: 'samuel-dufresne', role: 'member' },
    ],
  },
  {
    key: 'finance',
    name: 'Finance',
    mission:
      'Chercher des financements auprès des fondations et des fonds publics, suivre les subventions et structurer les campagnes de dons.',
    mailingList: 'gt-finance@lists.example.org',
    chatChannel: 'https://chat.example.org/channel/gt-finance',
    members: [
      { person: 'francois-lemoine', role: 'referent' },
      { person: 'mathieu-delorme', role: 'referent' },
      { person: 'claire-montagne', role: 'member' },
      { person: 'gilles-marchand', role: 'member' },
    ],
  },
  {
    key: 'facilitation',
    name: 'Facilitation',
    mission:
      'Faciliter les réunions du COPIL et des groupes, accueillir les bénévoles et préparer les Transiscothons dans les territoires.',
    mailingList: 'gt-facilitation@lists.example.org',
    chatChannel: 'https://chat.example.org/channel/gt-facilitation',
    members: [
      { person: 'manon-gauthier', role: 'referent' },
      { person: 'mireille-brunet', role: 'referent' },
      { person: 'victor-blanchard', role: 'facilitator' },
      { person: 'agathe-morel', role: 'welcomer' },
      { person: 'yann-le-goff', role: 'member' },
    ],
  },
];

export const strategy: DemoStrategy = {
  name: 'Faire système',
  period: '2021-2024',
  purpose:
    'Traduire la stratégie en actions, publics cibles, groupes de travail concernés et ressources humaines nécessaires ; le COPIL priorise au fil de l’eau selon les moyens disponibles.',
  axes: [
    {
      number: 1,
      title: 'Le renforcement du projet',
      actions: [
        {
          number: 1,
          title: 'Amélioration de la V1',
          summary:
            'Newsletter des nouvelles alternatives par territoire, recherche sur tous les champs, application mobile utilisable hors connexion, gestion des doublons, suivi des imports dynamiques (messages d’erreur, signalements).',
          targetPublic: ['Utilisateurs et utilisatrices de Transiscope (personnes, collectifs, acteurs divers)'],
          groups: ['technique'],
          involvesCopil: false,
          personDaysPerMonth: 3,
        },
        {
          number: 2,
          title: 'Mettre en place la V2 : agrégation d’agenda',
          summary:
            'Créer la technique d’agrégation d’agendas (Google, Facebook, Framagenda…), trouver des partenaires, définir une stratégie de communication et agréger les nouvelles sources d’agenda.',
          targetPublic: [
            'Tiers qui agrègent ou veulent agréger les événements de la transition',
            'Grand public intéressé par ces événements',
            'Utilisateurs et utilisatrices de Transiscope',
          ],
          groups: ['technique', 'sources', 'partenariat', 'communication'],
          involvesCopil: false,
        },
        {
          number: 3,
          title: 'Solidifier nos moyens financiers',
          summary:
            'Structurer et déployer des campagnes de dons ; candidater auprès de fondations et de fonds publics nationaux ou européens qui soutiennent le changement d’échelle d’innovations sociales.',
          targetPublic: ['Financeurs potentiels (fondations, appels à projets)'],
          groups: ['finance'],
          involvesCopil: false,
        },
        {
          number: 4,
          title: 'Continuer à construire un collectif robuste et dynamique',
          summary:
            'Dans chaque groupe : un binôme de référent·es, un·e facilitateur·rice, une personne pour l’accueil des bénévoles, un fil de discussion et une liste de diffusion à jour. Entretenir les outils partagés et valoriser les contributions en nature des membres (salles, participation et gestion financières, temps de travail).',
          targetPublic: ['Organisations membres de Transiscope', 'Membres acteurs et actrices du projet'],
          groups: workingGroups.map((group) => group.key),
          involvesCopil: false,
        },
        {
          number: 5,
          title: 'Continuer l’amélioration de la communication',
          summary:
            'Tenir le site vitrine, investir les réseaux sociaux et la presse, produire des contenus sur le fonctionnement du projet, les communs et la coopération, fêter l’anniversaire du projet, nouer des partenariats avec des médias de la transition.',
          targetPublic: [
            'Grand public (presse, réseaux sociaux)',
            'Acteurs et actrices de la transition sur les territoires',
            'Réseaux de Transiscope',
            'Sources non encore intégrées à Transiscope',
          ],
          groups: ['communication'],
          involvesCopil: false,
        },
      ],
    },
    {
      number: 2,
      title: 'Renforcement de la coopération avec les acteurs-trices du projet',
      actions: [
        {
          number: 1,
          title: 'Impliquer les membres du COPIL pour qu’ils se saisissent des outils Transiscope',
          summary:
            'Processus de réflexion sur l’implication des membres, actions précises par membre (communication, formations, décisions, comptes rendus), pitch pour devenir ambassadeurs et relais des actualités.',
          targetPublic: ['Membres du COPIL'],
          groups: ['communication'],
          involvesCopil: true,
        },
        {
          number: 2,
          title: 'Mettre en évidence les sources tout en créant un récit commun',
          summary:
            'Page dédiée aux sources, publications à chaque nouvelle source, articles ; processus de participation des sources à l’écriture et au partage des contenus.',
          targetPublic: ['Grand public', 'Sources qui rejoignent ou souhaitent rejoindre le projet'],
          groups: ['communication'],
          involvesCopil: false,
        },
        {
          number: 3,
          title: 'Promouvoir les sources au rang d’ambassadrices',
          summary:
            'Proposer aux sources volontaires de devenir ambassadrices, écrire un kit de formation, animer des formations et suivre les ambassadeurs et ambassadrices.',
          targetPublic: ['Sources intégrées au projet'],
          groups: ['communication', 'sources'],
          involvesCopil: false,
        },
        {
          number: 4,
          title: 'Constituer une communauté de sources',
          summary:
            'Questionnaire aux sources, identification de celles qui veulent porter la communauté, appui aux outils d’échange, aux espaces de discussion et à la facilitation des premières réunions.',
          targetPublic: ['Sources ayant rejoint le projet'],
          groups: ['sources'],
          involvesCopil: false,
        },
        {
          number: 5,
          title: 'Amélioration de la qualité de la donnée',
          summary:
            'Kits et formations à distance sur les outils (Bus sémantique, Gogocarto) et le maintien des données ; parcours d’intégration et d’accompagnement de chaque source.',
          targetPublic: ['Sources intégrées', 'Bénévoles et structures participant au projet'],
          groups: ['technique', 'sources', 'facilitation'],
          involvesCopil: false,
        },
      ],
    },
    {
      number: 3,
      title: 'Dynamiser les écosystèmes d’alternatives sur les territoires',
      actions: [
        {
          number: 1,
          title: 'Mettre en lumière les actions des territoires',
          summary:
            'Contenus sur les actions menées par des tiers (interconnexion d’alternatives, cartoparties, tours d’alternatives) et appels à témoignages suivis.',
          targetPublic: ['Grand public', 'Acteurs de la transition qui répondent à la charte'],
          groups: ['communication', 'partenariat'],
          involvesCopil: false,
        },
        {
          number: 2,
          title: 'Outiller et fournir les ressources',
          summary:
            'Capitaliser les savoir-faire en kits thématiques (cartopartie, agenda agrégatif, besoins et ressources partageables, tours d’alternatives, villages) et réorienter vers d’autres acteurs hors de notre expertise.',
          targetPublic: ['Acteurs de la transition qui répondent à la charte'],
          groups: [],
          involvesCopil: false,
        },
        {
          number: 3,
          title:
            'Favoriser l’orientation des besoins d’accompagnement des tiers vers des acteurs de confiance compétents',
          summary:
            'Recevoir les demandes d’accompagnement et les rediriger vers des acteurs de confiance (réponses types, FAQ, répertoire de compétences).',
          targetPublic: ['Tiers'],
          groups: [],
          involvesCopil: true,
        },
        {
          number: 4,
          title: 'Questionner l’intérêt et la forme d’une communauté de tiers',
          summary:
            'Travail prospectif avec les tiers, échanges de bonnes pratiques et d’enseignements, contribution aux réflexions d’autres acteurs (Colibris, CTC, Fabrique des transitions, Alternatiba…).',
          targetPublic: [
            'Tiers qui dynamisent les écosystèmes d’alternatives',
            'Acteurs globaux qui réfléchissent aux communautés d’acteurs locaux',
          ],
          groups: ['partenariat'],
          involvesCopil: true,
        },
      ],
    },
  ],
  transversal: [
    {
      title: 'Raconter un récit',
      summary:
        'Articles, vidéos et publications sur la coopération au sein du projet, le travail des sources et les actions de terrain, diffusés sur le site, les réseaux sociaux et la newsletter.',
      targetPublic: ['Membres du COPIL', 'Sources', 'Acteurs et actrices de terrain'],
      groups: ['communication'],
    },
    {
      title: 'Créer et diffuser des kits et des formations',
      summary:
        'Kits et formations à distance sur les outils numériques, la coopération inter-organisations, le rôle d’ambassadeur et le maintien des données.',
      targetPublic: ['Sources', 'Membres du COPIL', 'Public élargi, dont les tiers'],
      groups: ['technique', 'communication', 'facilitation', 'sources'],
    },
    {
      title: 'Organiser des événements',
      summary: 'Anniversaire du projet chaque année fin septembre et rencontre des sources.',
      targetPublic: ['Réseau et grand public'],
      groups: ['communication', 'sources'],
    },
    {
      title: 'Construire des partenariats pour faire système',
      summary: 'Tableau des partenariats liés à la mise en œuvre de la stratégie, encore à établir.',
      targetPublic: ['Partenaires du projet'],
      groups: ['partenariat'],
    },
  ],
};
