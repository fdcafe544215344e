import { CONSENT_TEXTS } from '../../src/modules/working-groups/consent';
import { WelcomeRemindersService } from '../../src/modules/working-groups/welcome-reminders.service';
import { demo, startTestApp, type Caller, type TestApp } from '../support/app';

const count = async (t: TestApp, sql: string, params: unknown[] = []) =>
  (await t.db.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n as number;
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

describe('working groups and volunteers', () => {
  let t: TestApp;
  let coord: Caller;
  let lead: Caller;
  const g: Record<string, string> = {};
  const person = async (lastName: string) =>
    (await t.db.query('SELECT id FROM people WHERE last_name = $1', [lastName]))[0].id as string;
  const entryOf = async (lastName: string) =>
    (
      await t.db.query(
        'SELECT v.id FROM working_group_volunteers v JOIN people p ON p.id = v.person_id WHERE p.last_name = $1',
        [lastName],
      )
    )[0].id as string;

  beforeAll(async () => {
    t = await startTestApp();
    for (const { id, name } of await t.db.query('SELECT id, name FROM working_groups')) g[name] = id;
    coord = await t.as(demo.coordinator);
    lead = await t.as(demo.wgLead);
  });
  afterAll(() => t.close());
  beforeEach(() => t.db.query(`DELETE FROM rate_limit_hits WHERE bucket LIKE 'volunteer-signup:%'`));

  describe('groups, roles and gaps', () => {
    it('lists the groups with what each lacks, its pipeline and its late welcomes; filters those with gaps', async () => {
      const res = await coord.get('/api/working-groups?pageSize=50').expect(200);
      const byName = Object.fromEntries(res.body.items.map((x: { name: string }) => [x.name, x]));
      expect(byName.Technique).toMatchObject({
        gaps: [],
        roles: { referent: 2, facilitator: 1, welcomer: 1, member: 1 },
      });
      expect(byName.Finance.gaps).toEqual(['no_facilitator', 'no_welcomer']);
      expect(byName.Partenariat.gaps).toEqual(['no_welcomer']);
      // Chloé has waited 12 days, more than the 5 Communication allows; Hugo only 2.
      expect(byName.Communication).toMatchObject({
        pipeline: { new: 2, welcomed: 1, active: 1, paused: 1, left: 0 },
        overdue: 1,
        welcomeWithinDays: 5,
      });
      const gaps = await coord.get('/api/working-groups?withGaps=true').expect(200);
      expect(gaps.body.items.map((x: { name: string }) => x.name).sort()).toEqual(['Finance', 'Partenariat']);
    });

    it('keeps two referents at most, ends a term into the history, and shows the gap it leaves', async () => {
      const url = `/api/working-groups/${g.Technique}/members`;
      const res = await coord.post(url, { personId: await person('Delorme'), role: 'referent' }).expect(409);
      expect(res.body.error.message).toContain('deux référent·es');
      const detail = (await coord.get(`/api/working-groups/${g.Technique}`).expect(200)).body;
      const karim = detail.terms.find(
        (x: { lastName: string; role: string }) => x.lastName === 'Benali' && x.role === 'referent',
      );
      const ended = await coord.patch(`${url}/${karim.id}`, { endedOn: yesterday() }).expect(200);
      expect(ended.body.gaps).toEqual(['one_referent']);
      expect(ended.body.terms.find((x: { id: string }) => x.id === karim.id)).toMatchObject({
        current: false,
        endedOn: yesterday(),
      });
      // The past facilitator stays in the history too.
      expect(
        ended.body.terms.some((x: { lastName: string; current: boolean }) => x.lastName === 'Delorme' && !x.current),
      ).toBe(true);
      const replaced = await coord.post(url, { personId: await person('Delorme'), role: 'referent' }).expect(201);
      expect(replaced.body.gaps).toEqual([]);
      // The same person cannot hold the same role twice at once.
      await coord
        .post(url, { personId: await person('Delorme'), role: 'referent', startedOn: '2030-01-01' })
        .expect(409);
    });

    it('refuses bad input with field messages and saves nothing', async () => {
      const before = await count(t, 'working_group_members');
      const url = `/api/working-groups/${g.Sources}/members`;
      const cases: [object, string[]][] = [
        [{ personId: 'x', role: 'boss' }, ['personId', 'role']],
        [{ personId: await person('Perrin'), role: 'member', startedOn: '2026-02-30' }, ['startedOn']],
        [{ personId: await person('Perrin'), role: 'member', extra: 1 }, ['extra']],
      ];
      for (const [body, fields] of cases) {
        const res = await coord.post(url, body).expect(400);
        expect(Object.keys(res.body.error.fields).sort()).toEqual(fields.sort());
      }
      const reversed = await coord
        .post(url, { personId: await person('Perrin'), role: 'member', startedOn: '2026-03-01', endedOn: '2026-02-01' })
        .expect(400);
      expect(Object.keys(reversed.body.error.fields)).toEqual(['endedOn']);
      const unknown = await coord
        .post(url, { personId: '00000000-0000-4000-8000-000000000000', role: 'member' })
        .expect(400);
      expect(Object.keys(unknown.body.error.fields)).toEqual(['personId']);
      await coord.post('/api/working-groups', { name: 'technique' }).expect(400);
      await coord
        .post('/api/working-groups', {
          name: 'Nouveau',
          chatChannel: 'javascript:alert(1)',
          mailingList: 'pas une adresse',
          welcomeWithinDays: 0,
        })
        .expect(400)
        .then((r) =>
          expect(Object.keys(r.body.error.fields).sort()).toEqual(['chatChannel', 'mailingList', 'welcomeWithinDays']),
        );
      await coord.get('/api/working-groups/nope').expect(400);
      expect(await count(t, 'working_group_members')).toBe(before);
      expect(await count(t, 'working_groups')).toBe(6);
    });
  });

  describe('a wg_lead and their groups', () => {
    it('knows the groups they lead from their current referent terms', async () => {
      const me = (await lead.get('/api/auth/me').expect(200)).body.user;
      expect(me.groupIds).toEqual([g.Technique]);
      expect(me.memberGroupIds).toEqual([g.Technique]);
    });

    it('manages their own group, and cannot touch another one', async () => {
      await lead
        .patch(`/api/working-groups/${g.Technique}`, { chatChannel: 'https://chat.example.org/channel/technique' })
        .expect(200);
      await lead.get(`/api/working-groups/${g.Technique}/volunteers`).expect(200);
      const sources = g.Sources;
      const emilie = await person('Rolland');
      await lead.get(`/api/working-groups/${sources}`).expect(200); // groups are readable by all leads…
      await lead.patch(`/api/working-groups/${sources}`, { chatChannel: 'https://example.org/x' }).expect(403); // …not changeable
      await lead.post(`/api/working-groups/${sources}/members`, { personId: emilie, role: 'member' }).expect(403);
      const term = (await coord.get(`/api/working-groups/${sources}`)).body.terms[0];
      await lead.patch(`/api/working-groups/${sources}/members/${term.id}`, { endedOn: yesterday() }).expect(403);
      await lead.get(`/api/working-groups/${sources}/volunteers`).expect(403);
      await lead
        .post(`/api/working-groups/${sources}/volunteers/${await entryOf('Rolland')}/stage`, { stage: 'active' })
        .expect(403);
      await lead.get(`/api/volunteers/${emilie}`).expect(403);
      await lead.patch(`/api/volunteers/${emilie}`, { territory: 'Brest' }).expect(403);
      await lead.get(`/api/working-groups/${sources}/members.csv`).expect(403);
      expect(
        (await t.db.query('SELECT stage FROM working_group_volunteers WHERE id = $1', [await entryOf('Rolland')]))[0]
          .stage,
      ).toBe('welcomed');
    });
  });

  describe('the pipeline', () => {
    it('moves a volunteer through the stages, dating each step and naming who moved it', async () => {
      const theo = await person('Garnier');
      const entry = await entryOf('Garnier');
      const url = `/api/working-groups/${g.Technique}/volunteers/${entry}/stage`;
      const welcomed = await lead.post(url, { stage: 'welcomed', note: 'Appel le 12' }).expect(200);
      expect(welcomed.body).toMatchObject({ stage: 'welcomed', welcomeEmailSent: false, overdue: false });
      await lead.post(url, { stage: 'welcomed' }).expect(200); // no move, no step
      await lead.post(url, { stage: 'active' }).expect(200);
      await lead.post(url, { stage: 'lost' }).expect(400);
      const profile = (await lead.get(`/api/volunteers/${theo}`).expect(200)).body;
      const steps = profile.entries[0].steps;
      expect(steps.map((s: { stage: string }) => s.stage)).toEqual(['new', 'welcomed', 'active']);
      expect(steps[0].byName).toBeNull(); // the volunteer, through the form
      expect(steps[1]).toMatchObject({ fromStage: 'new', byName: 'Sophie Vasseur', note: 'Appel le 12' });
      expect(new Date(steps[2].at).getTime()).toBeGreaterThanOrEqual(new Date(steps[1].at).getTime());
      const board = (await lead.get(`/api/working-groups/${g.Technique}/volunteers`).expect(200)).body;
      expect(board.find((c: { id: string }) => c.id === entry)).toMatchObject({
        stage: 'active',
        skills: ['Python', 'tests'],
      });
      const [audit] = await t.db.query(
        `SELECT before, after FROM audit_log WHERE entity_id = $1 AND action = 'stage_change' ORDER BY id DESC LIMIT 1`,
        [entry],
      );
      expect(audit).toEqual({ before: { stage: 'welcomed' }, after: { stage: 'active' } });
    });

    it('sends the welcome email with the group’s links, received by a real SMTP server', async () => {
      const entry = await entryOf('Rolland');
      const res = await coord
        .post(`/api/working-groups/${g.Sources}/volunteers/${entry}/stage`, { stage: 'new' })
        .expect(200);
      expect(res.body.stage).toBe('new');
      const welcomed = await coord
        .post(`/api/working-groups/${g.Sources}/volunteers/${entry}/stage`, {
          stage: 'welcomed',
          sendWelcomeEmail: true,
        })
        .expect(200);
      expect(welcomed.body.welcomeEmailSent).toBe(true);
      const mail = await t.mail.waitFor((m) => m.subject === 'Bienvenue dans le groupe Sources');
      expect(mail.to).toMatchObject({ text: 'emilie.rolland@example.org' });
      expect(mail.text).toContain('gt-sources@lists.example.org');
      expect(mail.text).toContain('https://chat.example.org/channel/gt-sources');
      expect(mail.text).toContain('Claire Montagne vous accueille');
      expect(mail.html).toContain('href="https://chat.example.org/channel/gt-sources"');
    });

    it('refuses the welcome email when the group has no chat channel, and then does not move the card', async () => {
      await coord.patch(`/api/working-groups/${g.Finance}`, { chatChannel: null }).expect(200);
      const entry = await entryOf('Lefèvre');
      await coord.post(`/api/working-groups/${g.Finance}/volunteers/${entry}/stage`, { stage: 'new' }).expect(200);
      const res = await coord
        .post(`/api/working-groups/${g.Finance}/volunteers/${entry}/stage`, {
          stage: 'welcomed',
          sendWelcomeEmail: true,
        })
        .expect(400);
      expect(Object.keys(res.body.error.fields)).toEqual(['sendWelcomeEmail']);
      expect((await t.db.query('SELECT stage FROM working_group_volunteers WHERE id = $1', [entry]))[0].stage).toBe(
        'new',
      );
    });

    it('reminds the welcome person once of a newcomer who waited too long', async () => {
      const reminders = t.app.get(WelcomeRemindersService);
      // Communication (5 days): Chloé, 12 days; Facilitation (10 days): Baptiste, 14 days; Lefèvre (Finance) just moved
      // back: not yet.
      expect(await reminders.sendDue()).toBe(2);
      const chloe = await t.mail.waitFor(
        (m) => m.subject === 'Chloé Marchetti attend votre accueil dans le groupe Communication',
      );
      expect(chloe.to).toMatchObject({ text: 'aurelie.vidal@example.org' });
      await t.mail.waitFor((m) => m.subject === 'Baptiste Moreau attend votre accueil dans le groupe Facilitation');
      expect(await reminders.sendDue()).toBe(0);
    });
  });

  describe('the public sign-up form', () => {
    const form = (over: object = {}) => ({
      groupId: g.Technique,
      firstName: 'Léon',
      lastName: 'Mercier',
      email: 'Leon.Mercier@example.org',
      skills: ['Python', ' python ', 'SQL'],
      hoursPerMonth: 6,
      availableDays: ['tue'],
      heardFrom: 'event',
      message: 'Je peux relire les imports.',
      consentVersion: '2026-01',
      consent: true,
      ...over,
    });

    it('gives the groups that take volunteers and the consent text in the visitor’s language', async () => {
      const fr = await t.http().get('/api/public/volunteer-signup').expect(200);
      expect(fr.body.groups.map((x: { name: string }) => x.name)).not.toContain('Finance'); // paused
      expect(fr.body.consent).toEqual({ version: '2026-01', text: CONSENT_TEXTS['2026-01'].fr });
      const en = await t.http().get('/api/public/volunteer-signup').set('Accept-Language', 'en').expect(200);
      expect(en.body.consent.text).toBe(CONSENT_TEXTS['2026-01'].en);
    });

    it('refuses bad input with field messages and saves nothing', async () => {
      const before = [
        await count(t, 'people'),
        await count(t, 'volunteer_consents'),
        await count(t, 'working_group_volunteers'),
      ];
      const cases: [object, string[]][] = [
        [form({ email: 'pas-un-email', firstName: '  ' }), ['email', 'firstName']],
        [form({ availableDays: ['someday'], hoursPerMonth: 0 }), ['availableDays', 'hoursPerMonth']],
        [form({ skills: Array.from({ length: 21 }, (_, i) => `s${i}`) }), ['skills']],
        [form({ consent: false }), ['consent']],
        [form({ consentVersion: '2020-01' }), ['consentVersion']],
        [form({ groupId: g.Finance }), ['groupId']],
        [form({ admin: true }), ['admin']],
      ];
      for (const [body, fields] of cases) {
        const res = await t.http().post('/api/public/volunteer-signup').send(body).expect(400);
        expect(Object.keys(res.body.error.fields).sort()).toEqual(fields.sort());
      }
      expect([
        await count(t, 'people'),
        await count(t, 'volunteer_consents'),
        await count(t, 'working_group_volunteers'),
      ]).toEqual(before);
    });

    it('drops a filled honeypot without a word', async () => {
      const before = [await count(t, 'people'), t.mail.messages.length];
      await t
        .http()
        .post('/api/public/volunteer-signup')
        .send(form({ email: 'bot@example.org', website: 'http://spam.example' }))
        .expect(202, { ok: true });
      expect([await count(t, 'people'), t.mail.messages.length]).toEqual(before);
    });

    it('creates a new volunteer in the group with the consent they read, and tells the welcome person', async () => {
      const res = await t
        .http()
        .post('/api/public/volunteer-signup')
        .set('X-Forwarded-For', '203.0.113.7')
        .send(form())
        .expect(202);
      expect(res.body).toEqual({ ok: true });
      const [v] = await t.db.query(
        `SELECT p.id, p.email, v.stage, v.source, v.message, vp.skills, vp.hours_per_month, vp.available_days
         FROM people p JOIN working_group_volunteers v ON v.person_id = p.id JOIN volunteer_profiles vp ON vp.person_id = p.id WHERE p.last_name = 'Mercier'`,
      );
      expect(v).toMatchObject({
        email: 'leon.mercier@example.org',
        stage: 'new',
        source: 'signup_form',
        skills: ['Python', 'SQL'],
        hours_per_month: 6,
        available_days: ['tue'],
      });
      const [consent] = await t.db.query(
        'SELECT version, locale, text, ip, group_id FROM volunteer_consents WHERE person_id = $1',
        [v.id],
      );
      expect(consent).toEqual({
        version: '2026-01',
        locale: 'fr',
        text: CONSENT_TEXTS['2026-01'].fr,
        ip: '203.0.113.7',
        group_id: g.Technique,
      });
      // Technique's welcome person is Victor Blanchard.
      const notice = await t.mail.waitFor((m) => m.subject === 'Léon Mercier souhaite rejoindre le groupe Technique');
      expect(notice.to).toMatchObject({ text: 'victor.blanchard@ctc.example.org' });
      expect(notice.text).toContain('Je peux relire les imports.');
      expect(notice.text).toContain(`http://localhost:3000/working-groups/${g.Technique}`);
      // The wg_lead sees the newcomer on the board.
      const board = (await lead.get(`/api/working-groups/${g.Technique}/volunteers`).expect(200)).body;
      expect(board.find((c: { lastName: string }) => c.lastName === 'Mercier')).toMatchObject({
        stage: 'new',
        overdue: false,
      });
    });

    it('answers the same for a known address, without changing the person or notifying twice', async () => {
      const mails = t.mail.messages.length;
      await t
        .http()
        .post('/api/public/volunteer-signup')
        .send(form({ firstName: 'Pirate', lastName: 'Mercier', email: 'leon.mercier@example.org' }))
        .expect(202, { ok: true });
      expect(await count(t, `people WHERE email = 'leon.mercier@example.org' AND first_name = 'Léon'`)).toBe(1);
      expect(
        await count(
          t,
          `working_group_volunteers v JOIN people p ON p.id = v.person_id WHERE p.email = 'leon.mercier@example.org'`,
        ),
      ).toBe(1);
      await new Promise((r) => setTimeout(r, 300));
      expect(t.mail.messages.length).toBe(mails);
      // A known member of the network joining another group: their name stays, the group's welcome person hears of it.
      await t
        .http()
        .post('/api/public/volunteer-signup')
        .send(form({ groupId: g.Communication, firstName: 'X', lastName: 'Y', email: 'prestataire@maillage.test' }))
        .expect(202);
      expect(
        (await t.db.query(`SELECT first_name FROM people WHERE email = 'prestataire@maillage.test'`))[0].first_name,
      ).toBe('Thomas');
      await t.mail.waitFor((m) => m.subject === 'X Y souhaite rejoindre le groupe Communication');
    });

    it('limits the sign-ups from one address', async () => {
      for (let i = 0; i < 5; i++) {
        await t
          .http()
          .post('/api/public/volunteer-signup')
          .send(form({ email: `visiteur${i}@example.org`, website: 'x' }))
          .expect(202);
      }
      const res = await t
        .http()
        .post('/api/public/volunteer-signup')
        .send(form({ email: 'visiteur9@example.org' }))
        .expect(429);
      expect(res.body.error).toMatchObject({ code: 'common.too_many_requests', kind: 'too_many_requests' });
      expect(await count(t, `people WHERE email = 'visiteur9@example.org'`)).toBe(0);
    });
  });

  describe('what each role sees of a group (the ability, not the service, decides)', () => {
    interface TermView {
      personId: string;
      lastName: string;
      email?: string | null;
    }
    interface GroupView {
      name: string;
      pipeline?: object;
      overdue?: number;
      terms?: TermView[];
    }

    it('gives term addresses only to those who read the people directory, and a volunteer only their own', async () => {
      const staff = (await coord.get(`/api/working-groups/${g.Technique}`).expect(200)).body as GroupView;
      expect(staff.terms!.every((x) => typeof x.email === 'string')).toBe(true);
      expect(
        (await lead.get(`/api/working-groups/${g.Sources}`).expect(200)).body.terms.some((x: TermView) => x.email),
      ).toBe(true);

      // A contractor reads every group, and who holds which role in it: names, never others' addresses.
      const contractor = await t.as(demo.contractor);
      const self = (await contractor.get('/api/auth/me').expect(200)).body.user.personId;
      for (const name of ['Technique', 'Sources', 'Communication']) {
        const others = (
          (await contractor.get(`/api/working-groups/${g[name]}`).expect(200)).body as GroupView
        ).terms!.filter((x) => x.personId !== self);
        expect(others.length).toBeGreaterThan(0);
        expect(others.every((x) => x.lastName && !('email' in x))).toBe(true);
      }
      // A volunteer reads their own groups: others' terms without addresses, their own with theirs.
      const volunteer = await t.as(demo.volunteer);
      const me = (await volunteer.get('/api/auth/me').expect(200)).body.user;
      const own = (await volunteer.get(`/api/working-groups/${g.Communication}`).expect(200)).body as GroupView;
      expect(own.terms!.filter((x) => x.personId !== me.personId).length).toBeGreaterThan(0);
      expect(own.terms!.filter((x) => x.personId !== me.personId).some((x) => 'email' in x)).toBe(false);
      expect(own.terms!.filter((x) => x.personId === me.personId).every((x) => x.email === me.email)).toBe(true);
    });

    it('shows a group’s pipeline counts to those who follow it only: not to a contractor or a volunteer elsewhere', async () => {
      const names = (items: GroupView[], withPipeline: boolean) =>
        items
          .filter((x) => ('pipeline' in x || 'overdue' in x) === withPipeline)
          .map((x) => x.name)
          .sort();
      const all = (await coord.get('/api/working-groups?pageSize=50').expect(200)).body.items as GroupView[];
      expect(names(all, false)).toEqual([]);
      expect(names((await lead.get('/api/working-groups?pageSize=50').expect(200)).body.items, false)).toEqual([]);
      const contractor = await t.as(demo.contractor);
      const seen = (await contractor.get('/api/working-groups?pageSize=50').expect(200)).body.items as GroupView[];
      expect(seen.length).toBe(all.length);
      expect(names(seen, true)).toEqual([]);
      expect((await contractor.get(`/api/working-groups/${g.Communication}`).expect(200)).body).not.toHaveProperty(
        'pipeline',
      );

      // A volunteer sees their groups without their pipelines, until they welcome the newcomers of one of them.
      const volunteer = await t.as(demo.volunteer);
      const me = (await volunteer.get('/api/auth/me').expect(200)).body.user;
      expect(names((await volunteer.get('/api/working-groups').expect(200)).body.items, true)).toEqual([]);
      const welcomed = await coord
        .post(`/api/working-groups/${g.Sources}/members`, { personId: me.personId, role: 'welcomer' })
        .expect(201);
      const term = welcomed.body.terms.find(
        (x: TermView & { id: string; role: string }) => x.personId === me.personId && x.role === 'welcomer',
      ).id;
      try {
        const mine = (await volunteer.get('/api/working-groups').expect(200)).body.items as GroupView[];
        expect(names(mine, true)).toEqual(['Sources']);
        expect(names(mine, false)).toEqual(['Communication']);
        expect((await volunteer.get(`/api/working-groups/${g.Sources}`).expect(200)).body.pipeline).toMatchObject({
          welcomed: expect.any(Number),
        });
      } finally {
        await t.db.query('DELETE FROM working_group_members WHERE id = $1', [term]);
      }
    });

    it('refuses a lead’s writes that name a group they do not lead, and saves nothing', async () => {
      const before = [await count(t, 'working_group_members'), await count(t, 'working_group_volunteers')];
      const other = await person('Perrin');
      await lead.post(`/api/working-groups/${g.Sources}/members`, { personId: other, role: 'member' }).expect(403);
      await lead
        .post(`/api/working-groups/${g.Sources}/members`, {
          personId: (await lead.get('/api/auth/me')).body.user.personId,
          role: 'referent',
        })
        .expect(403);
      await lead.post(`/api/working-groups/${g.Sources}/volunteers`, { personId: other }).expect(403);
      // Another group's card or term through their own group's URL is not found there.
      await lead
        .post(`/api/working-groups/${g.Technique}/volunteers/${await entryOf('Rolland')}/stage`, { stage: 'left' })
        .expect(404);
      const sourcesTerm = (await coord.get(`/api/working-groups/${g.Sources}`)).body.terms[0].id;
      await lead
        .patch(`/api/working-groups/${g.Technique}/members/${sourcesTerm}`, { endedOn: yesterday() })
        .expect(404);
      expect([await count(t, 'working_group_members'), await count(t, 'working_group_volunteers')]).toEqual(before);
      expect(
        (await t.db.query('SELECT stage FROM working_group_volunteers WHERE id = $1', [await entryOf('Rolland')]))[0]
          .stage,
      ).toBe('welcomed');
    });
  });

  describe('volunteers themselves', () => {
    it('read and edit their own profile and see their own groups only', async () => {
      const v = await t.as(demo.volunteer);
      const me = (await v.get('/api/auth/me').expect(200)).body.user;
      const profile = await v
        .patch(`/api/volunteers/${me.personId}`, { hoursPerMonth: 8, skills: ['doublons', 'tableur'] })
        .expect(200);
      expect(profile.body.profile).toMatchObject({ hoursPerMonth: 8, skills: ['doublons', 'tableur'] });
      expect(profile.body.entries.map((e: { groupName: string }) => e.groupName)).toEqual(['Sources']);
      await v.get(`/api/volunteers/${await person('Garnier')}`).expect(403);
      await v.get(`/api/working-groups/${g.Technique}`).expect(403);
      await v.get(`/api/working-groups/${g.Communication}`).expect(200);
    });

    it('leave a group at once: their terms end, their pipeline place is left, the group is no longer theirs', async () => {
      const v = await t.as(demo.volunteer);
      await v.post(`/api/working-groups/${g.Communication}/leave`).expect(204);
      await v.get(`/api/working-groups/${g.Communication}`).expect(403);
      await v.post(`/api/working-groups/${g.Communication}/leave`).expect(409);
      await v.post(`/api/working-groups/${g.Sources}/leave`).expect(204);
      const [entry] = await t.db.query(
        `SELECT v.stage FROM working_group_volunteers v JOIN accounts a ON a.person_id = v.person_id WHERE a.email = $1`,
        [demo.volunteer],
      );
      expect(entry.stage).toBe('left');
      expect((await v.get('/api/working-groups').expect(200)).body.items).toEqual([]);
    });
  });

  describe('volunteer time as a contribution', () => {
    const body = (over: object = {}) => ({
      groupId: g.Communication,
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31',
      quantity: 6.5,
      unit: 'hours',
      description: 'Relecture de la newsletter',
      ...over,
    });

    it('credits the volunteer’s organisation with a draft working-time contribution; refuses without an organisation or with bad dates', async () => {
      const maxime = await person('Olivier');
      const before = await count(t, 'contributions');
      const res = await coord.post(`/api/volunteers/${maxime}/time`, body()).expect(201);
      const [colibris] = await t.db.query(`SELECT id FROM organisations WHERE name = 'Colibris'`);
      expect(res.body).toMatchObject({ organisationId: colibris.id, quantity: 6.5, unit: 'hours' });
      const [row] = await t.db.query(
        'SELECT organisation_id, person_id, working_group_id, type, unit, status, quantity::float AS quantity FROM contributions WHERE id = $1',
        [res.body.contributionId],
      );
      expect(row).toEqual({
        organisation_id: colibris.id,
        person_id: maxime,
        working_group_id: g.Communication,
        type: 'working_time',
        unit: 'hour',
        status: 'draft',
        quantity: 6.5,
      });
      // Hugo belongs to no organisation: nobody to credit.
      await coord.post(`/api/volunteers/${await person('Lambert')}/time`, body()).expect(409);
      const bad = await coord
        .post(`/api/volunteers/${maxime}/time`, body({ periodEnd: '2026-02-01', quantity: 0, unit: 'weeks' }))
        .expect(400);
      expect(Object.keys(bad.body.error.fields).sort()).toEqual(['quantity', 'unit']);
      const reversed = await coord
        .post(`/api/volunteers/${maxime}/time`, body({ periodEnd: '2026-02-01' }))
        .expect(400);
      expect(Object.keys(reversed.body.error.fields)).toEqual(['periodEnd']);
      await lead.post(`/api/volunteers/${maxime}/time`, body()).expect(403); // not their group
      expect(await count(t, 'contributions')).toBe(before + 1);
    });
  });

  describe('the members list for the mailing list', () => {
    it('exports current members and welcomed or active volunteers, as CSV', async () => {
      const res = await lead.get(`/api/working-groups/${g.Technique}/members.csv`).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="technique-\d{4}-\d{2}-\d{2}\.csv";/);
      // The shared writer's CSV (docs/exports.md): a BOM, `;` between cells, headers in the reader's language.
      expect(res.text.startsWith('\uFEFF')).toBe(true);
      const lines = res.text.slice(1).trim().split('\r\n');
      expect(lines[0]).toBe('e-mail;prénom;nom;place dans le groupe');
      expect(lines).toContain('referente.technique@maillage.test;Sophie;Vasseur;référent·e');
      expect(lines.some((l) => l.startsWith('theo.garnier@example.org;') && l.endsWith('bénévole (actif·ve)'))).toBe(
        true,
      );
      const en = await lead.get(`/api/working-groups/${g.Technique}/members.csv`).set('accept-language', 'en');
      expect(en.text.slice(1).split('\r\n')[0]).toBe('email;first name;last name;place in the group');
      expect(res.text).not.toContain('nicolas.dumont'); // left
      expect(res.text).not.toContain('leon.mercier'); // new, not welcomed yet
    });
  });

  it('a lead whose referent term ends loses the rights over the group at once', async () => {
    const detail = (await coord.get(`/api/working-groups/${g.Technique}`)).body;
    const sophie = detail.terms.find(
      (x: { lastName: string; role: string; current: boolean }) =>
        x.lastName === 'Vasseur' && x.role === 'referent' && x.current,
    );
    await coord.patch(`/api/working-groups/${g.Technique}/members/${sophie.id}`, { endedOn: yesterday() }).expect(200);
    await lead.patch(`/api/working-groups/${g.Technique}`, { meetingRhythm: 'Jamais' }).expect(403);
    expect((await lead.get('/api/auth/me')).body.user.groupIds).toEqual([]);
  });
});
