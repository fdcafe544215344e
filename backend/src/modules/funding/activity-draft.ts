import { formatEuros } from '@maillage/emails/money';
import { TYPE_LABELS, UNIT_LABELS } from '../contributions/contribution-totals.service';
import type { ActivitySection } from './activity-report.entity';
import type { ActivityFiguresResponse } from './dto/activity-report.response';
import type { GrantDeliverableResponse, GrantIndicatorResponse } from './dto/grant.response';
import type { DeliverableStatus } from './funding-types';

/** What the draft says of the grant itself. */
export interface DraftGrant {
  title: string;
  funderName: string;
  objectives: string | null;
  expectedResults: string | null;
  deliverables: Pick<GrantDeliverableResponse, 'title' | 'dueOn' | 'status'>[];
  indicators: Pick<GrantIndicatorResponse, 'label' | 'target' | 'measured' | 'unit'>[];
}

const DELIVERABLE_WORDS: Record<DeliverableStatus, string> = {
  planned: 'prévu',
  in_progress: 'en cours',
  delivered: 'livré',
  cancelled: 'abandonné',
};

export const frenchDay = (d: string) => d.split('-').reverse().join('/');
const number = (n: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(n);
const plural = (n: number, one: string, many: string) => `${number(n)} ${n > 1 ? many : one}`;
/** "journée de salle" → "journées de salle", "mois" stays: French units put their first word in the plural. */
const unitPlural = (unit: string) => unit.replace(/^(\S*?)(s?)(?=\s|$)/, (_w, stem: string) => `${stem}s`);
const list = (lines: string[], none: string) => (lines.length ? lines.map((l) => `- ${l}`).join('\n') : none);

/**
 * The activity report's first draft, in French (the funder's language), from the grant's application and what the
 * app knows of the period. The coordinator rewrites it freely; each section is plain text.
 */
export function activityDraft(
  grant: DraftGrant,
  from: string,
  to: string,
  f: ActivityFiguresResponse,
): ActivitySection[] {
  const period = `du ${frenchDay(from)} au ${frenchDay(to)}`;
  const contributions = f.contributions.map(
    (c) =>
      `${TYPE_LABELS[c.type].fr} : ${plural(c.quantity, UNIT_LABELS[c.unit].fr, unitPlural(UNIT_LABELS[c.unit].fr))} ` +
      `(${plural(c.count, 'contribution', 'contributions')}), valorisé ${formatEuros(c.valueCents, 'fr')}`,
  );
  return [
    {
      title: 'Présentation',
      body:
        `Bilan d'activité de l'action « ${grant.title} » soutenue par ${grant.funderName}, pour la période ${period}.\n` +
        `Sur la période : ${plural(f.meetingsHeld, 'réunion tenue', 'réunions tenues')}, ` +
        `${plural(f.decisionsAdopted, 'décision adoptée', 'décisions adoptées')}, ` +
        `${plural(f.volunteersWelcomed, 'bénévole accueilli', 'bénévoles accueillis')}, ` +
        `${plural(f.newslettersSent, 'lettre d’information envoyée', 'lettres d’information envoyées')}.`,
    },
    {
      title: 'Objectifs et résultats attendus',
      body: [
        `Objectifs :\n${grant.objectives ?? 'À compléter.'}`,
        `Résultats attendus :\n${grant.expectedResults ?? 'À compléter.'}`,
      ].join('\n\n'),
    },
    {
      title: 'Gouvernance et vie du réseau',
      body: [
        `Réunions tenues (${number(f.meetingsHeld)}) :\n` +
          list(
            f.meetings.map((m) => `${frenchDay(m.on)} — ${m.title}`),
            'Aucune réunion sur la période.',
          ),
        `Décisions adoptées (${number(f.decisionsAdopted)}) :\n` +
          list(
            f.decisions.map((d) => `n° ${d.number} du ${frenchDay(d.on)} — ${d.title}`),
            'Aucune décision sur la période.',
          ),
      ].join('\n\n'),
    },
    {
      title: 'Contributions des membres',
      body:
        `Contributions validées sur la période, valorisées au total ${formatEuros(f.contributionsValueCents, 'fr')} :\n` +
        list(contributions, 'Aucune contribution validée sur la période.'),
    },
    {
      title: 'Bénévoles et communication',
      body:
        `${plural(f.volunteersWelcomed, 'bénévole accueilli', 'bénévoles accueillis')} dans les groupes de travail.\n\n` +
        `Lettres d’information envoyées (${number(f.newslettersSent)}) :\n` +
        list(
          f.newsletters.map((n) => `n° ${n.number} du ${frenchDay(n.on)} — ${n.title}`),
          'Aucune lettre envoyée sur la période.',
        ),
    },
    {
      title: 'Livrables',
      body: list(
        grant.deliverables.map((d) => `${d.title} — échéance ${frenchDay(d.dueOn)} — ${DELIVERABLE_WORDS[d.status]}`),
        'Aucun livrable prévu.',
      ),
    },
    {
      title: 'Indicateurs',
      body: list(
        grant.indicators.map(
          (i) =>
            `${i.label} : ${i.measured === null ? 'non mesuré' : `${number(i.measured)} ${i.unit}`} ` +
            `pour une cible de ${number(i.target)} ${i.unit}`,
        ),
        'Aucun indicateur défini.',
      ),
    },
    { title: 'Perspectives', body: 'À compléter.' },
  ];
}
