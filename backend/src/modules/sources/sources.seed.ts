import type { SeedStep } from '../../database/seed/seed';
import { SourceStep } from './source-step.entity';
import { ONBOARDING_STEPS, Source, type FeedKind, type OnboardingStep, type SourceDataKind } from './source.entity';

interface DemoSource {
  name: string;
  organisation?: string;
  partnerName?: string;
  dataKind: SourceDataKind;
  licence: string | null;
  feedKind: FeedKind;
  feedUrl: string | null;
  group: string;
  referent: string | null;
  contacts?: string;
  step: OnboardingStep;
  /** The day each step up to `step` was reached, in order. */
  reached: string[];
  next?: { owner: string; dueOn: string };
}

/**
 * The map's sources as the operational plan names them: Gogocarto instances, files and the semantic bus (Transiscope),
 * at every point of the onboarding path. Feeds point at addresses of the real kind; the demo does not read them until
 * a coordinator asks (`Check now`) or the daily job runs.
 */
const sources: DemoSource[] = [
  {
    name: 'Près de chez nous',
    organisation: 'colibris',
    dataKind: 'places',
    licence: 'ODbL',
    feedKind: 'gogocarto',
    feedUrl: 'https://presdecheznous.gogocarto.fr/api/elements.json',
    group: 'technique',
    referent: 'nadia-berthelot',
    contacts: 'L’équipe Près de chez nous de Colibris, par la liste technique.',
    step: 'autonomous',
    reached: ['2024-01-15', '2024-02-20', '2024-04-02', '2024-04-30', '2024-06-11', '2024-09-24', '2025-01-14'],
  },
  {
    name: 'Fermes de Terre de Liens',
    organisation: 'terre-de-liens',
    dataKind: 'places',
    licence: 'Licence Ouverte 2.0',
    feedKind: 'csv',
    feedUrl: 'https://terredeliens.example.org/export/fermes.csv',
    group: 'sources',
    referent: null,
    step: 'quality_review',
    reached: ['2024-05-06', '2024-07-01', '2024-10-15', '2025-02-03', '2025-06-16'],
    next: { owner: 'amandine-roussel', dueOn: '2026-01-15' },
  },
  {
    name: 'Carte des tiers-lieux',
    organisation: 'compagnie-tiers-lieux',
    dataKind: 'places',
    licence: 'ODbL',
    feedKind: 'gogocarto',
    feedUrl: 'https://tierslieux.gogocarto.fr/api/elements.json',
    group: 'sources',
    referent: 'yann-le-goff',
    step: 'technical_connection',
    reached: ['2025-03-10', '2025-05-22', '2025-11-04'],
    next: { owner: 'karim-benali', dueOn: '2026-02-02' },
  },
  {
    name: 'Agenda de Démocratie Ouverte',
    organisation: 'democratie-ouverte',
    dataKind: 'events',
    licence: 'CC BY-SA 4.0',
    feedKind: 'json',
    feedUrl: 'https://democratieouverte.example.org/agenda.json',
    group: 'sources',
    referent: null,
    step: 'first_import',
    reached: ['2025-01-20', '2025-04-08', '2025-06-30', '2025-09-15'],
  },
  {
    name: 'Acteurs du Bus sémantique',
    organisation: 'data-players',
    dataKind: 'actors',
    licence: 'ODbL',
    feedKind: 'semantic_bus',
    feedUrl: 'https://data-players.example.org/bus/transiscope/acteurs',
    group: 'technique',
    referent: null,
    step: 'training_done',
    reached: ['2023-11-06', '2024-01-10', '2024-03-05', '2024-05-14', '2024-07-09', '2024-11-19'],
  },
  {
    name: 'Habitats légers',
    organisation: 'hameaux-legers',
    dataKind: 'actors',
    licence: null,
    feedKind: 'csv',
    feedUrl: null,
    group: 'sources',
    referent: null,
    step: 'agreement_signed',
    reached: ['2025-09-01', '2025-11-20'],
    next: { owner: 'amandine-roussel', dueOn: '2026-01-30' },
  },
  {
    name: 'Réseau des AMAP d’Île-de-France',
    partnerName: 'Réseau des AMAP d’Île-de-France',
    dataKind: 'places',
    licence: null,
    feedKind: 'gogocarto',
    feedUrl: null,
    group: 'sources',
    referent: null,
    contacts: 'Premier échange lors de la rencontre territoriale de l’automne.',
    step: 'first_contact',
    reached: ['2025-10-18'],
    next: { owner: 'lucas-henry', dueOn: '2026-01-10' },
  },
];

export const seedSources: SeedStep = {
  name: 'sources',
  async run(em, ids) {
    for (const d of sources) {
      const source = await em.save(
        em.create(Source, {
          name: d.name,
          organisationId: d.organisation ? ids.get(d.organisation)! : null,
          partnerName: d.partnerName ?? null,
          dataKind: d.dataKind,
          licence: d.licence,
          feedKind: d.feedKind,
          feedUrl: d.feedUrl,
          groupId: ids.get(`group:${d.group}`)!,
          referentPersonId: d.referent ? ids.get(d.referent)! : null,
          contacts: d.contacts ?? null,
          step: d.step,
          nextStepOwnerId: d.next ? ids.get(d.next.owner)! : null,
          nextStepDueOn: d.next?.dueOn ?? null,
          health: 'unknown',
        }),
      );
      ids.set(`source:${d.name}`, source.id);
      await em.save(
        d.reached.map((reachedOn, i) =>
          em.create(SourceStep, { sourceId: source.id, step: ONBOARDING_STEPS[i], reachedOn, byId: null }),
        ),
      );
    }
    return sources.length;
  },
};
