import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { EntityManager } from 'typeorm';
import { strategy } from '../../database/seed/demo-data';
import type { SeedIds, SeedStep } from '../../database/seed/seed';
import { ActionItem, type ActionStatus } from './action-item.entity';
import { Decision } from './decision.entity';
import { MeetingAgendaItem } from './meeting-agenda-item.entity';
import { MeetingAttendee, type AttendanceStatus } from './meeting-attendee.entity';
import { MeetingDocument } from './meeting-document.entity';
import { Meeting, type MeetingKind } from './meeting.entity';
import { StrategyActionWorkingGroup } from './strategy-action-group.entity';
import { StrategyAction, type StrategyStatus } from './strategy-action.entity';
import { StrategyAxis } from './strategy-axis.entity';
import { exec, sql } from '../../database/sql';
import { DISPLAY_TIME_ZONE } from '@maillage/emails';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * The network's governance as its documents tell it: the in-person COPIL of January 2024 that validated the 2024-2026
 * strategy and asked for the contractors' job descriptions to be reworked, the online decision to join the CTC, the
 * monthly COPILs. Recent meetings and due dates are placed relative to the day the demo is seeded, so there is always
 * a last COPIL with an overdue action, and a next one to invite people to.
 */

const MONTHS_FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const paris = (day: string, time: string) => dayjs.tz(`${day} ${time}`, DISPLAY_TIME_ZONE).toDate();

interface DemoMeeting {
  key: string;
  kind: MeetingKind;
  title: string;
  day: string;
  from: string;
  to: string;
  place?: string;
  videoLink?: string;
  agenda: string[];
  /** person key, organisation key (or none), status */
  attendees: [string, string | null, AttendanceStatus][];
  minutes?: string;
  documents?: [string, string][];
}

interface DemoDecision {
  key: string;
  title: string;
  proposal: string;
  proposedBy: string;
  meeting?: string;
  onlineLink?: string;
  method: Decision['method'];
  votes?: [number, number, number];
  outcome: Decision['outcome'];
  decidedOn: string;
  amends?: string;
  /** The charter and the strategy are the network's public texts; the rest stays with the COPIL. */
  visibility?: Decision['visibility'];
}

