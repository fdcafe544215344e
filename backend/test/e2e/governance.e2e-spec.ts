import ical from 'node-ical';
import { ActionRemindersService } from '../../src/modules/governance/action-reminders.service';
import { createActionItem } from '../factories/governance';
import { organisationId } from '../factories/organisations';
import { personId } from '../factories/people';
import { demo, startTestApp, type TestApp } from '../support/app';
import { DISPLAY_TIME_ZONE } from '@maillage/emails';

describe('governance: meetings, decisions, action items, strategy', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const count = async (table: string) => (await t.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  beforeAll(async () => {
    t = await startTestApp();
    ids.nadia = await personId(t, demo.copil);
    ids.gilles = await personId(t, demo.otherCopil);
    ids.thomas = await personId(t, demo.contractor);
    ids.ines = await personId(t, demo.volunteer);
    ids.amandine = await personId(t, 'referente.sources@maillage.test');
    ids.colibris = await organisationId(t, 'Colibris');
    ids.polesNoe = await organisationId(t, 'PôleS NOE');
    ids.tel = await organisationId(t, 'Territoires en Liens');
  });
  afterAll(() => t.close());

  const copilMeeting = () => ({
    kind: 'copil',
    title: 'COPIL mensuel de mars',
    startsAt: '2026-03-12T18:30:00+01:00',
    endsAt: '2026-03-12T20:30:00+01:00',
    videoLink: 'https://visio.example.org/copil',
    agenda: [
      { title: 'Tour de table', durationMinutes: 20 },
      { title: 'Budget 2026', details: 'Arbitrages FPH' },
    ],
    attendees: [
      { personId: ids.nadia, organisationId: ids.colibris },
      { personId: ids.gilles, organisationId: ids.polesNoe },
      { personId: ids.amandine, organisationId: ids.tel },
    ],
    documents: [{ label: 'Ordre du jour détaillé', url: 'https://pad.example.org/copil-mars' }],
  });

  describe('meetings and attendance', () => {
    it('records a meeting with its agenda, attendees and documents; minutes are sanitised; changes are audited', async () => {
      const coord = await t.as(demo.coordinator);
      const created = await coord
        .post('/api/meetings', {
          ...copilMeeting(),
          minutes: '<p>Relevé <strong>validé</strong></p><script>alert(1)</script>',
        })
        .expect(201);
      ids.meeting = created.body.id;
      expect(created.body).toMatchObject({
        kind: 'copil',
        title: 'COPIL mensuel de mars',
        startsAt: '2026-03-12T17:30:00.000Z',
        minutes: '<p>Relevé <strong>validé</strong></p>',
      });
      expect(created.body.agenda.map((a: { title: string }) => a.title)).toEqual(['Tour de table', 'Budget 2026']);
      expect(created.body.attendees).toHaveLength(3);
      expect(created.body.attendees.find((a: { personId: string }) => a.personId === ids.nadia)).toMatchObject({
        organisationName: 'Colibris',
        status: 'invited',
        firstName: 'Nadia',
      });
      expect(created.body).not.toHaveProperty('attendeePersonIds');

      // Attendance after the meeting: the list given replaces the one stored.
      const updated = await coord
        .patch(`/api/meetings/${ids.meeting}`, {
          attendees: [
            { personId: ids.nadia, organisationId: ids.colibris, status: 'present' },
            { personId: ids.gilles, organisationId: ids.polesNoe, status: 'excused' },
            { personId: ids.amandine, organisationId: ids.tel, status: 'absent' },
            { personId: ids.thomas, status: 'present' },
          ],
          agenda: [{ title: 'Tour de table' }],
        })
        .expect(200);
      expect(
        Object.fromEntries(
          updated.body.attendees.map((a: { personId: string; status: string }) => [a.personId, a.status]),
        ),
      ).toEqual({
        [ids.nadia]: 'present',
        [ids.gilles]: 'excused',
        [ids.amandine]: 'absent',
        [ids.thomas]: 'present',
      });
      expect(updated.body.agenda).toHaveLength(1);
      expect(updated.body.documents).toHaveLength(1);

      const list = await coord.get('/api/meetings?q=mars&pageSize=50').expect(200);
      expect(list.body.items.find((m: { id: string }) => m.id === ids.meeting)).toMatchObject({
        attendeeCount: 4,
        presentCount: 2,
      });
      const audit = await coord.get(`/api/audit?entityType=Meeting&entityId=${ids.meeting}`).expect(200);
      expect(audit.body.items.length).toBeGreaterThanOrEqual(3);
    });

    it('refuses bad input with field messages and saves nothing', async () => {
      const coord = await t.as(demo.coordinator);
      const before = [await count('meetings'), await count('meeting_attendees'), await count('meeting_agenda_items')];
      const bad = await coord
        .post('/api/meetings', {
          ...copilMeeting(),
          kind: 'party',
          startsAt: '2026-03-12 18:30',
          videoLink: 'ftp://x',
          agenda: [{ title: '' }],
          extra: 1,
        })
        .expect(400);
      expect(Object.keys(bad.body.error.fields).sort()).toEqual([
        'agenda.0.title',
        'extra',
        'kind',
        'startsAt',
        'videoLink',
      ]);
      const order = await coord
        .post('/api/meetings', { ...copilMeeting(), endsAt: '2026-03-12T18:00:00+01:00' })
        .expect(400);
      expect(order.body.error.fields).toEqual({ endsAt: ['La fin doit suivre le début'] });
      const group = await coord
        .post('/api/meetings', {
          ...copilMeeting(),
          kind: 'working_group',
          workingGroupId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
        })
        .expect(400);
      expect(group.body.error.fields).toEqual({ workingGroupId: ['Groupe de travail inconnu'] });
      const notTheirs = await coord
        .post('/api/meetings', {
          ...copilMeeting(),
          attendees: [{ personId: ids.nadia, organisationId: ids.polesNoe }, { personId: ids.nadia }],
        })
        .expect(400);
      expect(Object.keys(notTheirs.body.error.fields)).toEqual(['attendees.0.organisationId', 'attendees.1.personId']);
      await coord
        .patch(`/api/meetings/${ids.meeting}`, { attendees: [{ personId: '7c9e6679-7425-40de-944b-e07fc1f90ae7' }] })
        .expect(400);
      expect([await count('meetings'), await count('meeting_attendees'), await count('meeting_agenda_items')]).toEqual(
        before,
      );
    });

    it('lets everyone but contractors and volunteers read every meeting; those read only the meetings they attend', async () => {
      const thomas = await t.as(demo.contractor);
      const listed = await thomas.get('/api/meetings?pageSize=100').expect(200);
      const [{ n }] = await t.db.query(
        'SELECT count(DISTINCT meeting_id)::int AS n FROM meeting_attendees WHERE person_id = $1',
        [ids.thomas],
      );
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThan(await count('meetings'));
      expect(listed.body.total).toBe(n);
      expect(listed.body.items.map((m: { id: string }) => m.id)).toContain(ids.meeting);
      await thomas.get(`/api/meetings/${ids.meeting}`).expect(200);
      const [other] = await t.db.query(
        'SELECT id FROM meetings m WHERE NOT EXISTS (SELECT 1 FROM meeting_attendees a WHERE a.meeting_id = m.id AND a.person_id = $1) LIMIT 1',
        [ids.thomas],
      );
      await thomas.get(`/api/meetings/${other.id}`).expect(403);
      await thomas.get(`/api/meetings/${other.id}/calendar.ics`).expect(403);
      await thomas.patch(`/api/meetings/${ids.meeting}`, { title: 'x' }).expect(403);

      const ines = await t.as(demo.volunteer);
      const hers = await ines.get('/api/meetings?pageSize=100').expect(200);
      expect(hers.body.items.every((m: { id: string }) => m.id !== ids.meeting)).toBe(true);
      const comms = await t.as(demo.comms);
      await comms.get(`/api/meetings/${ids.meeting}`).expect(200);
      await comms.post('/api/meetings', copilMeeting()).expect(403);
      const copil = await t.as(demo.copil);
      await copil.post('/api/meetings', { ...copilMeeting(), title: 'COPIL extraordinaire' }).expect(201);
    });

    it('emails the invitation to each attendee with an address, in their language, with the agenda and an .ics in Paris time', async () => {
      const coord = await t.as(demo.coordinator);
      const res = await coord.post(`/api/meetings/${ids.meeting}/invitations`).expect(200);
      expect(res.body).toEqual({ sent: 4, withoutEmail: [] });
      const nadia = await t.mail.waitFor(
        (m) => m.to !== undefined && [m.to].flat().some((a) => a.text.includes(demo.copil)),
      );
      expect(nadia.subject).toBe('Invitation\u00a0: COPIL mensuel de mars — 12 mars 2026 à 18:30');
      expect(nadia.text).toContain('1. Tour de table');
      expect(nadia.text).toContain('https://visio.example.org/copil');
      const attachment = nadia.attachments.find((a) => a.filename === 'invitation.ics')!;
      expect(attachment.contentType).toBe('text/calendar');
      const ics = attachment.content.toString('utf8');
      expect(ics).toContain(`DTSTART;TZID=${DISPLAY_TIME_ZONE}:20260312T183000`);
      const event = Object.values(ical.sync.parseICS(ics)).find((c) => c?.type === 'VEVENT')!;
      expect(event.start.toISOString()).toBe('2026-03-12T17:30:00.000Z');
      expect(event.start.tz).toBe(DISPLAY_TIME_ZONE);
      expect(event.summary).toBe('COPIL mensuel de mars');
      expect(String(event.sequence)).toBe('1');
      const amandine = await t.mail.waitFor((m) =>
        [m.to].flat().some((a) => a?.text.includes('referente.sources@maillage.test')),
      );
      expect(amandine.subject).toBe('Invitation: COPIL mensuel de mars — 12 March 2026 at 18:30');

      const again = await coord.get(`/api/meetings/${ids.meeting}/calendar.ics`).expect(200);
      expect(again.headers['content-type']).toMatch(/^text\/calendar/);
      expect(again.text).toContain('SEQUENCE:1');
      expect((await coord.get(`/api/meetings/${ids.meeting}`)).body.invitationSentAt).toBeTruthy();
    });
  });

  describe('decisions and amendments', () => {
    const decision = () => ({
      title: 'Adhésion de POP Café',
      proposal: 'Accueillir POP Café comme organisation membre.',
      proposedByPersonId: ids.nadia,
      meetingId: ids.meeting,
      method: 'vote',
      votesFor: 8,
      votesAgainst: 0,
      votesAbstain: 1,
      outcome: 'adopted',
      decidedOn: '2026-03-12',
    });

    it('records a decision, then amendments as new linked entries; a decision is never edited', async () => {
      const copil = await t.as(demo.copil);
      const created = await copil.post('/api/decisions', decision()).expect(201);
      ids.decision = created.body.id;
      expect(created.body).toMatchObject({
        title: 'Adhésion de POP Café',
        votesFor: 8,
        outcome: 'adopted',
        meetingTitle: 'COPIL mensuel de mars',
        proposedByName: 'Nadia Berthelot',
        amendsDecisionId: null,
      });
      expect(created.body.number).toEqual(expect.any(Number));

      const amendment = await copil
        .post(`/api/decisions/${ids.decision}/amendments`, {
          ...decision(),
          title: 'Adhésion de POP Café au 1er avril',
          method: 'consent',
          votesFor: undefined,
          votesAgainst: undefined,
          votesAbstain: undefined,
          decidedOn: '2026-03-20',
          meetingId: null,
          onlineLink: 'https://vote.example.org/pop-cafe',
        })
        .expect(201);
      expect(amendment.body).toMatchObject({
        amendsDecisionId: ids.decision,
        amendsNumber: created.body.number,
        meetingId: null,
      });
      // An amendment of an amendment belongs to the original.
      const second = await copil
        .post(`/api/decisions/${amendment.body.id}/amendments`, {
          ...decision(),
          title: 'Adhésion au 1er mai',
          decidedOn: '2026-04-09',
        })
        .expect(201);
      expect(second.body.amendsDecisionId).toBe(ids.decision);

      const original = await copil.get(`/api/decisions/${ids.decision}`).expect(200);
      expect(original.body.title).toBe('Adhésion de POP Café');
      expect(original.body.amendments.map((a: { title: string }) => a.title)).toEqual([
        'Adhésion de POP Café au 1er avril',
        'Adhésion au 1er mai',
      ]);
      expect(original.body.amendmentCount).toBe(2);

      await copil.patch(`/api/decisions/${ids.decision}`, { title: 'changé' }).expect(404);
      await expect(t.db.query(`UPDATE decisions SET title = 'changé' WHERE id = $1`, [ids.decision])).rejects.toThrow(
        /never changed/,
      );
      await expect(t.db.query('DELETE FROM decisions WHERE id = $1', [ids.decision])).rejects.toThrow(/never changed/);
    });

    it('refuses inconsistent votes and unknown references with field messages, and saves nothing', async () => {
      const coord = await t.as(demo.coordinator);
      const before = await count('decisions');
      const consentWithVotes = await coord.post('/api/decisions', { ...decision(), method: 'consent' }).expect(400);
      expect(Object.keys(consentWithVotes.body.error.fields).sort()).toEqual([
        'votesAbstain',
        'votesAgainst',
        'votesFor',
      ]);
      const voteWithout = await coord
        .post('/api/decisions', { ...decision(), votesFor: undefined })
        .set('Accept-Language', 'en')
        .expect(400);
      expect(voteWithout.body.error.fields).toEqual({ votesFor: ['Required for a vote'] });
      const bad = await coord
        .post('/api/decisions', { ...decision(), outcome: 'maybe', decidedOn: '2026-02-30', votesFor: -1, title: '' })
        .expect(400);
      expect(Object.keys(bad.body.error.fields).sort()).toEqual(['decidedOn', 'outcome', 'title', 'votesFor']);
      const unknown = await coord
        .post('/api/decisions', { ...decision(), meetingId: '7c9e6679-7425-40de-944b-e07fc1f90ae7' })
        .expect(400);
      expect(unknown.body.error.fields.meetingId).toEqual(['Réunion inconnue']);
      const group = await coord
        .post('/api/decisions', { ...decision(), workingGroupId: '7c9e6679-7425-40de-944b-e07fc1f90ae7' })
        .expect(400);
      expect(group.body.error.fields).toEqual({ workingGroupId: ['Groupe de travail inconnu'] });
      await coord.post('/api/decisions/7c9e6679-7425-40de-944b-e07fc1f90ae7/amendments', decision()).expect(404);
      expect(await count('decisions')).toBe(before);
    });

    it('gives the whole decisions log to every role but volunteers and contractors, searchable by words, dates, meeting and outcome; only coordinator and copil record', async () => {
      const ines = await t.as(demo.comms);
      const byWords = await ines.get('/api/decisions?q=pop%20caf').expect(200);
      expect(byWords.body.items.length).toBeGreaterThanOrEqual(3);
      expect(
        byWords.body.items.every((d: { title: string; proposal: string }) => /pop caf/i.test(d.title + d.proposal)),
      ).toBe(true);
      const byMeeting = await ines.get(`/api/decisions?meetingId=${ids.meeting}`).expect(200);
      expect(byMeeting.body.items.map((d: { title: string }) => d.title).sort()).toEqual([
        'Adhésion au 1er mai',
        'Adhésion de POP Café',
      ]);
      const byDates = await ines.get('/api/decisions?from=2024-01-01&to=2024-12-31&pageSize=100').expect(200);
      expect(byDates.body.items.length).toBeGreaterThan(0);
      expect(
        byDates.body.items.every(
          (d: { decidedOn: string }) => d.decidedOn >= '2024-01-01' && d.decidedOn <= '2024-12-31',
        ),
      ).toBe(true);
      const postponed = await ines.get('/api/decisions?outcome=postponed').expect(200);
      expect(postponed.body.items.every((d: { outcome: string }) => d.outcome === 'postponed')).toBe(true);
      const newestFirst = (await ines.get('/api/decisions?pageSize=100').expect(200)).body.items.map(
        (d: { decidedOn: string }) => d.decidedOn,
      );
      expect([...newestFirst].sort().reverse()).toEqual(newestFirst);
      await (await t.as(demo.volunteer)).post('/api/decisions', decision()).expect(403);
      await (await t.as(demo.wgLead)).get(`/api/decisions/${ids.decision}`).expect(200);
      await (await t.as(demo.wgLead)).post('/api/decisions', decision()).expect(201); // also a COPIL member
      await (await t.as(demo.comms)).post('/api/decisions', decision()).expect(403);
    });

    it('shows volunteers and contractors the public decisions only: in the log, in a meeting they attend, in amendments, in the strategy and in their actions', async () => {
      const coord = await t.as(demo.coordinator);
      const meeting = await coord
        .post('/api/meetings', {
          ...copilMeeting(),
          title: 'Rencontre ouverte',
          attendees: [{ personId: ids.ines }, { personId: ids.thomas }],
        })
        .expect(201);
      const open = await coord
        .post('/api/decisions', {
          ...decision(),
          title: 'Ouvrir les rencontres aux bénévoles',
          meetingId: meeting.body.id,
          visibility: 'public',
        })
        .expect(201);
      expect(open.body.visibility).toBe('public');
      const inner = await coord
        .post('/api/decisions', { ...decision(), title: 'Budget des rencontres', meetingId: meeting.body.id })
        .expect(201);
      expect(inner.body.visibility).toBe('copil');
      // A COPIL-only amendment of a public decision stays with the COPIL.
      await coord
        .post(`/api/decisions/${open.body.id}/amendments`, {
          ...decision(),
          title: 'Montant du défraiement',
          meetingId: meeting.body.id,
        })
        .expect(201);
      const action = await createActionItem(coord, {
        title: 'Chiffrer le défraiement',
        ownerPersonId: ids.thomas,
        decisionId: inner.body.id,
      });
      const [{ id: v1 }] = await t.db.query(`SELECT id FROM strategy_actions WHERE title = 'Amélioration de la V1'`);
      const served = (await coord.get(`/api/strategy/actions/${v1}`).expect(200)).body.decisions.map(
        (d: { id: string }) => d.id,
      );
      await coord
        .patch(`/api/strategy/actions/${v1}`, { decisionIds: [...served, open.body.id, inner.body.id] })
        .expect(200);
      await coord.post('/api/decisions', { ...decision(), visibility: 'everyone' }).expect(400);
      const [{ all, open: publicOnes }] = await t.db.query(
        `SELECT count(*)::int AS all, (count(*) FILTER (WHERE visibility = 'public'))::int AS open FROM decisions`,
      );

      for (const who of [demo.volunteer, demo.contractor]) {
        const reader = await t.as(who);
        const log = await reader.get('/api/decisions?pageSize=200').expect(200);
        expect(log.body.total).toBe(publicOnes);
        expect(log.body.items.every((d: { visibility: string }) => d.visibility === 'public')).toBe(true);
        expect(log.body.items.map((d: { id: string }) => d.id)).toContain(open.body.id);
        await reader.get(`/api/decisions/${inner.body.id}`).expect(404);
        await reader.get(`/api/decisions/${ids.decision}`).expect(404);
        const detail = await reader.get(`/api/decisions/${open.body.id}`).expect(200);
        expect(detail.body).toMatchObject({ amendments: [], amendmentCount: 0 });
        const listed = (await reader.get('/api/meetings?pageSize=100').expect(200)).body.items.find(
          (m: { id: string }) => m.id === meeting.body.id,
        );
        expect(listed.decisionCount).toBe(1);
        const seen = await reader.get(`/api/meetings/${meeting.body.id}`).expect(200);
        expect(seen.body.decisions.map((d: { title: string }) => d.title)).toEqual([
          'Ouvrir les rencontres aux bénévoles',
        ]);
        const strategy = (await reader.get('/api/strategy').expect(200)).body;
        const actions = [...strategy.axes.flatMap((a: { actions: unknown[] }) => a.actions), ...strategy.transversal];
        expect(
          actions
            .flatMap((a: { decisions: { visibility: string }[] }) => a.decisions)
            .every((d: { visibility: string }) => d.visibility === 'public'),
        ).toBe(true);
        expect(actions.find((a: { id: string }) => a.id === v1).decisions.map((d: { id: string }) => d.id)).toContain(
          open.body.id,
        );
        expect(JSON.stringify(strategy)).not.toContain('Retravailler les fiches de poste des prestataires');
      }
      // Their own action says it follows a decision, not what the decision says.
      const mine = await (await t.as(demo.contractor)).get(`/api/action-items/${action.id}`).expect(200);
      expect(mine.body).toMatchObject({ decisionId: inner.body.id, decisionNumber: null, decisionTitle: null });
      expect((await coord.get(`/api/action-items/${action.id}`).expect(200)).body.decisionTitle).toBe(
        'Budget des rencontres',
      );

      const comms = await t.as(demo.comms);
      expect((await comms.get('/api/decisions?pageSize=200').expect(200)).body.total).toBe(all);
      const full = (await comms.get(`/api/strategy/actions/${v1}`).expect(200)).body.decisions.map(
        (d: { id: string }) => d.id,
      );
      expect(full).toEqual(expect.arrayContaining([open.body.id, inner.body.id]));
      expect(
        (await comms.get('/api/meetings?pageSize=100').expect(200)).body.items.find(
          (m: { id: string }) => m.id === meeting.body.id,
        ).decisionCount,
      ).toBe(3);
      expect(
        (await comms.get(`/api/decisions/${open.body.id}`).expect(200)).body.amendments.map(
          (a: { title: string }) => a.title,
        ),
      ).toEqual(['Montant du défraiement']);
      const filtered = await comms.get('/api/decisions?visibility=public&pageSize=200').expect(200);
      expect(filtered.body.total).toBe(publicOnes);
    });
  });

  describe('action items', () => {
    it('lets a COPIL member hand an action only to someone of their own organisation or to a working group; a refusal saves nothing', async () => {
      const nadia = await t.as(demo.copil);
      const before = await count('action_items');
      const other = await nadia
        .post('/api/action-items', { title: 'Relire la convention', ownerPersonId: ids.gilles, dueOn: '2099-02-01' })
        .expect(403);
      expect(other.body.error).toMatchObject({ code: 'governance.owner_out_of_reach', kind: 'forbidden' });
      expect(await count('action_items')).toBe(before);
      const own = await createActionItem(nadia, { title: 'Relire la convention', ownerPersonId: ids.nadia });
      // The answer says whose organisations the owner belongs to: the UI checks the same rule before offering a change.
      expect(own.ownerOrganisationIds).toEqual([ids.colibris]);
      const [{ id: group }] = await t.db.query('SELECT id FROM working_groups LIMIT 1');
      await createActionItem(nadia, { title: 'Relire la charte', ownerGroupId: group });
      // Nor by a change: handing their own action over, or changing one of another organisation's.
      await nadia.patch(`/api/action-items/${own.id}`, { ownerPersonId: ids.gilles }).expect(403);
      expect(
        (await t.db.query('SELECT owner_person_id FROM action_items WHERE id = $1', [own.id]))[0].owner_person_id,
      ).toBe(ids.nadia);
      const theirs = await createActionItem(await t.as(demo.coordinator), {
        title: 'Relancer la région',
        ownerPersonId: ids.gilles,
      });
      await nadia.patch(`/api/action-items/${theirs.id}`, { title: 'Relancer le département' }).expect(403);
      expect((await t.db.query('SELECT title FROM action_items WHERE id = $1', [theirs.id]))[0].title).toBe(
        'Relancer la région',
      );
      // Gilles, of that organisation, may.
      await (
        await t.as(demo.otherCopil)
      )
        .patch(`/api/action-items/${theirs.id}`, { title: 'Relancer le département' })
        .expect(200);
    });

    it('assigns an action to a person, who finds it in "my actions" and may move its status, nothing else', async () => {
      const coord = await t.as(demo.coordinator);
      const created = await createActionItem(coord, {
        title: 'Préparer la rencontre avec POP Café',
        ownerPersonId: ids.nadia,
        meetingId: ids.meeting,
        decisionId: ids.decision,
      });
      ids.action = created.id;
      expect(created).toMatchObject({
        status: 'open',
        ownerName: 'Nadia Berthelot',
        meetingTitle: 'COPIL mensuel de mars',
        decisionTitle: 'Adhésion de POP Café',
        overdue: false,
      });

      const nadia = await t.as(demo.copil);
      const mine = await nadia.get('/api/action-items/mine').expect(200);
      expect(mine.body.items.map((i: { id: string }) => i.id)).toContain(ids.action);
      expect(mine.body.items.every((i: { ownerPersonId: string }) => i.ownerPersonId === ids.nadia)).toBe(true);

      const ines = await t.as(demo.volunteer);
      await ines.get(`/api/action-items/${ids.action}`).expect(403);
      const theirs = await ines.get('/api/action-items?pageSize=100').expect(200);
      expect(theirs.body.items.every((i: { ownerPersonId: string }) => i.ownerPersonId === ids.ines)).toBe(true);
      await ines.patch(`/api/action-items/${ids.action}`, { status: 'done' }).expect(403);
      const item = await createActionItem(coord, {
        title: 'Vérifier les doublons de la source Colibris',
        ownerPersonId: ids.ines,
      });
      const done = await ines.patch(`/api/action-items/${item.id}`, { status: 'done' }).expect(200);
      expect(done.body.completedAt).toBeTruthy();
      await ines.patch(`/api/action-items/${item.id}`, { dueOn: '2099-12-31' }).expect(403);
      expect(
        (await ines.get('/api/action-items/mine').expect(200)).body.items.map((i: { id: string }) => i.id),
      ).toEqual([item.id]);
    });

    it('flags overdue actions and filters them', async () => {
      const coord = await t.as(demo.coordinator);
      const late = await createActionItem(coord, {
        title: 'Envoyer le relevé de décisions',
        ownerPersonId: ids.gilles,
        dueOn: '2020-01-15',
      });
      expect(late.overdue).toBe(true);
      const overdue = await coord.get('/api/action-items?overdue=true&pageSize=100').expect(200);
      expect(overdue.body.items.map((i: { id: string }) => i.id)).toContain(late.id);
      expect(overdue.body.items.every((i: { overdue: boolean }) => i.overdue)).toBe(true);
      const done = await coord.patch(`/api/action-items/${late.id}`, { status: 'done' }).expect(200);
      expect(done.body.overdue).toBe(false);
    });

    it('needs exactly one owner and known references; bad input saves nothing', async () => {
      const coord = await t.as(demo.coordinator);
      const before = await count('action_items');
      const none = await coord
        .post('/api/action-items', { title: 'Sans responsable', dueOn: '2099-01-01' })
        .expect(400);
      expect(Object.keys(none.body.error.fields)).toEqual(['ownerPersonId']);
      await coord
        .post('/api/action-items', {
          title: 'Deux',
          ownerPersonId: ids.nadia,
          ownerGroupId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
          dueOn: '2099-01-01',
        })
        .expect(400);
      const bad = await coord
        .post('/api/action-items', { title: '', ownerPersonId: 'x', dueOn: 'demain', status: 'later' })
        .expect(400);
      expect(Object.keys(bad.body.error.fields).sort()).toEqual(['dueOn', 'ownerPersonId', 'status', 'title']);
      const unknown = await coord
        .post('/api/action-items', {
          title: 'Inconnu',
          ownerPersonId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
          dueOn: '2099-01-01',
        })
        .expect(400);
      expect(unknown.body.error.fields.ownerPersonId).toEqual(['Personne inconnue']);
      const group = await coord
        .post('/api/action-items', {
          title: 'Groupe fantôme',
          ownerGroupId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
          dueOn: '2099-01-01',
        })
        .expect(400);
      expect(group.body.error.fields).toEqual({ ownerGroupId: ['Groupe de travail inconnu'] });
      expect(await count('action_items')).toBe(before);
    });

    it('sends one reminder per overdue action and due date, however often the job runs', async () => {
      const coord = await t.as(demo.coordinator);
      const item = await createActionItem(coord, {
        title: 'Relancer les sources pour la carte',
        ownerPersonId: ids.ines,
        dueOn: '2021-06-01',
      });
      const job = t.app.get(ActionRemindersService);
      const forItem = () => t.mail.messages.filter((m) => m.subject?.includes('Relancer les sources pour la carte'));

      await job.sendOverdueReminders();
      await t.mail.waitFor((m) => Boolean(m.subject?.includes('Relancer les sources pour la carte')));
      expect(forItem()).toHaveLength(1);
      expect(forItem()[0].text).toContain('1 juin 2021');
      await Promise.all([job.sendOverdueReminders(), job.sendOverdueReminders()]);
      await new Promise((r) => setTimeout(r, 300));
      expect(forItem()).toHaveLength(1);
      const reminders = await t.db.query('SELECT sent_to FROM action_item_reminders WHERE action_item_id = $1', [
        item.id,
      ]);
      expect(reminders).toEqual([{ sent_to: demo.volunteer }]);

      // A new due date that passes in turn gets its own reminder, once.
      await coord.patch(`/api/action-items/${item.id}`, { dueOn: '2021-07-01' }).expect(200);
      await job.sendOverdueReminders();
      await job.sendOverdueReminders();
      await t.mail.waitFor(() => forItem().length === 2);
      await new Promise((r) => setTimeout(r, 300));
      expect(forItem()).toHaveLength(2);
    });
  });

  describe('strategy', () => {
    it('shows the axes and actions of the operational plan, with their target public and person-days', async () => {
      const ines = await t.as(demo.comms);
      const res = await ines.get('/api/strategy').expect(200);
      expect(res.body.axes.map((a: { number: number }) => a.number)).toEqual([1, 2, 3]);
      const v1 = res.body.axes[0].actions[0];
      expect(v1).toMatchObject({
        number: 1,
        title: 'Amélioration de la V1',
        personDaysPerMonth: 3,
        status: 'in_progress',
      });
      expect(v1.targetPublic[0]).toMatch(/Utilisateurs/);
      expect(res.body.axes.flatMap((a: { actions: unknown[] }) => a.actions)).toHaveLength(14);
      expect(res.body.transversal.map((a: { title: string }) => a.title)).toContain('Raconter un récit');
      const collective = res.body.axes[0].actions.find((a: { number: number }) => a.number === 4);
      expect(collective.decisions.map((d: { title: string }) => d.title)).toContain(
        'Retravailler les fiches de poste des prestataires',
      );
    });

    it('lets the COPIL move an action and link the decisions, groups and grants that serve it', async () => {
      const copil = await t.as(demo.copil);
      const [action] = await t.db.query(
        `SELECT id FROM strategy_actions WHERE title = 'Constituer une communauté de sources'`,
      );
      const [{ id: groupId }] = await t.db.query('SELECT id FROM working_groups ORDER BY name LIMIT 1');
      const res = await copil
        .patch(`/api/strategy/actions/${action.id}`, {
          status: 'in_progress',
          decisionIds: [ids.decision],
          groupIds: [groupId],
          grantIds: [],
        })
        .expect(200);
      expect(res.body).toMatchObject({ status: 'in_progress', groupIds: [groupId], grantIds: [] });
      expect(res.body.decisions.map((d: { id: string }) => d.id)).toEqual([ids.decision]);
      expect(
        (await copil.get(`/api/decisions/${ids.decision}`)).body.strategyActions.map((s: { id: string }) => s.id),
      ).toEqual([action.id]);
      await copil.patch(`/api/strategy/actions/${action.id}`, { status: 'someday', decisionIds: ['nope'] }).expect(400);
      await copil
        .patch(`/api/strategy/actions/${action.id}`, { decisionIds: ['7c9e6679-7425-40de-944b-e07fc1f90ae7'] })
        .expect(400);
      const links = await copil
        .patch(`/api/strategy/actions/${action.id}`, {
          status: 'done',
          groupIds: [groupId, '7c9e6679-7425-40de-944b-e07fc1f90ae7'],
          grantIds: ['7c9e6679-7425-40de-944b-e07fc1f90ae7'],
        })
        .expect(400);
      expect(links.body.error.fields).toEqual({
        groupIds: ['Groupe de travail inconnu'],
        grantIds: ['Subvention inconnue'],
      });
      expect((await copil.get(`/api/strategy/actions/${action.id}`).expect(200)).body).toMatchObject({
        status: 'in_progress',
        groupIds: [groupId],
      });
      await copil.post('/api/strategy/actions', { title: 'Nouvelle action', content: 'x' }).expect(403);
      await (await t.as(demo.volunteer)).patch(`/api/strategy/actions/${action.id}`, { status: 'done' }).expect(403);
      const coord = await t.as(demo.coordinator);
      const created = await coord
        .post('/api/strategy/actions', {
          title: 'Kit cartopartie',
          content: 'Capitaliser les cartoparties des Transiscothons.',
          targetPublic: ['Tiers'],
          personDaysPerMonth: 1.5,
        })
        .expect(201);
      expect(created.body).toMatchObject({ axisId: null, personDaysPerMonth: 1.5, status: 'planned' });
    });
  });
});
