import { activityDraft, type DraftGrant } from './activity-draft';
import { bodyBlocks } from './activity-report-files';
import type { ActivityFiguresResponse } from './dto/activity-report.response';

const grant: DraftGrant = {
  title: 'Tiers-lieux en réseau',
  funderName: 'Fondation de France',
  objectives: 'Relier dix tiers-lieux',
  expectedResults: null,
  deliverables: [
    { title: 'Guide', dueOn: '2025-06-30', status: 'delivered' },
    { title: 'Carte', dueOn: '2025-12-31', status: 'in_progress' },
  ],
  indicators: [
    { label: 'Participants', target: 120, measured: 87.5, unit: 'personnes' },
    { label: 'Ateliers', target: 12, measured: null, unit: 'ateliers' },
  ],
};

/** A year as the demo network lives it: three COPILs, two decisions, time and rooms given, one newsletter. */
const figures: ActivityFiguresResponse = {
  meetingsHeld: 3,
  meetings: [
    { title: 'COPIL de janvier', on: '2025-01-14' },
    { title: 'COPIL de mars', on: '2025-03-11' },
    { title: 'Rencontre territoriale', on: '2025-06-21' },
  ],
  decisionsAdopted: 2,
  decisions: [
    { number: 12, title: 'Charte', on: '2025-03-11' },
    { number: 13, title: 'Budget', on: '2025-06-21' },
  ],
  contributions: [
    { type: 'working_time', unit: 'hour', count: 14, quantity: 212.5, valueCents: 531_250 },
    { type: 'working_time', unit: 'day', count: 1, quantity: 1, valueCents: 20_000 },
    { type: 'room', unit: 'room_day', count: 3, quantity: 3, valueCents: 45_000 },
  ],
  contributionsValueCents: 596_250,
  volunteersWelcomed: 1,
  newslettersSent: 0,
  newsletters: [],
};

describe('the activity report draft', () => {
  const sections = activityDraft(grant, '2025-01-01', '2025-12-31', figures);
  const body = (title: string) => sections.find((s) => s.title === title)!.body;

  it('sums up the period in its first section, singular and plural as the counts say', () => {
    expect(body('Présentation')).toBe(
      "Bilan d'activité de l'action « Tiers-lieux en réseau » soutenue par Fondation de France, pour la période du 01/01/2025 au 31/12/2025.\n" +
        'Sur la période : 3 réunions tenues, 2 décisions adoptées, 1 bénévole accueilli, 0 lettre d’information envoyée.',
    );
  });

  it('lists validated contributions per type and unit, with their quantity, count and value, and their total', () => {
    expect(body('Contributions des membres').split('\n')).toEqual([
      'Contributions validées sur la période, valorisées au total 5\u202f962,50\u00a0€ :',
      '- Temps de travail : 212,5 heures (14 contributions), valorisé 5\u202f312,50\u00a0€',
      '- Temps de travail : 1 jour (1 contribution), valorisé 200,00\u00a0€',
      '- Mise à disposition de salle : 3 journées de salle (3 contributions), valorisé 450,00\u00a0€',
    ]);
  });

  it('names the meetings and decisions, and says so when the period has none', () => {
    expect(body('Gouvernance et vie du réseau')).toContain('- 11/03/2025 — COPIL de mars');
    expect(body('Gouvernance et vie du réseau')).toContain('- n° 13 du 21/06/2025 — Budget');
    expect(body('Bénévoles et communication')).toContain('Aucune lettre envoyée sur la période.');
  });

  it('states the grant’s promises: objectives (or what is left to write), deliverables and indicators', () => {
    expect(body('Objectifs et résultats attendus')).toBe(
      'Objectifs :\nRelier dix tiers-lieux\n\nRésultats attendus :\nÀ compléter.',
    );
    expect(body('Livrables')).toBe('- Guide — échéance 30/06/2025 — livré\n- Carte — échéance 31/12/2025 — en cours');
    expect(body('Indicateurs')).toBe(
      '- Participants : 87,5 personnes pour une cible de 120 personnes\n- Ateliers : non mesuré pour une cible de 12 ateliers',
    );
  });

  it('reads a section back as paragraphs and lists for the PDF and the .docx', () => {
    expect(bodyBlocks('Intro\n\n- un\n- deux\nSuite')).toEqual([
      { list: false, text: 'Intro' },
      { list: true, items: ['un', 'deux'] },
      { list: false, text: 'Suite' },
    ]);
  });
});