function demo(today: dayjs.Dayjs) {
  const lastCopil = today.subtract(1, 'month').date(12);
  const nextCopil = today.add(1, 'month').date(12);
  const gathering = today.add(2, 'month').date(6);
  const day = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');
  const monthOf = (d: dayjs.Dayjs) => MONTHS_FR[d.month()];
  const copilTable: [string, string | null, AttendanceStatus][] = [
    ['claire-montagne', 'ctc', 'present'],
    ['mathieu-delorme', 'ctc', 'present'],
    ['nadia-berthelot', 'colibris', 'present'],
    ['gilles-marchand', 'poles-noe', 'present'],
    ['sophie-vasseur', 'data-players', 'present'],
    ['yann-le-goff', 'compagnie-tiers-lieux', 'present'],
    ['amandine-roussel', 'territoires-en-liens', 'excused'],
    ['benoit-giraud', 'paris-saclay', 'absent'],
    ['thomas-girard', null, 'present'],
  ];

  const meetings: DemoMeeting[] = [
    {
      key: 'copil-janvier-2024',
      kind: 'copil_in_person',
      title: 'COPIL en présentiel : stratégie 2024-2026',
      day: '2024-01-30',
      from: '10:00',
      to: '17:00',
      place: 'Maison des associations, 8 rue du Général Renault, 75011 Paris',
      agenda: [
        'Bilan de la stratégie « Faire système » évaluée au Transiscothon de mars 2023',
        'Propositions reçues via Loomio pour 2024-2026',
        'Raison d’être : Outiller, Expérimenter, Diffuser',
        'Fiches de poste des prestataires',
      ],
      attendees: [
        ['claire-montagne', 'ctc', 'present'],
        ['mathieu-delorme', 'ctc', 'present'],
        ['nadia-berthelot', 'colibris', 'present'],
        ['gilles-marchand', 'poles-noe', 'present'],
        ['sophie-vasseur', 'data-players', 'present'],
        ['yann-le-goff', 'compagnie-tiers-lieux', 'excused'],
      ],
      minutes:
        '<h2>Stratégie 2024-2026</h2><p>Le COPIL part des documents de 2020 et des ajustements de Paris (mars 2023). La nouvelle raison d’être tient en trois axes : <strong>Outiller</strong>, <strong>Expérimenter</strong>, <strong>Diffuser</strong>.</p><ul><li>V1 : la carte est assumée comme un objet de coopération, pas comme un service exhaustif.</li><li>V2 : l’agrégation d’agenda se construit au sein du CTC.</li></ul><h2>Prestataires</h2><p>Les fiches de poste sont à retravailler pour coller aux nouveaux axes ; la coordination propose une version au prochain COPIL.</p>',
      documents: [['Propositions stratégiques 2024-2026 (pad)', 'https://pad.example.org/strategie-2024-2026']],
    },
    {
      key: 'transiscothon-2025',
      kind: 'territorial_gathering',
      title: 'Transiscothon de Lille : rencontre des territoires',
      day: '2025-10-04',
      from: '09:30',
      to: '18:00',
      place: 'La Compagnie des tiers-lieux, Lille',
      agenda: [
        'Accueil des territoires',
        'Ateliers cartopartie et agenda agrégatif',
        'Les tiers-lieux et le numérique',
        'Restitution',
      ],
      attendees: [
        ['claire-montagne', 'ctc', 'present'],
        ['yann-le-goff', 'compagnie-tiers-lieux', 'present'],
        ['sophie-vasseur', 'data-players', 'present'],
        ['ines-caron', 'territoires-en-liens', 'present'],
        ['lea-fontaine', 'ctc', 'present'],
      ],
      minutes:
        '<p>Une quarantaine de participant·es, trois ateliers. Les tiers-lieux demandent un kit « cartopartie » réutilisable.</p>',
    },
    {
      key: 'copil-dernier',
      kind: 'copil',
      title: `COPIL mensuel de ${monthOf(lastCopil)}`,
      day: day(lastCopil),
      from: '18:30',
      to: '20:30',
      videoLink: 'https://visio.example.org/copil-transiscope',
      agenda: [
        'Tour de table des organisations',
        'Suivi de la subvention FPH',
        'Candidature de POP Café',
        'Avancement de l’agrégation d’agenda (V2)',
      ],
      attendees: copilTable,
      minutes:
        '<h2>Subvention FPH</h2><p>Le bilan intermédiaire est attendu par la fondation ; le PôleS NOE le prépare avec la coordination.</p><h2>POP Café</h2><p>Charte signée. Le COPIL souhaite rencontrer l’équipe avant de se prononcer : décision reportée.</p><h2>Agenda (V2)</h2><p>Thomas présente l’état de l’agrégation : imports Framagenda et ICS fonctionnels, Facebook bloqué.</p>',
      documents: [['Relevé de décisions (pad)', 'https://pad.example.org/copil-releve']],
    },
    {
      key: 'copil-prochain',
      kind: 'copil',
      title: `COPIL mensuel de ${monthOf(nextCopil)}`,
      day: day(nextCopil),
      from: '18:30',
      to: '20:30',
      videoLink: 'https://visio.example.org/copil-transiscope',
      agenda: [
        'Tour de table des organisations',
        'Adhésion de POP Café',
        'Répartition des fonds FPH',
        'Préparation du Transiscothon',
      ],
      attendees: copilTable.map(([p, o]) => [p, o, 'invited']),
    },
    {
      key: 'transiscothon-prochain',
      kind: 'territorial_gathering',
      title: 'Transiscothon d’Essonne : rencontre des territoires',
      day: day(gathering),
      from: '09:30',
      to: '17:30',
      place: 'Tiers-lieu de Palaiseau (Essonne)',
      agenda: [
        'Accueil et tour des territoires',
        'OSCARTES : la cartographie coopérative',
        'Ateliers par territoire',
        'Suites à donner',
      ],
      attendees: [
        ['claire-montagne', 'ctc', 'invited'],
        ['gilles-marchand', 'poles-noe', 'invited'],
        ['amandine-roussel', 'territoires-en-liens', 'invited'],
        ['benoit-giraud', 'paris-saclay', 'invited'],
        ['ines-caron', 'territoires-en-liens', 'invited'],
      ],
    },
  ];

  const decisions: DemoDecision[] = [
    {
      key: 'charte',
      title: 'Révision de la charte',
      proposal:
        'Ouvrir le projet aux alternatives publiques qui associent les citoyen·nes à leur gouvernance, aux alternatives économiques sous forme coopérative, et aux luttes locales non-violentes.',
      proposedBy: 'mathieu-delorme',
      method: 'vote',
      votes: [9, 0, 1],
      outcome: 'adopted',
      decidedOn: '2023-06-13',
      onlineLink: 'https://vote.example.org/revision-charte',
      visibility: 'public',
    },
    {
      key: 'strategie',
      title: 'Stratégie 2024-2026 : Outiller, Expérimenter, Diffuser',
      proposal:
        'Adopter la raison d’être et les trois axes issus des discussions du 17 janvier 2024, en conservant l’essentiel de la stratégie « Faire système ».',
      proposedBy: 'claire-montagne',
      meeting: 'copil-janvier-2024',
      method: 'consensus',
      outcome: 'adopted',
      decidedOn: '2024-01-30',
      visibility: 'public',
    },
    {
      key: 'fiches-de-poste',
      title: 'Retravailler les fiches de poste des prestataires',
      proposal:
        'La coordination propose au prochain COPIL des fiches de poste alignées sur les trois axes, avec le nombre de jours par mois de chaque mission.',
      proposedBy: 'claire-montagne',
      meeting: 'copil-janvier-2024',
      method: 'consent',
      outcome: 'adopted',
      decidedOn: '2024-01-30',
    },
    {
      key: 'newsletter',
      title: 'Recentrer la communication sur la newsletter bimestrielle',
      proposal:
        'Au regard de la fréquentation du site, réorienter les efforts de communication vers une newsletter tous les deux mois, adressée aux écosystèmes des transitions.',
      proposedBy: 'lea-fontaine',
      meeting: 'copil-janvier-2024',
      method: 'consent',
      outcome: 'adopted',
      decidedOn: '2024-01-30',
    },
    {
      key: 'ctc',
      title: 'Intégrer Transiscope au sein du CTC',
      proposal:
        'Ajouter un axe à la stratégie du CTC pour y intégrer Transiscope ; les deux stratégies fusionnent dans un premier temps.',
      proposedBy: 'mathieu-delorme',
      onlineLink: 'https://vote.example.org/ctc-ajout-axe-strategie',
      method: 'consent',
      outcome: 'adopted',
      decidedOn: '2024-11-19',
    },
    {
      key: 'repartition',
      title: 'Répartition des fonds FPH : base fixe et part proportionnelle',
      proposal:
        'Répartir la subvention FPH entre les organisations contributrices : 40 % en parts égales, 60 % au prorata des contributions validées.',
      proposedBy: 'gilles-marchand',
      method: 'vote',
      votes: [7, 1, 1],
      outcome: 'adopted',
      decidedOn: '2025-03-11',
      onlineLink: 'https://vote.example.org/repartition-fph',
    },
    {
      key: 'repartition-amendement',
      title: 'Répartition des fonds FPH : part fixe ramenée à 30 %',
      proposal:
        'Amender la répartition : 30 % en parts égales, 70 % au prorata des contributions validées, pour mieux reconnaître le temps donné.',
      proposedBy: 'sophie-vasseur',
      meeting: 'copil-dernier',
      method: 'consent',
      outcome: 'adopted',
      decidedOn: day(lastCopil),
      amends: 'repartition',
    },
    {
      key: 'pop-cafe',
      title: 'Adhésion de POP Café',
      proposal:
        'Accueillir POP Café, tiers-lieu de la métropole lilloise dont la charte est signée, comme organisation membre du réseau.',
      proposedBy: 'yann-le-goff',
      meeting: 'copil-dernier',
      method: 'consent',
      outcome: 'postponed',
      decidedOn: day(lastCopil),
    },
  ];

  const actions: {
    title: string;
    owner: string;
    due: dayjs.Dayjs;
    status: ActionStatus;
    meeting?: string;
    decision?: string;
    details?: string;
  }[] = [
    {
      title: 'Envoyer le bilan intermédiaire à la FPH',
      owner: 'gilles-marchand',
      due: today.subtract(8, 'day'),
      status: 'open',
      meeting: 'copil-dernier',
      details: 'Avec le tableau des contributions valorisées et l’état des dépenses.',
    },
    {
      title: 'Organiser une rencontre avec l’équipe de POP Café',
      owner: 'nadia-berthelot',
      due: today.add(12, 'day'),
      status: 'open',
      meeting: 'copil-dernier',
      decision: 'pop-cafe',
    },
    {
      title: 'Mettre à jour la fiche de poste de la mission agenda (V2)',
      owner: 'claire-montagne',
      due: today.add(5, 'day'),
      status: 'in_progress',
      decision: 'fiches-de-poste',
    },
    {
      title: 'Livrer la maquette de la page agenda agrégé',
      owner: 'thomas-girard',
      due: today.add(20, 'day'),
      status: 'open',
      meeting: 'copil-dernier',
    },
    {
      title: 'Identifier les pages du site à modifier en priorité',
      owner: 'lea-fontaine',
      due: today.subtract(3, 'day'),
      status: 'in_progress',
      decision: 'newsletter',
    },
    {
      title: 'Envoyer la charte révisée aux sources',
      owner: 'mathieu-delorme',
      due: dayjs('2023-07-15'),
      status: 'done',
      decision: 'charte',
    },
  ];
  return { meetings, decisions, actions };
}

