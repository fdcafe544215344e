import { workingGroups } from '../../database/seed/demo-data';
import type { SeedStep } from '../../database/seed/seed';
import type { Membership } from '../people/membership.entity';
import type { Person } from '../people/person.entity';
import { CONSENT_TEXTS, CURRENT_CONSENT_VERSION } from './consent';
import { GroupMember } from './group-member.entity';
import { GroupVolunteer, PIPELINE_STAGES, type PipelineStage } from './group-volunteer.entity';
import { VolunteerConsent } from './volunteer-consent.entity';
import { VolunteerProfile, type HeardFrom, type WeekDay } from './volunteer-profile.entity';
import { VolunteerStep } from './volunteer-step.entity';
import { WorkingGroup, type GroupStatus } from './working-group.entity';

/** What the plan does not say about each group, invented in its spirit. */
const groupDetails: Record<
  string,
  { status: GroupStatus; meetingRhythm: string; since: string; welcomeWithinDays?: number }
> = {
  technique: { status: 'active', meetingRhythm: 'Un mardi sur deux, 18 h 30, en visio', since: '2023-09-12' },
  communication: {
    status: 'active',
    meetingRhythm: 'Le premier jeudi du mois, 12 h 30, en visio',
    since: '2023-10-05',
    welcomeWithinDays: 5,
  },
  sources: { status: 'active', meetingRhythm: 'Une fois par mois, le lundi à 17 h', since: '2024-01-15' },
  partenariat: { status: 'active', meetingRhythm: 'Avant chaque COPIL mensuel', since: '2024-03-04' },
  finance: { status: 'paused', meetingRhythm: 'À la demande, autour des dépôts de dossiers', since: '2024-05-21' },
  facilitation: {
    status: 'active',
    meetingRhythm: 'Un mercredi par mois, et avant chaque rencontre territoriale',
    since: '2023-09-12',
    welcomeWithinDays: 10,
  },
};

/** Terms that ended: the history a group page keeps. */
const pastTerms = [
  {
    group: 'partenariat',
    person: 'romain-bertin',
    role: 'referent' as const,
    startedOn: '2021-03-01',
    endedOn: '2023-06-30',
  },
  {
    group: 'technique',
    person: 'mathieu-delorme',
    role: 'facilitator' as const,
    startedOn: '2022-01-10',
    endedOn: '2023-09-11',
  },
  {
    group: 'communication',
    person: 'camille-faure',
    role: 'welcomer' as const,
    startedOn: '2023-10-05',
    endedOn: '2025-02-28',
  },
];

interface DemoVolunteer {
  firstName: string;
  lastName: string;
  email: string;
  group: string;
  stage: PipelineStage;
  /** How long ago they offered to help, in days. */
  daysAgo: number;
  source: 'signup_form' | 'added';
  message?: string;
  skills: string[];
  hoursPerMonth?: number;
  availableDays: WeekDay[];
  territory?: string;
  heardFrom?: HeardFrom;
  organisation?: string;
}

