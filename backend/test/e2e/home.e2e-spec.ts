import { organisationId } from '../factories/organisations';
import { signInAll, startTestApp, type Caller, type TestApp } from '../support/app';

interface Count {
  count: number;
  valueCents: number;
}
interface Group {
  id: string;
  name: string;
  gaps: string[];
  pipeline?: Record<string, number>;
}
interface Home {
  today: string;
  actionsPending: number;
  actionsOverdue: number;
  unreadNotifications: number;
  nextMeetings: { id: string }[];
  coordinator: null | {
    toValidate: Count;
    proposalsToReview: number;
    invitationsPending: number;
    fundingAlerts: number;
    deadlinesSoon: number;
    groupsWithGaps: number;
    groupsLateWelcome: number;
    overdueActions: number;
    nextNewsletterDueOn: string | null;
    lastBackupAt: string | null;
  };
  organisations: {
    organisationId: string;
    organisationName: string;
    year: number;
    byStatus: (Count & { status: string })[];
    contributions: Count;
    splits: { id: string; allocatedCents: number; paidCents: number }[];
    allocatedCents: number;
    paidCents: number;
    dueCents: number;
  }[];
  ledGroups: Group[];
  memberGroups: Group[];
  missions: { missionId: string; month: string; budgetedDays: number; usedDays: number }[];
}

/**
 * Each role's home: every figure equals the total of the list the UI links it to, asked of that list's route by the
 * same person, and no one gets another role's part or another organisation's figures.
 */
