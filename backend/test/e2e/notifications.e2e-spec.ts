import { ActionRemindersService } from '../../src/modules/governance/action-reminders.service';
import { NotificationDigestService } from '../../src/modules/notifications/notification-digest.service';
import { createActionItem } from '../factories/governance';
import { organisationId } from '../factories/organisations';
import { personId } from '../factories/people';
import { approvedSplit, fixedShares } from '../factories/splits';
import { workingGroupId } from '../factories/working-groups';
import { demo, signInAll, startTestApp, type Caller, type TestApp } from '../support/app';

interface Item {
  id: string;
  kind: string;
  text: string;
  link: string;
  readAt: string | null;
}

describe('notifications', () => {
  let t: TestApp;
  let as: Record<keyof typeof demo, Caller>;
  let colibris: string;

  beforeAll(async () => {
    t = await startTestApp();
    as = await signInAll(t);
    colibris = await organisationId(t, 'Colibris');
  });
  afterAll(() => t?.close());

  const list = async (c: Caller, lang = 'fr') =>
    (await c.get('/api/notifications?pageSize=200').set('Accept-Language', lang).expect(200)).body as {
      items: Item[];
      unread: number;
      total: number;
    };
  /** What each demo role was told of `kind` about `link`. */
  const told = async (kind: string, link: string) => {
    const out: Partial<Record<keyof typeof demo, Item[]>> = {};
    for (const [role, c] of Object.entries(as) as [keyof typeof demo, Caller][]) {
      const hits = (await list(c)).items.filter((i) => i.kind === kind && i.link === link);
      if (hits.length) out[role] = hits;
    }
    return out;
  };
  const rows = async () => (await t.db.query('SELECT count(*)::int AS n FROM notifications'))[0].n as number;
  const submitted = async (description: string) => {
    const c = await as.copil
      .post('/api/contributions', {
        organisationId: colibris,
        type: 'working_time',
        unit: 'hour',
        startsOn: '2026-11-03',
        quantity: 3,
        description,
      })
      .expect(201);
    await as.copil.post('/api/contributions/submit', { ids: [c.body.id] }).expect(200);
    return c.body.id as string;
  };

  it('tells the coordinator of a submitted contribution, and the one who entered it of the review with its reason', async () => {
    const id = await submitted('Atelier carte des alternatives');
    const link = `/contributions/${id}`;
    const submittedTo = await told('contribution_submitted', link);
    expect(Object.keys(submittedTo)).toEqual(['coordinator']);
    expect(submittedTo.coordinator![0]).toMatchObject({
      text: 'Nadia Berthelot a soumis une contribution à valider\u00a0: Atelier carte des alternatives',
      readAt: null,
    });
    const en = (await list(as.coordinator, 'en')).items.find((i) => i.link === link)!;
    expect(en.text).toBe('Nadia Berthelot submitted a contribution to validate: Atelier carte des alternatives');

    await as.coordinator
      .post('/api/contributions/review', { ids: [id], decision: 'reject', reason: 'Il manque la feuille de présence' })
      .expect(200);
    const rejectedTo = await told('contribution_rejected', link);
    expect(Object.keys(rejectedTo)).toEqual(['copil']);
    expect(rejectedTo.copil![0].text).toBe(
      'Votre contribution «\u00a0Atelier carte des alternatives\u00a0» a été refusée\u00a0: Il manque la feuille de présence',
    );

    await as.copil.post('/api/contributions/submit', { ids: [id] }).expect(200);
    await as.coordinator.post('/api/contributions/review', { ids: [id], decision: 'validate' }).expect(200);
    expect(Object.keys(await told('contribution_validated', link))).toEqual(['copil']);
  });

  it('tells no one of a change rolled back', async () => {
    const id = await submitted('Salle prêtée');
    const before = await rows();
    // The second id is not awaiting validation: the whole review is refused, and so are its notifications.
    const validated = (await t.db.query(`SELECT id FROM contributions WHERE status = 'validated' LIMIT 1`))[0].id;
    await as.coordinator.post('/api/contributions/review', { ids: [id, validated], decision: 'validate' }).expect(409);
    expect(await rows()).toBe(before);
  });

  it('tells the COPIL members of the organisations in an approved split, and of a payment to theirs', async () => {
    const split = await approvedSplit(as.coordinator, {
      title: 'Fondation — part Colibris',
      ...fixedShares([[colibris, 10_000]]),
    });
    const link = `/splits/${split.id}`;
    expect(Object.keys(await told('split_approved', link))).toEqual(['copil']);
    await as.coordinator
      .post(`/api/splits/${split.id}/payments`, {
        organisationId: colibris,
        paidOn: '2026-02-02',
        amountCents: 25_050,
        reference: 'VIR-2026-014',
      })
      .expect(201);
    const paid = await told('payment_recorded', link);
    expect(Object.keys(paid)).toEqual(['copil']);
    expect(paid.copil![0].text).toBe(
      'Un versement de 250,50\u00a0€ a été enregistré pour la répartition «\u00a0Fondation — part Colibris\u00a0»',
    );
  });

  it('tells the proposer whether their newsletter item was accepted or declined', async () => {
    const propose = async (title: string) =>
      (await as.wgLead.post('/api/newsletters/proposals', { title, text: 'Un texte.' }).expect(201)).body.id as string;
    const accepted = await propose('Atelier Gogocarto');
    const declined = await propose('Annonce commerciale');
    const [draft] = await t.db.query('SELECT id FROM newsletter_issues WHERE number = 12');
    await as.comms.post(`/api/newsletters/proposals/${accepted}/accept`, { issueId: draft.id }).expect(200);
    await as.comms.post(`/api/newsletters/proposals/${declined}/decline`, { note: 'Hors sujet' }).expect(200);
    const a = await told('proposal_accepted', '/newsletters/proposals');
    const d = await told('proposal_declined', '/newsletters/proposals');
    expect(Object.keys(a)).toEqual(['wgLead']);
    expect(a.wgLead!.map((i) => i.text)).toContain(
      'Votre proposition «\u00a0Atelier Gogocarto\u00a0» a été retenue pour la lettre',
    );
    expect(Object.keys(d)).toEqual(['wgLead']);
    expect(d.wgLead!.map((i) => i.text)).toContain(
      'Votre proposition «\u00a0Annonce commerciale\u00a0» n’a pas été retenue\u00a0: Hors sujet',
    );
  });

  it('tells the person an action is handed to, and again once it is overdue', async () => {
    const owner = await personId(t, demo.copil);
    const item = await createActionItem(as.coordinator, { title: 'Relancer la FPH', ownerPersonId: owner });
    const assigned = await told('action_assigned', '/my-actions');
    expect(Object.keys(assigned)).toEqual(['copil']);
    expect(assigned.copil!.map((i) => i.text)).toContain('Une action vous est confiée\u00a0: Relancer la FPH');

    await t.db.query(`UPDATE action_items SET due_on = '2026-01-05' WHERE id = $1`, [item.id]);
    await t.app.get(ActionRemindersService).sendOverdueReminders();
    // The seeded overdue actions of others are told to their owners; this one to its owner only.
    const due = await told('action_due', '/my-actions');
    const toldOfIt = Object.entries(due).filter(([, items]) => items.some((i) => i.text.includes('Relancer la FPH')));
    expect(toldOfIt.map(([role]) => role)).toEqual(['copil']);
    expect(due.copil!.map((i) => i.text)).toContain('L’action «\u00a0Relancer la FPH\u00a0» a dépassé son échéance');
  });

  it('tells a group’s welcome person of a volunteer who signed up', async () => {
    const technique = await workingGroupId(t, 'Technique');
    // The demo volunteer welcomes the group's newcomers (the seeded welcome person has no account).
    await t.db.query(
      `INSERT INTO working_group_members (group_id, person_id, role, started_on) VALUES ($1, $2, 'welcomer', '2026-01-01')`,
      [technique, await personId(t, demo.volunteer)],
    );
    await t
      .http()
      .post('/api/public/volunteer-signup')
      .send({
        groupId: technique,
        firstName: 'Léon',
        lastName: 'Mercier',
        email: 'leon.mercier@example.org',
        skills: [],
        availableDays: [],
        consentVersion: '2026-01',
        consent: true,
      })
      .expect(202);
    const signup = await told('volunteer_signup', `/working-groups/${technique}`);
    expect(Object.keys(signup)).toEqual(['volunteer']);
    expect(signup.volunteer![0].text).toBe('Léon Mercier souhaite rejoindre le groupe Technique');
  });

  it('lets a person read and mark their own notifications only: another’s id is a 404', async () => {
    const mine = await list(as.copil);
    const theirs = mine.items[0];
    expect(mine.unread).toBeGreaterThan(0);
    for (const c of [as.admin, as.coordinator, as.otherCopil]) {
      await c.post(`/api/notifications/${theirs.id}/read`).expect(404);
      expect((await list(c)).items.map((i) => i.id)).not.toContain(theirs.id);
    }
    expect((await list(as.copil)).items.find((i) => i.id === theirs.id)!.readAt).toBeNull();
    await as.copil.post(`/api/notifications/${theirs.id}/read`).expect(204);
    const after = await list(as.copil);
    expect(after.unread).toBe(mine.unread - 1);
    expect(after.items.find((i) => i.id === theirs.id)!.readAt).not.toBeNull();
    await as.copil.post('/api/notifications/read').expect(204);
    expect((await list(as.copil)).unread).toBe(0);
    await as.copil.post('/api/notifications/not-an-id/read').expect(400);
  });

  it('mails at once, in a daily digest or not at all, as each person chose', async () => {
    expect((await as.coordinator.get('/api/notifications/preference').expect(200)).body).toEqual({ byEmail: 'digest' });
    const bad = await as.coordinator.put('/api/notifications/preference', { byEmail: 'weekly' }).expect(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(['byEmail']);
    const digest = t.app.get(NotificationDigestService);

    // Everything told so far goes out once, in one mail per person who has the digest.
    expect(await digest.sendDigests()).toBeGreaterThan(1);
    await t.drain();
    const coordDigest = await t.mail.waitFor(
      (m) =>
        m.to !== undefined &&
        JSON.stringify(m.to).includes(demo.coordinator) &&
        (m.subject ?? '').includes('ce qui vous concerne'),
    );
    expect(coordDigest.text).toContain(
      'Nadia Berthelot a soumis une contribution à valider\u00a0: Atelier carte des alternatives',
    );
    expect(coordDigest.text).toContain('http://localhost:3000/contributions/');
    expect(coordDigest.html).toContain('Voir mes notifications');
    expect(await digest.sendDigests()).toBe(0);

    await as.coordinator
      .put('/api/notifications/preference', { byEmail: 'immediate' })
      .expect(200, { byEmail: 'immediate' });
    await as.copil.put('/api/notifications/preference', { byEmail: 'off' }).expect(200);
    const sent = t.mail.messages.length;
    const id = await submitted('Hébergement du site');
    await t.drain();
    const now = await t.mail.waitFor((m) => (m.text ?? '').includes('Hébergement du site'));
    expect(JSON.stringify(now.to)).toContain(demo.coordinator);
    expect(now.subject).toBe('Maillage\u00a0: ce qui vous concerne (1)');
    await as.coordinator.post('/api/contributions/review', { ids: [id], decision: 'validate' }).expect(200);
    expect(await digest.sendDigests()).toBe(0);
    await t.drain();
    // One mail: the coordinator's, at once; the COPIL member chose none.
    expect(t.mail.messages.length).toBe(sent + 1);
  });
});