/** Invented volunteers, with addresses on reserved domains, spread over the pipeline stages. */
const volunteers: DemoVolunteer[] = [
  {
    firstName: 'Hugo',
    lastName: 'Lambert',
    email: 'hugo.lambert@example.org',
    group: 'communication',
    stage: 'new',
    daysAgo: 2,
    source: 'signup_form',
    message: 'Graphiste, je peux aider à mettre en page la newsletter un soir par semaine.',
    skills: ['graphisme', 'mise en page'],
    hoursPerMonth: 8,
    availableDays: ['wed'],
    territory: 'Lille',
    heardFrom: 'newsletter',
  },
  {
    firstName: 'Chloé',
    lastName: 'Marchetti',
    email: 'chloe.marchetti@example.org',
    group: 'communication',
    stage: 'new',
    daysAgo: 12,
    source: 'signup_form',
    message: 'J’aimerais écrire des portraits d’alternatives de ma région.',
    skills: ['rédaction', 'interviews'],
    hoursPerMonth: 6,
    availableDays: ['sat', 'sun'],
    territory: 'Drôme',
    heardFrom: 'social_media',
  },
  {
    firstName: 'Sarah',
    lastName: 'Benoît',
    email: 'sarah.benoit@example.org',
    group: 'communication',
    stage: 'welcomed',
    daysAgo: 20,
    source: 'signup_form',
    skills: ['réseaux sociaux', 'vidéo'],
    hoursPerMonth: 10,
    availableDays: ['mon', 'thu'],
    territory: 'Paris',
    heardFrom: 'event',
  },
  {
    firstName: 'Maxime',
    lastName: 'Olivier',
    email: 'maxime.olivier@example.org',
    group: 'communication',
    stage: 'active',
    daysAgo: 140,
    source: 'added',
    skills: ['relecture', 'traduction anglais'],
    hoursPerMonth: 12,
    availableDays: ['tue', 'fri'],
    territory: 'Essonne',
    heardFrom: 'member_organisation',
    organisation: 'colibris',
  },
  {
    firstName: 'Lina',
    lastName: 'Haddad',
    email: 'lina.haddad@example.org',
    group: 'communication',
    stage: 'paused',
    daysAgo: 210,
    source: 'signup_form',
    skills: ['photographie'],
    availableDays: ['sat'],
    territory: 'Lyon',
    heardFrom: 'word_of_mouth',
  },
  {
    firstName: 'Théo',
    lastName: 'Garnier',
    email: 'theo.garnier@example.org',
    group: 'technique',
    stage: 'new',
    daysAgo: 3,
    source: 'signup_form',
    message: 'Développeur Python, curieux du Bus sémantique. Je peux tester les imports.',
    skills: ['Python', 'tests'],
    hoursPerMonth: 10,
    availableDays: ['tue', 'thu'],
    territory: 'Rennes',
    heardFrom: 'web_search',
  },
  {
    firstName: 'Julie',
    lastName: 'Perret',
    email: 'julie.perret@example.org',
    group: 'technique',
    stage: 'active',
    daysAgo: 300,
    source: 'signup_form',
    skills: ['Gogocarto', 'JavaScript', 'cartographie'],
    hoursPerMonth: 15,
    availableDays: ['mon', 'wed'],
    territory: 'Lyon',
    heardFrom: 'member_organisation',
    organisation: 'data-players',
  },
  {
    firstName: 'Nicolas',
    lastName: 'Dumont',
    email: 'nicolas.dumont@example.org',
    group: 'technique',
    stage: 'left',
    daysAgo: 400,
    source: 'signup_form',
    skills: ['administration système'],
    availableDays: ['fri'],
    heardFrom: 'event',
  },
  {
    firstName: 'Émilie',
    lastName: 'Rolland',
    email: 'emilie.rolland@example.org',
    group: 'sources',
    stage: 'welcomed',
    daysAgo: 9,
    source: 'signup_form',
    message: 'Je tiens l’annuaire des AMAP de mon département et voudrais le relier à la carte.',
    skills: ['données ouvertes', 'tableur'],
    hoursPerMonth: 5,
    availableDays: ['wed'],
    territory: 'Finistère',
    heardFrom: 'word_of_mouth',
  },
  {
    firstName: 'Baptiste',
    lastName: 'Moreau',
    email: 'baptiste.moreau@example.org',
    group: 'facilitation',
    stage: 'new',
    daysAgo: 14,
    source: 'signup_form',
    message: 'Formé à l’animation en intelligence collective, disponible pour les rencontres territoriales.',
    skills: ['facilitation', 'animation'],
    hoursPerMonth: 6,
    availableDays: ['sat'],
    territory: 'Hauts-de-France',
    heardFrom: 'event',
  },
  {
    firstName: 'Marc',
    lastName: 'Lefèvre',
    email: 'marc.lefevre@example.org',
    group: 'finance',
    stage: 'welcomed',
    daysAgo: 30,
    source: 'added',
    skills: ['comptabilité associative', 'dossiers de subvention'],
    hoursPerMonth: 4,
    availableDays: ['thu'],
    territory: 'Essonne',
    heardFrom: 'member_organisation',
    organisation: 'poles-noe',
  },
];

/** Steps from "new" to the stage a volunteer is at, spread over the time since they arrived. */
function stagePath(stage: PipelineStage): PipelineStage[] {
  if (stage === 'left') return ['new', 'welcomed', 'active', 'left'];
  if (stage === 'paused') return ['new', 'welcomed', 'active', 'paused'];
  return PIPELINE_STAGES.slice(0, PIPELINE_STAGES.indexOf(stage) + 1);
}

