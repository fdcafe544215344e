import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { Account } from '../../auth/account.entity';
import { hashPassword } from '../../auth/password';
import { DEMO_PASSWORD } from '../../database/seed/demo-data';
import type { SeedStep } from '../../database/seed/seed';
import type { Person } from '../people/person.entity';
import { Mission } from './mission.entity';
import { TimeEntry } from './time-entry.entity';
import { DISPLAY_TIME_ZONE } from '@maillage/emails';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * The two contractors the network pays: Thomas Girard (a demo account of the foundation) on the agenda aggregation
 * (V2), and Julie Bernard on communication, whom the application to the FPH names as a need ("un·e prestataire pour
 * soutenir les actions de communication"). Julie gets her own contractor account here, so that one contractor can be
 * shown never to see the other's missions or rate. Periods and time run up to the day the demo is seeded.
 */
export const seedContractors: SeedStep = {
  name: 'missions and time entries',
  async run(em, ids) {
    const julie = await em.save(
      em.getRepository<Person>('Person').create({
        firstName: 'Julie',
        lastName: 'Bernard',
        email: 'prestataire.communication@maillage.test',
        notes: 'Prestataire communication : newsletter, récit du projet, réseaux sociaux.',
      }),
    );
    ids.set('julie-bernard', julie.id);
    const account = await em.save(
      em.create(Account, {
        personId: julie.id,
        email: 'prestataire.communication@maillage.test',
        passwordHash: await hashPassword(DEMO_PASSWORD),
        roles: ['contractor'],
        locale: 'fr',
      }),
    );
    ids.set('account:julie-bernard', account.id);

    const today = dayjs().tz(DISPLAY_TIME_ZONE);
    const start = today.subtract(3, 'month').startOf('month');
    const agenda = await em.save(
      em.create(Mission, {
        contractorPersonId: ids.get('thomas-girard')!,
        company: 'Girard Développement (EI)',
        title: 'Développement de l’agrégation d’agenda (V2)',
        jobDescription:
          '<h2>Contexte</h2><p>Le COPIL a décidé de construire la V2 de Transiscope, l’agrégation d’agendas, au sein du CTC et comme objet de coopération.</p><h2>Missions</h2><ul><li>Développer les connecteurs (Framagenda, ICS, Google) vers le Bus sémantique.</li><li>Maintenir les imports dynamiques de la V1 et leurs messages d’erreur.</li><li>Présenter l’avancement au COPIL mensuel.</li></ul><h2>Modalités</h2><p>4 jours par mois, à distance, point mensuel avec le groupe Technique.</p>',
        startsOn: start.format('YYYY-MM-DD'),
        endsOn: start.add(8, 'month').endOf('month').format('YYYY-MM-DD'),
        daysPerMonth: 4,
        dailyRateCents: 45_000,
        hoursPerDay: 7,
      }),
    );
    const communication = await em.save(
      em.create(Mission, {
        contractorPersonId: julie.id,
        company: null,
        title: 'Appui à la communication : newsletter et récit du projet',
        jobDescription:
          '<h2>Missions</h2><ul><li>Préparer la newsletter bimestrielle avec le groupe Communication.</li><li>Écrire les articles sur les sources et la coopération entre organisations.</li><li>Animer les réseaux sociaux du projet.</li></ul><p>3 jours par mois, en lien avec la coordination.</p>',
        startsOn: start.format('YYYY-MM-DD'),
        endsOn: start.add(11, 'month').endOf('month').format('YYYY-MM-DD'),
        daysPerMonth: 3,
        dailyRateCents: 38_000,
        hoursPerDay: 7,
      }),
    );

    // Three full months of work before this one; the second of Thomas's is over budget (a release week).
    const entries: Partial<TimeEntry>[] = [];
    const log = (
      mission: Mission,
      monthsAgo: number,
      dayOfMonth: number,
      unit: 'day' | 'hour',
      quantity: number,
      description: string,
    ) => {
      const workedOn = today.subtract(monthsAgo, 'month').date(dayOfMonth);
      if (workedOn.isAfter(today, 'day')) return;
      entries.push({
        missionId: mission.id,
        personId: mission.contractorPersonId,
        workedOn: workedOn.format('YYYY-MM-DD'),
        unit,
        quantity,
        description,
      });
    };
    for (const ago of [3, 2, 1]) {
      log(agenda, ago, 3, 'day', 1, 'Connecteur Framagenda : lecture des flux et dédoublonnage');
      log(agenda, ago, 10, 'day', 1, 'Import ICS générique, tests sur trois sources');
      log(agenda, ago, 17, 'hour', 3.5, 'Point mensuel avec le groupe Technique');
      log(agenda, ago, 24, 'day', ago === 2 ? 1 : 0.5, 'Messages d’erreur des imports dynamiques (V1)');
      log(communication, ago, 5, 'day', 1, 'Rédaction de la newsletter');
      log(communication, ago, 19, 'hour', 5, 'Article sur la communauté des sources');
    }
    log(agenda, 2, 25, 'day', 1, 'Mise en production de la page agenda (semaine de livraison)');
    log(agenda, 2, 26, 'day', 1, 'Corrections après la mise en production');
    log(agenda, 0, 2, 'day', 1, 'Connecteur Google Agenda : authentification');
    if (entries.length) await em.insert(TimeEntry, entries);
    return 2 + entries.length;
  },
};
