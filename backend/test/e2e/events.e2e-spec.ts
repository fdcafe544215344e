import type { ParsedMail } from 'mailparser';
import { EventRemindersService } from '../../src/modules/events/event-reminders.service';
import { demo, startTestApp, type Caller, type TestApp } from '../support/app';

const days = (n: number) => new Date(Date.now() + n * 86_400_000);
const iso = (n: number) => days(n).toISOString();

describe('kits, trainings and gatherings', () => {
  let t: TestApp;
  let coord: Caller;
  let ip = 0;
  const ids: Record<string, string> = {};
  const idOf = async (table: string, name: string) =>
    (await t.db.query(`SELECT id FROM ${table} WHERE name = $1`, [name]))[0].id as string;
  /** Each visitor from an address of their own: the hourly limit per address is the sign-up's, tested there. */
  const register = (eventId: string, who: { firstName: string; lastName: string; email: string }) =>
    t
      .http()
      .post(`/api/public/events/${eventId}/registrations`)
      .set('x-forwarded-for', `198.51.100.${++ip}`)
      .set('accept-language', 'fr')
      .send(who);
  const statuses = async (eventId: string) =>
    (await coord.get(`/api/events/${eventId}/registrations`).expect(200)).body as {
      id: string;
      email: string;
      status: string;
      waitingRank: number | null;
    }[];
  const tokenOf = async (eventId: string, email: string) =>
    (
      await t.db.query(
        `SELECT r.cancel_token FROM event_registrations r JOIN people p ON p.id = r.person_id
         WHERE r.event_id = $1 AND p.email = $2`,
        [eventId, email],
      )
    )[0].cancel_token as string;
  const ics = (m: ParsedMail) => m.attachments.find((a) => a.contentType.startsWith('text/calendar'));

  beforeAll(async () => {
    t = await startTestApp();
    coord = await t.as(demo.coordinator);
    ids.technique = await idOf('working_groups', 'Technique');
    ids.partnership = await idOf('working_groups', 'Partenariat');
  });
  afterAll(() => t.close());

  const training = (extra: object = {}) => ({
    title: 'Importer une carte Gogocarto',
    kind: 'training',
    mode: 'remote',
    audience: 'source',
    startsAt: iso(10),
    endsAt: iso(10.06),
    videoLink: 'https://visio.example.org/formation',
    capacity: 3,
    trainer: 'Léa Martin',
    groupId: ids.technique,
    registrationOpen: true,
    ...extra,
  });

  describe('events and kits', () => {
    it('the coordinator creates a training; members read it with its counts, never its attendees', async () => {
      const res = await coord.post('/api/events', training()).expect(201);
      ids.event = res.body.id;
      expect(res.body).toMatchObject({
        title: 'Importer une carte Gogocarto',
        groupName: 'Technique',
        capacity: 3,
        confirmed: 0,
        waiting: 0,
        registrationOpen: true,
      });
      const copil = await t.as(demo.copil);
      const seen = (await copil.get(`/api/events/${ids.event}`).expect(200)).body;
      expect(Object.keys(seen)).not.toContain('registrations');
      await copil.get(`/api/events/${ids.event}/registrations`).expect(403);
    });

    it('refuses bad input with field messages, saving nothing', async () => {
      const before = (await t.db.query(`SELECT count(*)::int AS n FROM training_events`))[0].n;
      const bad = await coord
        .post('/api/events', training({ title: '', capacity: 0, kind: 'party', startsAt: '2027-01-14 18:30' }))
        .expect(400);
      expect(Object.keys(bad.body.error.fields).sort()).toEqual(['capacity', 'kind', 'startsAt', 'title']);
      const backwards = await coord.post('/api/events', training({ endsAt: iso(9) })).expect(400);
      expect(backwards.body.error.fields.endsAt).toEqual(['La fin doit suivre le début']);
      const unknown = await coord
        .post('/api/events', training({ groupId: '00000000-0000-4000-8000-000000000000' }))
        .expect(400);
      expect(unknown.body.error.fields.groupId).toEqual(['Groupe de travail inconnu']);
      expect((await t.db.query(`SELECT count(*)::int AS n FROM training_events`))[0].n).toBe(before);
    });

    it('a group’s referent manages their group’s events and kits only; a volunteer outside them sees none', async () => {
      const lead = await t.as(demo.wgLead);
      await lead.post('/api/events', training({ groupId: ids.partnership })).expect(403);
      const kit = await lead
        .post('/api/kits', {
          title: 'Kit d’accueil des sources',
          audience: 'source',
          groupId: ids.technique,
          links: ['https://wiki.example.org/kit-sources'],
          version: '2.1',
          publishedOn: '2026-11-30',
        })
        .expect(201);
      expect(kit.body).toMatchObject({ groupName: 'Technique', links: ['https://wiki.example.org/kit-sources'] });
      const badKit = await lead
        .post('/api/kits', { title: 'Kit', audience: 'all', groupId: ids.technique, links: ['ftp://x'], version: '1' })
        .expect(400);
      expect(Object.keys(badKit.body.error.fields).sort()).toEqual(['audience', 'links', 'publishedOn']);
      // The volunteer is in Communication and Sources; the contractor, a member of Technique, reads its events.
      const volunteer = await t.as(demo.volunteer);
      await volunteer.get(`/api/events/${ids.event}`).expect(403);
      expect((await volunteer.get('/api/events').expect(200)).body.items).toEqual([]);
      const volunteerKits = (await volunteer.get('/api/kits').expect(200)).body.items as { groupName: string }[];
      expect(volunteerKits.map((k) => k.groupName)).toEqual(['Sources']);
      const contractor = await t.as(demo.contractor);
      await contractor.get(`/api/events/${ids.event}`).expect(200);
      await contractor.get(`/api/events/${ids.event}/registrations`).expect(403);
      for (const c of [volunteer, contractor]) {
        await c
          .post('/api/kits', {
            title: 'Kit',
            audience: 'public',
            groupId: ids.technique,
            version: '1',
            publishedOn: '2026-12-01',
          })
          .expect(403);
      }
      const other = await t.as(demo.otherCopil);
      await other.patch(`/api/events/${ids.event}`, { capacity: 40 }).expect(403);
      await t.http().get('/api/events').expect(401);
    });
  });

  describe('public registration', () => {
    it('shows an open event to anyone, without attendees nor video link; a closed one is not found', async () => {
      const page = (await t.http().get(`/api/public/events/${ids.event}`).expect(200)).body;
      expect(Object.keys(page).sort()).toEqual(
        [
          'audience',
          'description',
          'endsAt',
          'id',
          'kind',
          'mode',
          'place',
          'placesLeft',
          'startsAt',
          'title',
          'trainer',
        ].sort(),
      );
      expect(page.placesLeft).toBe(3);
      const closed = await coord.post('/api/events', training({ registrationOpen: false })).expect(201);
      await t.http().get(`/api/public/events/${closed.body.id}`).expect(404);
      await register(closed.body.id, { firstName: 'A', lastName: 'B', email: 'a.b@example.org' }).expect(404);
      const bad = await register(ids.event, { firstName: '', lastName: 'B', email: 'pas-une-adresse' }).expect(400);
      expect(Object.keys(bad.body.error.fields).sort()).toEqual(['email', 'firstName']);
    });

    it('N registrations at once for M places give exactly M confirmed, the rest waiting in order', async () => {
      const people = Array.from({ length: 8 }, (_, i) => ({
        firstName: `Personne${i}`,
        lastName: 'Course',
        email: `course${i}@example.org`,
      }));
      const answers = await Promise.all(people.map((p) => register(ids.event, p)));
      expect(answers.map((a) => a.status)).toEqual(Array(8).fill(202));
      const rows = await statuses(ids.event);
      expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(3);
      expect(rows.filter((r) => r.status === 'waiting').map((r) => r.waitingRank)).toEqual([1, 2, 3, 4, 5]);
      await t.drain();
      const mails = await Promise.all(people.map((p) => t.mail.waitFor((m) => t.mail.to(p.email).includes(m))));
      const confirmed = mails.filter((m) => m.subject?.startsWith('Inscription confirmée'));
      expect(confirmed).toHaveLength(3);
      expect(confirmed.every((m) => ics(m)?.content.toString().includes('SUMMARY:Importer une carte Gogocarto'))).toBe(
        true,
      );
      expect(confirmed[0].text).toContain('https://visio.example.org/formation');
      const waiting = mails.filter((m) => m.subject?.startsWith('Liste d’attente'));
      expect(waiting).toHaveLength(5);
      expect(waiting.some(ics)).toBe(false);
      expect((await t.http().get(`/api/public/events/${ids.event}`).expect(200)).body.placesLeft).toBe(0);
    });

    it('registering twice changes nothing; a filled honeypot registers nobody', async () => {
      const before = await statuses(ids.event);
      await register(ids.event, { firstName: 'Personne0', lastName: 'Course', email: 'course0@example.org' }).expect(
        202,
      );
      await register(ids.event, {
        firstName: 'Bot',
        lastName: 'Bot',
        email: 'bot@example.org',
        website: 'x',
      } as never).expect(202);
      expect(await statuses(ids.event)).toEqual(before);
    });

    it('a cancellation from the mail’s link hands the place to the first waiting, who is told with the .ics', async () => {
      const rows = await statuses(ids.event);
      const leaving = rows.find((r) => r.status === 'confirmed')!;
      const first = rows.find((r) => r.waitingRank === 1)!;
      const token = await tokenOf(ids.event, leaving.email);
      const res = await t.http().post('/api/public/events/cancel').send({ token }).expect(200);
      expect(res.body).toEqual({ eventTitle: 'Importer une carte Gogocarto' });
      const after = await statuses(ids.event);
      expect(after.find((r) => r.id === leaving.id)!.status).toBe('cancelled');
      expect(after.find((r) => r.id === first.id)!.status).toBe('confirmed');
      expect(after.filter((r) => r.status === 'confirmed')).toHaveLength(3);
      await t.drain();
      const promoted = await t.mail.waitFor(
        (m) => t.mail.to(first.email).includes(m) && m.subject?.startsWith('Une place s’est libérée') === true,
      );
      expect(ics(promoted)).toBeDefined();
      const again = await t.http().post('/api/public/events/cancel').send({ token }).expect(400);
      expect(again.body.error.fields.token).toEqual(['Ce lien d’annulation n’est pas (ou plus) valable']);
    });

    it('more places call the waiting list in; fewer than the confirmed are refused', async () => {
      await coord.patch(`/api/events/${ids.event}`, { capacity: 4 }).expect(200);
      expect((await statuses(ids.event)).filter((r) => r.status === 'confirmed')).toHaveLength(4);
      const res = await coord.patch(`/api/events/${ids.event}`, { capacity: 2 }).expect(400);
      expect(Object.keys(res.body.error.fields)).toEqual(['capacity']);
    });
  });

  describe('attendance and reminders', () => {
    it('attendance for a source at its quality review moves it to "training done"; both pages list the training', async () => {
      const [{ id: source }] = await t.db.query(
        `INSERT INTO sources (name, partner_name, data_kind, feed_kind, step) VALUES ('Source formée', 'Un partenaire', 'places', 'csv', 'quality_review') RETURNING id`,
      );
      const someone = (await statuses(ids.event)).find((r) => r.status === 'confirmed')!;
      const res = await coord
        .patch(`/api/events/${ids.event}/registrations/${someone.id}`, { attended: true, sourceId: source })
        .expect(200);
      expect(res.body).toMatchObject({ attended: true, sourceName: 'Source formée' });
      const detail = (await coord.get(`/api/sources/${source}`).expect(200)).body;
      expect(detail.step).toBe('training_done');
      expect(detail.steps.at(-1)).toMatchObject({ step: 'training_done', note: 'Importer une carte Gogocarto' });
      const bySource = (await coord.get(`/api/events/attendance?sourceId=${source}`).expect(200)).body;
      expect(bySource).toEqual([expect.objectContaining({ title: 'Importer une carte Gogocarto', attended: true })]);
      const [{ person_id }] = await t.db.query(`SELECT person_id FROM event_registrations WHERE id = $1`, [someone.id]);
      const byPerson = (await coord.get(`/api/events/attendance?personId=${person_id}`).expect(200)).body;
      expect(byPerson).toHaveLength(1);
      const bad = await coord
        .patch(`/api/events/${ids.event}/registrations/${someone.id}`, {
          sourceId: '00000000-0000-4000-8000-000000000000',
        })
        .expect(400);
      expect(bad.body.error.fields.sourceId).toEqual(['Source inconnue']);
      await coord.get('/api/events/attendance').expect(400);
    });

    it('reminds the confirmed people the day before, once', async () => {
      const reminders = t.app.get(EventRemindersService);
      await t.db.query(`UPDATE training_events SET starts_at = $2, ends_at = $3 WHERE id = $1`, [
        ids.event,
        days(1),
        new Date(days(1).getTime() + 3_600_000),
      ]);
      expect(await reminders.remindAttendees()).toBe(4);
      expect(await reminders.remindAttendees()).toBe(0);
      await t.drain();
      await t.mail.waitFor((m) => m.subject === 'C’est demain\u00a0: Importer une carte Gogocarto');
    });

    it('the next gathering follows six months after the last; the coordinator is reminded once, not when one is planned', async () => {
      const reminders = t.app.get(EventRemindersService);
      const gathering = (startsAt: Date) =>
        coord
          .post('/api/events', {
            ...training({ kind: 'gathering', mode: 'in_person', audience: 'public', place: 'Lyon', capacity: 80 }),
            title: `Rassemblement territorial ${startsAt.toISOString().slice(0, 7)}`,
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + 6 * 3_600_000).toISOString(),
          })
          .expect(201);
      await gathering(days(-130));
      const cadence = (await coord.get('/api/events/gathering-cadence').expect(200)).body;
      expect(cadence).toMatchObject({ planned: false, reminderSentAt: null });
      expect(cadence.nextDueOn > cadence.reminderOn).toBe(true);
      expect(await reminders.remindGatheringIfDue()).toBeGreaterThan(0);
      expect(await reminders.remindGatheringIfDue()).toBe(0);
      await t.drain();
      await t.mail.waitFor((m) => m.subject?.startsWith('Prochain rassemblement territorial') === true);
      const planned = await gathering(days(40));
      expect((await coord.get('/api/events/gathering-cadence').expect(200)).body.planned).toBe(true);
      expect(planned.body.kind).toBe('gathering');
    });
  });
});
