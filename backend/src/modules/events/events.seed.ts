import type { SeedStep } from '../../database/seed/seed';
import { Kit } from './kit.entity';
import { TrainingEvent } from './training-event.entity';

/**
 * The operational plan's kits and trainings: a kit for sources and one for ambassadors, the last territorial gathering
 * (its six-month cadence then says when the next is due) and a remote training open for registration.
 */
export const seedEvents: SeedStep = {
  name: 'kits and events',
  async run(em, ids) {
    const group = (key: string) => ids.get(`group:${key}`)!;
    await em.save([
      em.create(Kit, {
        title: 'Kit d’accueil des sources',
        audience: 'source',
        groupId: group('sources'),
        description: 'Les étapes du parcours, la convention type et le guide d’import Gogocarto.',
        links: ['https://wiki.example.org/kit-sources'],
        version: '2.0',
        publishedOn: '2026-09-15',
      }),
      em.create(Kit, {
        title: 'Kit des ambassadeurs',
        audience: 'ambassador',
        groupId: group('partenariat'),
        links: ['https://wiki.example.org/kit-ambassadeurs', 'https://wiki.example.org/presentation-reseau.pdf'],
        version: '1.1',
        publishedOn: '2026-05-04',
      }),
    ]);
    await em.save([
      em.create(TrainingEvent, {
        title: 'Rassemblement territorial de printemps',
        kind: 'gathering',
        mode: 'in_person',
        audience: 'public',
        startsAt: new Date('2026-06-20T07:30:00Z'),
        endsAt: new Date('2026-06-20T16:00:00Z'),
        place: 'Tiers-lieu La Cordée, Lyon',
        capacity: 80,
        groupId: group('facilitation'),
        registrationOpen: false,
      }),
      em.create(TrainingEvent, {
        title: 'Importer une carte Gogocarto dans la carte commune',
        kind: 'training',
        mode: 'remote',
        audience: 'source',
        startsAt: new Date('2027-01-14T17:30:00Z'),
        endsAt: new Date('2027-01-14T19:00:00Z'),
        videoLink: 'https://visio.example.org/formation-sources',
        capacity: 12,
        trainer: 'Équipe technique',
        description: 'Pour les référents techniques des sources : brancher un flux, lire les rapports de qualité.',
        groupId: group('technique'),
        registrationOpen: true,
      }),
    ]);
    return 4;
  },
};