const STATUSES: Record<string, StrategyStatus> = {
  '1.1': 'in_progress',
  '1.2': 'in_progress',
  '1.3': 'in_progress',
  '1.4': 'in_progress',
  '1.5': 'in_progress',
  '2.1': 'planned',
  '2.2': 'in_progress',
  '2.3': 'paused',
  '2.4': 'planned',
  '2.5': 'in_progress',
  '3.1': 'planned',
  '3.2': 'planned',
  '3.3': 'planned',
  '3.4': 'paused',
};
/** Decisions that serve an action of the plan. */
const SERVES: Record<string, string[]> = {
  '1.4': ['fiches-de-poste', 'ctc', 'repartition'],
  '1.5': ['newsletter'],
  '1.3': ['repartition'],
};

/** Strategy action → the grants (funding seed keys) that finance it. */
const FINANCED_BY: Record<string, string[]> = {
  '1.3': ['fph-2024'],
};

async function seedStrategy(em: EntityManager, ids: SeedIds): Promise<number> {
  // Working groups are seeded before, by their own module, under `group:<key>`: the plan names those that carry each
  // action.
  // Grants are seeded before governance: an action names the grants that finance it (their co-funders in the report).
  const linkGrants = async (actionId: string, keys: string[]) => {
    const grants = keys.map((k) => ids.get(`grant:${k}`)).filter((id): id is string => Boolean(id));
    if (grants.length)
      await em.insert(
        'GrantStrategyAction',
        grants.map((grantId, position) => ({ strategyActionId: actionId, grantId, position })),
      );
  };
  const linkGroups = async (actionId: string, keys: string[]) => {
    const groups = keys.map((k) => ids.get(`group:${k}`)).filter((id): id is string => Boolean(id));
    if (groups.length)
      await em.insert(
        StrategyActionWorkingGroup,
        groups.map((workingGroupId, position) => ({ strategyActionId: actionId, workingGroupId, position })),
      );
  };
  let n = 0;
  for (const axis of strategy.axes) {
    const saved = await em.save(em.create(StrategyAxis, { number: axis.number, title: axis.title }));
    for (const a of axis.actions) {
      const key = `${axis.number}.${a.number}`;
      const action = await em.save(
        em.create(StrategyAction, {
          axisId: saved.id,
          number: a.number,
          title: a.title,
          content: a.summary,
          targetPublic: a.targetPublic,
          involvesCopil: a.involvesCopil,
          personDaysPerMonth: a.personDaysPerMonth ?? null,
          status: STATUSES[key] ?? 'planned',
        }),
      );
      await linkGroups(action.id, a.groups);
      await linkGrants(action.id, GRANTS_OF_ACTION[key] ?? []);
      ids.set(`strategy:${key}`, action.id);
      n++;
    }
  }
  for (const theme of strategy.transversal) {
    const action = await em.save(
      em.create(StrategyAction, {
        axisId: null,
        number: null,
        title: theme.title,
        content: theme.summary,
        targetPublic: theme.targetPublic,
        status: 'in_progress',
      }),
    );
    await linkGroups(action.id, theme.groups);
    n++;
  }
  return n;
}