describe('home', () => {
  let t: TestApp;
  let as: Awaited<ReturnType<typeof signInAll>>;
  let colibris: string;

  beforeAll(async () => {
    t = await startTestApp();
    as = await signInAll(t);
    colibris = await organisationId(t, 'Colibris');
  });
  afterAll(() => t?.close());

  const home = async (c: Caller) => (await c.get('/api/home').expect(200)).body as Home;
  const total = async (c: Caller, url: string) => ((await c.get(url).expect(200)).body as { total: number }).total;

  it('refuses anonymous callers', async () => {
    await t.http().get('/api/home').expect(401);
  });

  it('gives the coordinator what waits for them, each figure the total of its list', async () => {
    const c = as.coordinator;
    const h = await home(c);
    expect(h.organisations).toEqual([]);
    const w = h.coordinator!;
    const queue = (await c.get('/api/contributions?status=submitted&pageSize=1').expect(200)).body as {
      total: number;
      totalValueCents: number;
    };
    expect(w.toValidate).toEqual({ count: queue.total, valueCents: queue.totalValueCents });
    expect(w.toValidate.count).toBeGreaterThan(0);
    expect(w.proposalsToReview).toBe(await total(c, '/api/newsletters/proposals?status=pending'));
    expect(w.invitationsPending).toBe(await total(c, '/api/accounts?invitationPending=true'));
    expect(w.groupsWithGaps).toBe(await total(c, '/api/working-groups?status=active&withGaps=true'));
    expect(w.groupsLateWelcome).toBe(await total(c, '/api/working-groups?status=active&lateWelcome=true'));
    expect(w.overdueActions).toBe(await total(c, '/api/action-items?pending=true&overdue=true'));
    expect(w.deadlinesSoon).toBe(((await c.get('/api/funding/deadlines?days=42').expect(200)).body as []).length);
    expect(w.fundingAlerts).toBe(((await c.get('/api/funding/alerts').expect(200)).body as []).length);
    expect(h.actionsPending).toBe(await total(c, '/api/action-items/mine?pending=true'));
    expect(h.actionsOverdue).toBe(await total(c, '/api/action-items/mine?pending=true&overdue=true'));
  });

  it('counts an invitation until it is accepted, and a late welcome once the delay has passed', async () => {
    const c = as.coordinator;
    const before = (await home(c)).coordinator!;
    await c
      .post('/api/invitations', {
        email: 'nouvelle.home@maillage.test',
        firstName: 'Nina',
        lastName: 'Home',
        roles: ['volunteer'],
      })
      .expect(201);
    const [group] = await t.db.query(
      `SELECT g.id FROM working_groups g WHERE g.status = 'active'
         AND NOT EXISTS (SELECT 1 FROM working_group_volunteers v WHERE v.group_id = g.id AND v.stage = 'new'
                           AND v.stage_changed_at < now() - make_interval(days => g.welcome_within_days))
       ORDER BY g.name LIMIT 1`,
    );
    await t.db.query(
      `INSERT INTO working_group_volunteers (group_id, person_id, stage, stage_changed_at, source)
       SELECT $1, p.id, 'new', now() - interval '60 days', 'added' FROM people p
       WHERE NOT EXISTS (SELECT 1 FROM working_group_volunteers v WHERE v.group_id = $1 AND v.person_id = p.id) LIMIT 1`,
      [group.id],
    );
    const after = (await home(c)).coordinator!;
    expect(after.invitationsPending).toBe(before.invitationsPending + 1);
    expect(after.groupsLateWelcome).toBe(before.groupsLateWelcome + 1);
  });

  it('gives a COPIL member their organisation’s year, shares and payments, as their lists count them', async () => {
    const c = as.copil;
    const h = await home(c);
    expect(h.coordinator).toBeNull();
    expect(h.organisations.map((o) => o.organisationId)).toEqual([colibris]);
    const o = h.organisations[0];
    const year = `from=${o.year}-01-01&to=${o.year}-12-31`;
    for (const s of o.byStatus) {
      const page = (
        await c.get(`/api/contributions?organisationId=${colibris}&${year}&status=${s.status}&pageSize=1`).expect(200)
      ).body as { total: number; totalValueCents: number };
      expect([s.status, s.count, s.valueCents]).toEqual([s.status, page.total, page.totalValueCents]);
    }
    expect(o.byStatus.reduce((sum, s) => sum + s.count, 0)).toBe(o.contributions.count);
    expect(o.contributions.count).toBeGreaterThan(0);
    const splits = (await c.get(`/api/splits?organisationId=${colibris}&pageSize=200`).expect(200)).body as {
      items: { id: string; allocatedCents: number; paidCents: number }[];
    };
    expect(o.splits.map((s) => s.id)).toEqual(splits.items.map((s) => s.id));
    expect(o.splits.length).toBeGreaterThan(0);
    expect(o.allocatedCents).toBe(splits.items.reduce((sum, s) => sum + s.allocatedCents, 0));
    expect(o.paidCents).toBe(splits.items.reduce((sum, s) => sum + s.paidCents, 0));
    expect(o.dueCents).toBe(o.allocatedCents - o.paidCents);
    // Their own line only: the share is Colibris's, not the split's total.
    const [line] = await t.db.query(
      `SELECT sum(amount_cents)::int AS cents FROM split_lines WHERE organisation_id = $1
         AND split_id = ANY($2::uuid[])`,
      [colibris, o.splits.map((s) => s.id)],
    );
    expect(o.allocatedCents).toBe(line.cents);
  });

  it('shows a COPIL member of another organisation none of Colibris’s figures', async () => {
    const h = await home(as.otherCopil);
    expect(h.coordinator).toBeNull();
    expect(h.organisations.length).toBeGreaterThan(0);
    expect(h.organisations.map((o) => o.organisationId)).not.toContain(colibris);
    expect(JSON.stringify(h)).not.toContain(colibris);
    expect(JSON.stringify(h)).not.toContain('Colibris');
  });

  it('gives a working-group lead their groups with pipeline and gaps, and nothing of the coordinator’s', async () => {
    const h = await home(as.wgLead);
    expect(h.coordinator).toBeNull();
    expect(h.ledGroups.length).toBeGreaterThan(0);
    const { user } = (await as.wgLead.get('/api/auth/me').expect(200)).body as {
      user: { groupIds: string[]; welcomeGroupIds: string[] };
    };
    expect(h.ledGroups.map((g) => g.id).sort()).toEqual(
      [...new Set([...user.groupIds, ...user.welcomeGroupIds])].sort(),
    );
    for (const g of h.ledGroups) {
      const listed = (
        (await as.wgLead.get(`/api/working-groups?pageSize=200`).expect(200)).body as { items: Group[] }
      ).items.find((x) => x.id === g.id)!;
      expect(g.pipeline).toEqual(listed.pipeline);
      expect(g.gaps).toEqual(listed.gaps);
    }
  });

  it('gives a contractor their missions this month and no pipeline, a volunteer their groups only', async () => {
    const contractor = await home(as.contractor);
    expect(contractor.coordinator).toBeNull();
    expect(contractor.ledGroups).toEqual([]);
    expect(contractor.missions.length).toBeGreaterThan(0);
    for (const m of contractor.missions) {
      expect(m.month).toBe(contractor.today.slice(0, 7));
      const [used] = await t.db.query(
        `SELECT coalesce(sum(CASE WHEN t.unit = 'day' THEN t.quantity ELSE t.quantity / m.hours_per_day END), 0)::float AS days
         FROM missions m LEFT JOIN time_entries t ON t.mission_id = m.id AND to_char(t.worked_on, 'YYYY-MM') = $2
         WHERE m.id = $1`,
        [m.missionId, m.month],
      );
      expect(m.usedDays).toBeCloseTo(used.days, 2);
    }
    const volunteer = await home(as.volunteer);
    expect(volunteer.coordinator).toBeNull();
    expect(volunteer.missions).toEqual([]);
    expect(volunteer.organisations).toEqual([]);
    const mine = (await as.volunteer.get('/api/working-groups?pageSize=200').expect(200)).body as { items: Group[] };
    expect(volunteer.memberGroups.map((g) => g.id).sort()).toEqual(mine.items.map((g) => g.id).sort());
    expect(volunteer.memberGroups.length).toBeGreaterThan(0);
    // A volunteer does not follow the pipeline: the field rules leave it out of their home as of their list.
    for (const g of volunteer.memberGroups) expect(g.pipeline).toBeUndefined();
  });

  it('refuses the new list filters’ bad values with field messages', async () => {
    const bad = await as.coordinator.get('/api/working-groups?lateWelcome=perhaps').expect(400);
    expect(bad.body.error.fields).toHaveProperty('lateWelcome');
    const badAccounts = await as.coordinator.get('/api/accounts?invitationPending=perhaps').expect(400);
    expect(badAccounts.body.error.fields).toHaveProperty('invitationPending');
  });
});