const DAY = 86_400_000;

/** The working groups, their members' terms (current and past) and volunteers at every stage of the pipeline. */
export const seedWorkingGroups: SeedStep = {
  name: 'working groups, member terms and volunteers',
  async run(em, ids) {
    const now = Date.now();
    let count = 0;
    for (const { key, members, ...g } of workingGroups) {
      const d = groupDetails[key];
      const group = await em.save(
        em.create(WorkingGroup, {
          ...g,
          status: d.status,
          meetingRhythm: d.meetingRhythm,
          welcomeWithinDays: d.welcomeWithinDays ?? 7,
        }),
      );
      ids.set(`group:${key}`, group.id);
      for (const m of members)
        await em.insert(GroupMember, {
          groupId: group.id,
          personId: ids.get(m.person)!,
          role: m.role,
          startedOn: d.since,
        });
      count++;
    }
    for (const t of pastTerms) {
      await em.insert(GroupMember, {
        groupId: ids.get(`group:${t.group}`)!,
        personId: ids.get(t.person)!,
        role: t.role,
        startedOn: t.startedOn,
        endedOn: t.endedOn,
      });
    }
    const coordinator = ids.get('account:claire-montagne') ?? null;
    for (const v of volunteers) {
      const person = await em.save(
        em.getRepository<Person>('Person').create({ firstName: v.firstName, lastName: v.lastName, email: v.email }),
      );
      if (v.organisation)
        await em.insert<Membership>('Membership', {
          personId: person.id,
          organisationId: ids.get(v.organisation)!,
          role: 'volunteer',
        });
      await em.insert(VolunteerProfile, {
        personId: person.id,
        skills: v.skills,
        hoursPerMonth: v.hoursPerMonth ?? null,
        availableDays: v.availableDays,
        territory: v.territory ?? null,
        heardFrom: v.heardFrom ?? null,
        locale: 'fr',
      });
      const path = stagePath(v.stage);
      const arrived = now - v.daysAgo * DAY;
      // Moves spread evenly between arrival and two days ago (a "new" volunteer has only their arrival).
      const at = path.map((_, i) => new Date(i === 0 ? arrived : arrived + ((v.daysAgo - 2) * DAY * i) / path.length));
      const groupId = ids.get(`group:${v.group}`)!;
      const entry = await em.save(
        em.create(GroupVolunteer, {
          groupId,
          personId: person.id,
          stage: v.stage,
          stageChangedAt: at[at.length - 1],
          message: v.message ?? null,
          source: v.source,
          createdAt: at[0],
        }),
      );
      for (const [i, stage] of path.entries()) {
        await em.insert(VolunteerStep, {
          entryId: entry.id,
          fromStage: i ? path[i - 1] : null,
          stage,
          at: at[i],
          byId: i === 0 && v.source === 'signup_form' ? null : coordinator,
          note: null,
        });
      }
      if (v.source === 'signup_form') {
        await em.insert(VolunteerConsent, {
          personId: person.id,
          groupId,
          version: CURRENT_CONSENT_VERSION,
          locale: 'fr',
          text: CONSENT_TEXTS[CURRENT_CONSENT_VERSION].fr,
          givenAt: at[0],
          ip: null,
        });
      }
      count++;
    }
    // The demo volunteer account: a member of two groups, and an active volunteer of Sources.
    const ines = ids.get('ines-caron')!;
    await em.insert(VolunteerProfile, {
      personId: ines,
      skills: ['vérification des imports', 'doublons'],
      hoursPerMonth: 6,
      availableDays: ['mon', 'thu'],
      territory: 'Essonne',
      heardFrom: 'member_organisation',
      locale: 'fr',
    });
    const since = new Date(now - 180 * DAY);
    const entry = await em.save(
      em.create(GroupVolunteer, {
        groupId: ids.get('group:sources')!,
        personId: ines,
        stage: 'active',
        stageChangedAt: since,
        message: null,
        source: 'added',
        createdAt: since,
      }),
    );
    await em.insert(VolunteerStep, {
      entryId: entry.id,
      fromStage: null,
      stage: 'active',
      at: since,
      byId: coordinator,
      note: 'Déjà active dans le groupe avant Maillage',
    });
    return count + 1;
  },
};