/** Which demo grants finance which strategy action: the FPH and the Essonne department co-fund the first. */
const GRANTS_OF_ACTION: Record<string, string[]> = { '1.1': ['fph-2024', 'essonne-2026'] };

export const seedGovernance: SeedStep = {
  name: 'meetings, decisions, action items and strategy actions',
  async run(em, ids) {
    const { meetings, decisions, actions } = demo(dayjs().tz(DISPLAY_TIME_ZONE));
    const id = (key: string) => {
      const found = ids.get(key);
      if (!found) throw new Error(`seed: unknown key ${key}`);
      return found;
    };
    let n = await seedStrategy(em, ids);
    for (const m of meetings) {
      const meeting = await em.save(
        em.create(Meeting, {
          kind: m.kind,
          title: m.title,
          startsAt: paris(m.day, m.from),
          endsAt: paris(m.day, m.to),
          place: m.place ?? null,
          videoLink: m.videoLink ?? null,
          minutes: m.minutes ?? null,
        }),
      );
      ids.set(`meeting:${m.key}`, meeting.id);
      await em.insert(
        MeetingAgendaItem,
        m.agenda.map((title, position) => ({ meetingId: meeting.id, position, title })),
      );
      await em.insert(
        MeetingAttendee,
        m.attendees.map(([p, o, status]) => ({
          meetingId: meeting.id,
          personId: id(p),
          organisationId: o ? id(o) : null,
          status,
        })),
      );
      if (m.documents)
        await em.insert(
          MeetingDocument,
          m.documents.map(([label, url], position) => ({ meetingId: meeting.id, position, label, url })),
        );
      n++;
    }
    for (const d of decisions) {
      const saved = await em.save(
        em.create(Decision, {
          title: d.title,
          proposal: d.proposal,
          proposedByPersonId: id(d.proposedBy),
          meetingId: d.meeting ? id(`meeting:${d.meeting}`) : null,
          onlineLink: d.onlineLink ?? null,
          method: d.method,
          votesFor: d.votes?.[0] ?? null,
          votesAgainst: d.votes?.[1] ?? null,
          votesAbstain: d.votes?.[2] ?? null,
          outcome: d.outcome,
          decidedOn: d.decidedOn,
          amendsDecisionId: d.amends ? id(`decision:${d.amends}`) : null,
          visibility: d.visibility ?? 'copil',
          recordedById: id('account:claire-montagne'),
        }),
      );
      ids.set(`decision:${d.key}`, saved.id);
      n++;
    }
    // The grants that finance an action (the start of its trail to payments); another seed may have linked them.
    for (const [action, grants] of Object.entries(FINANCED_BY)) {
      for (const [position, grant] of grants.entries()) {
        await exec(
          em,
          sql`INSERT INTO grant_strategy_actions (grant_id, strategy_action_id, position)
              VALUES (${id(`grant:${grant}`)}, ${id(`strategy:${action}`)}, ${position}) ON CONFLICT DO NOTHING`,
        );
      }
    }
    for (const [action, keys] of Object.entries(SERVES)) {
      for (const key of keys) {
        await exec(
          em,
          sql`INSERT INTO strategy_action_decisions (strategy_action_id, decision_id)
              VALUES (${id(`strategy:${action}`)}, ${id(`decision:${key}`)})`,
        );
      }
    }
    for (const a of actions) {
      await em.insert(ActionItem, {
        title: a.title,
        details: a.details ?? null,
        ownerPersonId: id(a.owner),
        dueOn: a.due.format('YYYY-MM-DD'),
        status: a.status,
        completedAt: a.status === 'done' ? a.due.toDate() : null,
        meetingId: a.meeting ? id(`meeting:${a.meeting}`) : null,
        decisionId: a.decision ? id(`decision:${a.decision}`) : null,
      });
      n++;
    }
    return n;
  },
};
