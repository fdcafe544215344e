import { demo, startTestApp, type Caller, type TestApp } from '../support/app';
import { addValidatedContribution } from '../factories/contributions';
import { createOrganisation, organisationId } from '../factories/organisations';
import { approvedSplit, createSplit } from '../factories/splits';
import { describeApi } from '../../src/openapi';
import { defineAbilityFor } from '../../src/permissions/ability';
import { ResponseShaper } from '../../src/permissions/response-shaper';

const count = async (t: TestApp, table: string) =>
  (await t.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
const csvRows = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n');
/** Intl puts narrow and non-breaking spaces in French amounts and percentages; expectations use plain ones. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('fund splits', () => {
  let t: TestApp;
  let coord: Caller;
  let own: string;
  let other: string;
  beforeAll(async () => {
    t = await startTestApp();
    coord = await t.as(demo.coordinator);
    own = await organisationId(t, 'Colibris');
    other = await organisationId(t, 'PôleS NOE');
  });
  afterAll(() => t.close());

  /** Three organisations of our own, with validated contributions of known values (and some that must not count). */
  async function organisations(prefix: string): Promise<[string, string, string]> {
    const ids: string[] = [];
    for (const name of ['Alpha', 'Bêta', 'Gamma'])
      ids.push((await createOrganisation(coord, { name: `${prefix} ${name}` })).id);
    const [a, b] = ids;
    await addValidatedContribution(t, {
      organisationId: a,
      type: 'working_time',
      valueCents: 60_000,
      on: '2025-03-10',
    });
    await addValidatedContribution(t, { organisationId: a, type: 'room', valueCents: 20_000, on: '2025-06-02' });
    await addValidatedContribution(t, {
      organisationId: b,
      type: 'working_time',
      valueCents: 30_000,
      on: '2025-11-30',
    });
    // Not counted: another year, and one not validated.
    await addValidatedContribution(t, {
      organisationId: b,
      type: 'working_time',
      valueCents: 999_900,
      on: '2024-12-31',
    });
    await addValidatedContribution(t, {
      organisationId: b,
      type: 'working_time',
      valueCents: 999_900,
      on: '2025-05-05',
      status: 'submitted',
    });
    return ids as [string, string, string];
  }

  const proportional = (ids: string[]) => ({
    rule: 'proportional',
    totalCents: 100_000,
    periodFrom: '2025-01-01',
    periodTo: '2025-12-31',
    typeWeights: [
      { type: 'working_time', weightBp: 10_000 },
      { type: 'room', weightBp: 5_000 },
    ],
    participants: ids.map((organisationId) => ({ organisationId })),
  });

  it('simulates a split from the validated contributions of the period, weighted by type, and saves nothing', async () => {
    const [a, b, c] = await organisations('Simulation');
    const before = await count(t, 'splits');
    const res = await coord.post('/api/splits/simulate', proportional([a, b, c])).expect(200);
    // Weighted: a = 60 000 + 20 000 × 50 % = 70 000; b = 30 000; c = 0.
    expect(
      res.body.lines.map((l: { organisationId: string; amountCents: number }) => [l.organisationId, l.amountCents]),
    ).toEqual([
      [a, 70_000],
      [b, 30_000],
      [c, 0],
    ]);
    expect(res.body.lines[0]).toMatchObject({
      contributions: { working_time: 60_000, room: 20_000 },
      contributionCents: 80_000,
      weightedContributionCents: '70000.0000',
      ratio: '0.700000',
      organisationName: 'Simulation Alpha',
      roundingCents: 0,
      bound: null,
    });
    expect(plain(res.body.lines[0].explanation)).toMatch(
      /^Contributions validées 800,00 € \(pondérées 700,00 €\), soit 70 % du total/,
    );
    expect(res.body.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const en = await coord
      .post('/api/splits/simulate', proportional([a, b, c]))
      .set('Accept-Language', 'en')
      .expect(200);
    expect(en.body.lines[1].explanation).toMatch(/^Validated contributions €300\.00, 30% of the total/);
    expect(await count(t, 'splits')).toBe(before);

    // A fixed base, a set-aside and a cap: 100 000 − 10 000 set aside, 3 × 10 000 of base, 60 000 by contribution
    // (7:3:0),
    // a capped at 45 000, the 7 000 over shared again between b and… only b has contributions.
    const mixed = await coord
      .post('/api/splits/simulate', {
        ...proportional([a, b, c]),
        rule: 'base_plus_proportional',
        baseCents: 10_000,
        setAsides: [{ label: 'Coordination', amountCents: 10_000 }],
        participants: [{ organisationId: a, capCents: 45_000 }, { organisationId: b }, { organisationId: c }],
      })
      .expect(200);
    expect(mixed.body).toMatchObject({ setAsideCents: 10_000, distributedCents: 90_000 });
    expect(
      mixed.body.lines.map((l: { amountCents: number; bound: string | null }) => [l.amountCents, l.bound]),
    ).toEqual([
      [45_000, 'cap'],
      [35_000, null],
      [10_000, null],
    ]);
    expect(mixed.body.rounds).toHaveLength(1);
  });

  it('refuses bad input with a message per field and saves nothing', async () => {
    const before = await count(t, 'splits');
    const participantsBefore = await count(t, 'split_participants');
    const bad = async (body: object, field: string, pattern?: RegExp) => {
      const res = await coord.post('/api/splits', { title: 'Mauvaise', ...body }).expect(400);
      expect(res.body.error.kind).toBe('validation');
      expect(Object.keys(res.body.error.fields)).toContain(field);
      if (pattern) expect(plain(res.body.error.fields[field].join(' '))).toMatch(pattern);
      return res.body.error.fields;
    };
    const pct = (shares: [string, number][]) => ({
      rule: 'fixed_percent',
      totalCents: 1000,
      participants: shares.map(([organisationId, shareBp]) => ({ organisationId, shareBp })),
    });
    await bad(
      pct([
        [own, 5000],
        [other, 4000],
      ]),
      'participants',
      /Les pourcentages totalisent 90 % au lieu de 100 %/,
    );
    await bad(
      pct([
        [own, 5000],
        ['4b9e3c53-2f6e-4ad4-9b47-1a0e0d7d0c11', 5000],
      ]),
      'participants.1.organisationId',
      /Organisation inconnue/,
    );
    await bad(
      { rule: 'proportional', totalCents: 1000, participants: [] },
      'participants',
      /au moins une organisation/,
    );
    await bad(
      pct([
        [own, 5000],
        [own, 5000],
      ]),
      'participants.1.organisationId',
      /en double/,
    );
    await bad({ ...pct([[own, 10_000]]), totalCents: -5 }, 'totalCents');
    await bad(
      { ...pct([[own, 10_000]]), participants: [{ organisationId: 'colibris', shareBp: 10_000 }] },
      'participants.0.organisationId',
    );
    await bad({ ...pct([[own, 10_000]]), colour: 'red' }, 'colour');
    await bad(
      {
        ...pct([
          [own, 6000],
          [other, 4000],
        ]),
        participants: [
          { organisationId: own, shareBp: 6000, floorCents: 900 },
          { organisationId: other, shareBp: 4000, floorCents: 200 },
        ],
      },
      'participants',
      /planchers/,
    );
    await bad(
      {
        ...pct([[own, 10_000]]),
        participants: [{ organisationId: own, shareBp: 10_000, floorCents: 50, capCents: 10 }],
      },
      'participants.0.capCents',
      /plafond est inférieur au plancher/,
    );
    await bad({ ...pct([[own, 10_000]]), setAsides: [{ label: 'Trop', amountCents: 5000 }] }, 'setAsides');
    await bad(
      {
        rule: 'base_plus_proportional',
        baseCents: 600,
        totalCents: 1000,
        participants: [{ organisationId: own }, { organisationId: other }],
      },
      'baseCents',
      /dépasse/,
    );
    await bad(
      { rule: 'fixed_amount', totalCents: 1000, participants: [{ organisationId: own, amountCents: 999 }] },
      'participants',
      /totalisent 9,99 € au lieu de 10,00 €/,
    );
    await bad({ ...pct([[own, 10_000]]), title: '' }, 'title');
    const en = await coord
      .post('/api/splits', { title: 'Bad', ...pct([[own, 5000]]) })
      .set('Accept-Language', 'en')
      .expect(400);
    expect(en.body.error.fields.participants).toEqual(['The percentages add up to 50% instead of 100%']);
    // The simulation says the same, and so does editing a draft.
    await coord.post('/api/splits/simulate', pct([[own, 5000]])).expect(400);
    expect(await count(t, 'splits')).toBe(before);
    expect(await count(t, 'split_participants')).toBe(participantsBefore);
  });

  it('approves a draft: inputs and results frozen, never changed again, even when contributions are corrected', async () => {
    const [a, b, c] = await organisations('Gel');
    const draft = await createSplit(coord, {
      title: 'Appel à Communs 2025 — part des organisations',
      notes: 'Adoptée en COPIL',
      ...proportional([a, b, c]),
    });
    const id = draft.id;
    expect(draft).toMatchObject({ status: 'draft', organisationCount: 3, problems: null });
    const { fingerprint } = draft.result!;
    const [{ id: decision, number }] = await t.db.query(
      `SELECT id, number FROM decisions WHERE outcome = 'adopted' ORDER BY number LIMIT 1`,
    );
    const [{ id: postponed }] = await t.db.query(`SELECT id FROM decisions WHERE outcome <> 'adopted' LIMIT 1`);
    const cite = async (copilDecisionId: string, pattern: RegExp) => {
      const res = await coord.post(`/api/splits/${id}/approve`, { fingerprint, copilDecisionId }).expect(400);
      expect(res.body.error.fields.copilDecisionId[0]).toMatch(pattern);
    };
    await cite('7d1c0a3e-5b43-4a53-9f8e-3f1b1c2d4e5f', /Décision inconnue/);
    await cite(postponed, /n’a pas été adoptée/);
    expect(await count(t, `split_lines WHERE split_id = '${id}'`)).toBe(0);
    const approved = await coord
      .post(`/api/splits/${id}/approve`, { fingerprint, copilDecisionId: decision })
      .expect(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      copilDecisionId: decision,
      copilDecision: { id: decision, number },
      approvedByName: expect.any(String),
    });
    expect(
      approved.body.result.lines.map((l: { amountCents: number; paidCents: number; remainingCents: number }) => [
        l.amountCents,
        l.paidCents,
        l.remainingCents,
      ]),
    ).toEqual([
      [70_000, 0, 70_000],
      [30_000, 0, 30_000],
      [0, 0, 0],
    ]);
    const stored = await t.db.query(
      `SELECT organisation_id, amount_cents::int, contributions FROM split_lines WHERE split_id = $1 ORDER BY position`,
      [id],
    );
    expect(stored[0]).toMatchObject({
      organisation_id: a,
      amount_cents: 70_000,
      contributions: { working_time: 60_000, room: 20_000 },
    });
    const ledger = await coord.get(`/api/splits/ledger?splitId=${id}&order=asc`).expect(200);
    expect(ledger.body.items.map((e: { kind: string; amountCents: number }) => [e.kind, e.amountCents])).toEqual([
      ['allocated', 70_000],
      ['allocated', 30_000],
      ['allocated', 0],
    ]);
    expect(ledger.body.items[0].summary).toMatch(
      /^Répartition « Appel à Communs 2025 — part des organisations » approuvée : 700,00 € attribués à Gel Alpha$/,
    );

    // Refused through the API (409), and by the database itself.
    await coord.put(`/api/splits/${id}`, { title: 'Autre', ...proportional([a, b]) }).expect(409);
    await coord.delete(`/api/splits/${id}`).expect(409);
    await coord.post(`/api/splits/${id}/approve`, {}).expect(409);
    await expect(t.db.query(`UPDATE splits SET total_cents = 1 WHERE id = $1`, [id])).rejects.toThrow(
      /only its settlement may change/,
    );
    await expect(t.db.query(`UPDATE split_lines SET amount_cents = 1 WHERE split_id = $1`, [id])).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.query(`DELETE FROM split_participants WHERE split_id = $1`, [id])).rejects.toThrow(
      /approved split cannot change/,
    );
    await expect(t.db.query(`UPDATE split_ledger SET summary = 'x' WHERE split_id = $1`, [id])).rejects.toThrow(
      /append-only/,
    );

    // A correction of the contributions changes new simulations, not the approved split.
    await addValidatedContribution(t, {
      organisationId: c,
      type: 'working_time',
      valueCents: 100_000,
      on: '2025-09-01',
    });
    const again = await coord.get(`/api/splits/${id}`).expect(200);
    expect(again.body.result.lines.map((l: { amountCents: number }) => l.amountCents)).toEqual([70_000, 30_000, 0]);
    expect(again.body.result.fingerprint).toBe(fingerprint);
    const now = await coord.post('/api/splits/simulate', proportional([a, b, c])).expect(200);
    expect(now.body.lines.map((l: { amountCents: number }) => l.amountCents)).toEqual([35_000, 15_000, 50_000]);
  });

  it('refuses to approve a result that moved since it was looked at', async () => {
    const [a, b] = await organisations('Mouvant');
    const draft = await createSplit(coord, { title: 'Mouvante', ...proportional([a, b]) });
    await addValidatedContribution(t, {
      organisationId: b,
      type: 'working_time',
      valueCents: 40_000,
      on: '2025-10-01',
    });
    const res = await coord
      .post(`/api/splits/${draft.id}/approve`, { fingerprint: draft.result!.fingerprint })
      .expect(409);
    expect(res.body.error.message).toMatch(/Le résultat a changé/);
    const still = await coord.get(`/api/splits/${draft.id}`).expect(200);
    expect(still.body.status).toBe('draft');
    expect(await count(t, `split_lines WHERE split_id = '${draft.id}'`)).toBe(0);
    // Looked at again, it goes through.
    await coord.post(`/api/splits/${draft.id}/approve`, { fingerprint: still.body.result.fingerprint }).expect(200);
  });

  it('draws on granted grants only, never beyond what approved splits left of them', async () => {
    const [{ id: fph }] = await t.db.query(`SELECT id FROM grants WHERE title LIKE 'Transiscope 2024-2026%'`);
    const [{ id: applied }] = await t.db.query(`SELECT id FROM grants WHERE status = 'applied' LIMIT 1`);
    const available = async () =>
      (await coord.get('/api/splits/grants').expect(200)).body as {
        grantId: string;
        grantedCents: number;
        splitCents: number;
        amountCents: number;
      }[];
    // 90 000 € granted; the demo data's approved split took 20 000 €.
    expect((await available()).find((g) => g.grantId === fph)).toMatchObject({
      grantedCents: 9_000_000,
      splitCents: 2_000_000,
      amountCents: 7_000_000,
      grantTitle: 'Transiscope 2024-2026 : faire système',
    });
    expect((await available()).some((g) => g.grantId === applied)).toBe(false);

    const body = (title: string, totalCents: number, sources: object[]) => ({
      title,
      rule: 'fixed_percent',
      totalCents,
      sources,
      participants: [{ organisationId: own, shareBp: 10_000 }],
    });
    const refused = async (b: object, field: string, pattern: RegExp) => {
      const res = await coord.post('/api/splits', b).expect(400);
      expect(plain(res.body.error.fields[field].join(' '))).toMatch(pattern);
    };
    const before = await count(t, 'splits');
    await refused(
      body('x', 1000, [{ grantId: '4b9e3c53-2f6e-4ad4-9b47-1a0e0d7d0c11', amountCents: 1000 }]),
      'sources.0.grantId',
      /Financement inconnu/,
    );
    await refused(
      body('x', 1000, [{ grantId: applied, amountCents: 1000 }]),
      'sources.0.grantId',
      /pas encore accordé/,
    );
    await refused(
      body('x', 2000, [{ grantId: fph, amountCents: 1000 }]),
      'sources',
      /apportent 10,00 € pour un montant de 20,00 €/,
    );
    await refused(
      body('x', 7_000_001, [{ grantId: fph, amountCents: 7_000_001 }]),
      'sources.0.amountCents',
      /Il reste 70 000,00 € à répartir sur ce financement/,
    );
    expect(await count(t, 'splits')).toBe(before);

    // Drafts take nothing; the first approval does, and the second no longer fits.
    const first = await createSplit(
      coord,
      body('FPH — première part', 6_000_000, [{ grantId: fph, amountCents: 6_000_000 }]),
    );
    const second = await createSplit(
      coord,
      body('FPH — seconde part', 2_000_000, [{ grantId: fph, amountCents: 2_000_000 }]),
    );
    const approved = await coord.post(`/api/splits/${first.id}/approve`, {}).expect(200);
    expect(approved.body.sources).toEqual([
      {
        grantId: fph,
        grantTitle: 'Transiscope 2024-2026 : faire système',
        funderName: expect.any(String),
        amountCents: 6_000_000,
      },
    ]);
    expect((await available()).find((g) => g.grantId === fph)).toMatchObject({
      splitCents: 8_000_000,
      amountCents: 1_000_000,
    });
    const late = await coord.post(`/api/splits/${second.id}/approve`, {}).expect(400);
    expect(plain(late.body.error.fields['sources.0.amountCents'][0])).toMatch(/Il reste 10 000,00 €/);
    expect((await coord.get(`/api/splits/${second.id}`).expect(200)).body).toMatchObject({
      status: 'draft',
      problems: { 'sources.0.amountCents': [expect.any(String)] },
    });
  });

  it('edits and deletes drafts', async () => {
    const draft = await createSplit(coord, {
      title: 'Brouillon',
      rule: 'fixed_amount',
      totalCents: 1000,
      participants: [{ organisationId: own, amountCents: 1000 }],
    });
    const edited = await coord
      .put(`/api/splits/${draft.id}`, {
        title: 'Brouillon revu',
        rule: 'fixed_percent',
        totalCents: 2000,
        participants: [
          { organisationId: own, shareBp: 2500, amountCents: 7 },
          { organisationId: other, shareBp: 7500 },
        ],
      })
      .expect(200);
    expect(edited.body).toMatchObject({ title: 'Brouillon revu', rule: 'fixed_percent', totalCents: 2000 });
    // What the rule does not use is not kept.
    expect(
      edited.body.participants.map((p: { shareBp: number; amountCents: number | null }) => [p.shareBp, p.amountCents]),
    ).toEqual([
      [2500, null],
      [7500, null],
    ]);
    expect(edited.body.result.lines.map((l: { amountCents: number }) => l.amountCents)).toEqual([500, 1500]);
    await coord
      .put(`/api/splits/${draft.id}`, {
        title: 'x',
        rule: 'fixed_percent',
        totalCents: 2000,
        participants: [{ organisationId: own, shareBp: 2500 }],
      })
      .expect(400);
    await coord.delete(`/api/splits/${draft.id}`).expect(204);
    await coord.get(`/api/splits/${draft.id}`).expect(404);
    const audit = await coord.get(`/api/audit?entityType=Split&entityId=${draft.id}`).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['delete', 'update', 'create']);
  });

  describe('payments', () => {
    let id: string;
    beforeAll(async () => {
      const draft = await createSplit(coord, {
        title: 'Subvention CPS — versements',
        rule: 'fixed_amount',
        totalCents: 10_000,
        participants: [
          { organisationId: own, amountCents: 6_000 },
          { organisationId: other, amountCents: 4_000 },
        ],
      });
      id = draft.id;
    });
    const pay = (body: object) =>
      coord.post(`/api/splits/${id}/payments`, {
        organisationId: own,
        paidOn: '2026-02-02',
        reference: 'VIR-2026-014',
        ...body,
      });

    it('waits for the approval', async () => {
      await pay({ amountCents: 100 }).expect(409);
      await coord.post(`/api/splits/${id}/approve`, {}).expect(200);
    });

    it('never pays more than what remains, and refuses bad input, saving nothing', async () => {
      const before = await count(t, 'split_payments');
      const over = await pay({ amountCents: 6_001 }).expect(400);
      expect(plain(over.body.error.fields.amountCents[0])).toMatch(/Plus que ce qui reste à verser \(60,00 €\)/);
      await pay({ amountCents: 0 }).expect(400);
      await pay({ amountCents: 100, organisationId: '4b9e3c53-2f6e-4ad4-9b47-1a0e0d7d0c11' }).expect(400);
      const future = await pay({ amountCents: 100, paidOn: '2099-01-01' }).expect(400);
      expect(Object.keys(future.body.error.fields)).toEqual(['paidOn']);
      await pay({ amountCents: 100, reference: '' }).expect(400);
      expect(await count(t, 'split_payments')).toBe(before);
    });

    it('lets only one of two payments at once take the same remainder', async () => {
      const [first, second] = await Promise.all([pay({ amountCents: 4_000 }), pay({ amountCents: 4_000 })]);
      expect([first.status, second.status].sort()).toEqual([201, 400]);
      const ok = first.status === 201 ? first : second;
      expect(ok.body.result.lines[0]).toMatchObject({ paidCents: 4_000, remainingCents: 2_000 });
    });

    it('settles the split once every share is paid, and reopens it when a payment is reversed', async () => {
      await pay({ amountCents: 2_000, reference: 'VIR-2026-015' }).expect(201);
      const settled = await pay({ amountCents: 4_000, organisationId: other, reference: 'VIR-2026-016' }).expect(201);
      expect(settled.body.status).toBe('settled');
      expect(settled.body.settledAt).toBeTruthy();
      await pay({ amountCents: 1 }).expect(400);

      const target = settled.body.payments.find((p: { reference: string }) => p.reference === 'VIR-2026-016');
      const reversed = await coord
        .post(`/api/splits/${id}/payments/${target.id}/reverse`, {
          reason: 'Virement rejeté par la banque (RIB erroné)',
        })
        .expect(201);
      expect(reversed.body.status).toBe('approved');
      const reversal = reversed.body.payments.find((p: { reversesId: string | null }) => p.reversesId === target.id);
      expect(reversal).toMatchObject({
        amountCents: -4_000,
        note: 'Virement rejeté par la banque (RIB erroné)',
        reference: 'VIR-2026-016',
      });
      // The payment itself is untouched, marked as reversed.
      expect(reversed.body.payments.find((p: { id: string }) => p.id === target.id)).toMatchObject({
        amountCents: 4_000,
        reversedById: reversal.id,
      });
      expect(reversed.body.result.lines[1]).toMatchObject({ paidCents: 0, remainingCents: 4_000 });
      await coord.post(`/api/splits/${id}/payments/${target.id}/reverse`, { reason: 'encore' }).expect(409);
      await coord.post(`/api/splits/${id}/payments/${reversal.id}/reverse`, { reason: 'encore' }).expect(409);
      await coord.post(`/api/splits/${id}/payments/${target.id}/reverse`, {}).expect(400);
      await expect(t.db.query(`DELETE FROM split_payments WHERE id = $1`, [target.id])).rejects.toThrow(/append-only/);

      const ledger = await coord.get(`/api/splits/ledger?splitId=${id}&order=asc`).expect(200);
      expect(ledger.body.items.map((e: { kind: string }) => e.kind)).toEqual([
        'allocated',
        'allocated',
        'paid',
        'paid',
        'paid',
        'settled',
        'reversed',
        'reopened',
      ]);
      expect(ledger.body.items[6].summary).toMatch(
        /^Annulation du versement de 40,00 € à .* \(réf\. VIR-2026-016\) pour « Subvention CPS — versements » : Virement rejeté/,
      );
    });
  });

  describe('what a COPIL member sees', () => {
    let approvedId: string;
    let draftId: string;
    let copil: Caller;
    beforeAll(async () => {
      copil = await t.as(demo.copil);
      const body = {
        rule: 'fixed_percent',
        totalCents: 50_000,
        participants: [
          { organisationId: own, shareBp: 3000 },
          { organisationId: other, shareBp: 7000, capCents: 40_000 },
        ],
      };
      draftId = (await createSplit(coord, { title: 'Brouillon caché', ...body })).id;
      approvedId = (await approvedSplit(coord, { title: 'Répartition approuvée', ...body })).id;
      await coord
        .post(`/api/splits/${approvedId}/payments`, {
          organisationId: own,
          amountCents: 5_000,
          paidOn: '2026-03-01',
          reference: 'VIR-COPIL-1',
        })
        .expect(201);
      await coord
        .post(`/api/splits/${approvedId}/payments`, {
          organisationId: other,
          amountCents: 5_000,
          paidOn: '2026-03-01',
          reference: 'VIR-COPIL-2',
        })
        .expect(201);
    });

    it('reads approved splits only, and in them only their organisation’s share, payments and ledger', async () => {
      const list = await copil.get('/api/splits?pageSize=100').expect(200);
      expect(list.body.items.every((s: { status: string }) => s.status !== 'draft')).toBe(true);
      const mine = list.body.items.find((s: { id: string }) => s.id === approvedId);
      expect(mine).toMatchObject({ organisationCount: 2, allocatedCents: 15_000, paidCents: 5_000 });
      await copil.get(`/api/splits/${draftId}`).expect(403);
      const detail = await copil.get(`/api/splits/${approvedId}`).expect(200);
      expect(detail.body.result.lines.map((l: { organisationId: string }) => l.organisationId)).toEqual([own]);
      expect(detail.body.participants.map((p: { organisationId: string }) => p.organisationId)).toEqual([own]);
      expect(detail.body.payments.map((p: { reference: string }) => p.reference)).toEqual(['VIR-COPIL-1']);
      expect(detail.body.result.rounds).toBeNull();
      const ledger = await copil.get(`/api/splits/ledger?splitId=${approvedId}`).expect(200);
      expect(ledger.body.items.length).toBeGreaterThan(0);
      expect(ledger.body.items.every((e: { organisationId: string }) => e.organisationId === own)).toBe(true);
      const csv = await copil.get(`/api/splits/${approvedId}/export.csv`).expect(200);
      expect(csvRows(csv.text)).toHaveLength(2);
      // The shared writer (docs/exports.md): `;`, headers in the reader's language, amounts with a decimal comma.
      expect(csvRows(csv.text)[0].split(';').slice(0, 3)).toEqual([
        'Organisation',
        'Contributions (€)',
        'Contributions pondérées (€)',
      ]);
      expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="[a-z0-9-]+\.csv";/);
      const en = await copil.get(`/api/splits/${approvedId}/export.csv`).set('accept-language', 'en').expect(200);
      expect(csvRows(en.text)[0]).toMatch(/^Organisation;Contributions \(€\);Weighted contributions \(€\);/);
    });

    it('carries only the fields of the contract, and nothing of another organisation even were a query to let it through', async () => {
      const detail = (await copil.get(`/api/splits/${approvedId}`).expect(200)).body;
      expect(Object.keys(detail.result.lines[0]).sort()).toEqual([
        'amountCents',
        'baseCents',
        'bound',
        'capCents',
        'contributionCents',
        'contributions',
        'exactShareCents',
        'explanation',
        'fixedAmountCents',
        'floorCents',
        'organisationId',
        'organisationName',
        'paidCents',
        'ratio',
        'remainingCents',
        'roundingCents',
        'shareBp',
        'weightedContributionCents',
      ]);
      // The coordinator's full answer, with a round that clamped both, shaped for the COPIL member of Colibris: the
      // response classes are @ReadAs the subjects whose rules keep them to their own organisation.
      const full = (await coord.get(`/api/splits/${approvedId}`).expect(200)).body;
      expect(full.result.lines).toHaveLength(2);
      full.result.rounds = [
        {
          clamped: [own, other].map((organisationId) => ({ organisationId, bound: 'cap', amountCents: 1 })),
          remainingCents: 0,
          sharedAmong: 0,
        },
      ];
      const [nadia] = await t.db.query(`SELECT a.id, a.person_id FROM accounts a WHERE a.email = $1`, [demo.copil]);
      const ability = defineAbilityFor({
        id: nadia.id,
        personId: nadia.person_id,
        email: demo.copil,
        firstName: 'Nadia',
        lastName: 'Berthelot',
        roles: ['copil'],
        organisationIds: [own],
        groupIds: [],
        welcomeGroupIds: [],
        memberGroupIds: [],
        locale: 'fr',
        sessionId: 'test',
      });
      const shaper = new ResponseShaper(await describeApi(t.app));
      const shaped = shaper.shape('SplitDetailResponse', full, ability) as typeof full;
      const orgsOf = (rows: { organisationId: string }[]) => rows.map((r) => r.organisationId);
      expect([
        orgsOf(shaped.result.lines),
        orgsOf(shaped.participants),
        orgsOf(shaped.payments),
        orgsOf(shaped.result.rounds[0].clamped),
      ]).toEqual([[own], [own], [own], [own]]);
      const ledger = (await coord.get(`/api/splits/ledger?splitId=${approvedId}&pageSize=200`).expect(200)).body;
      expect(orgsOf(ledger.items)).toEqual(expect.arrayContaining([own, other]));
      expect(new Set(orgsOf((shaper.shape('SplitLedgerEntryPage', ledger, ability) as typeof ledger).items))).toEqual(
        new Set([own]),
      );
    });

    it('may not simulate, approve, pay, nor read another organisation’s statement', async () => {
      await copil
        .post('/api/splits/simulate', {
          rule: 'fixed_percent',
          totalCents: 100,
          participants: [{ organisationId: own, shareBp: 10_000 }],
        })
        .expect(403);
      await copil.post(`/api/splits/${draftId}/approve`, {}).expect(403);
      await copil
        .post(`/api/splits/${approvedId}/payments`, {
          organisationId: own,
          amountCents: 1,
          paidOn: '2026-03-02',
          reference: 'x',
        })
        .expect(403);
      await copil.get(`/api/splits/organisations/${other}/statement`).expect(403);
      await copil.get(`/api/splits/${approvedId}/statements/${other}`).expect(403);
      for (const who of [demo.contractor, demo.volunteer, demo.comms]) {
        const c = await t.as(who);
        await c.get('/api/splits').expect(403);
        await c.get(`/api/splits/${approvedId}`).expect(403);
        await c.get(`/api/splits/organisations/${own}/statement`).expect(403);
      }
    });

    it('downloads their organisation’s statement, as JSON for the printable page and as CSV', async () => {
      const statement = await copil.get(`/api/splits/organisations/${own}/statement`).expect(200);
      const share = statement.body.shares.find((s: { splitId: string }) => s.splitId === approvedId);
      expect(share).toMatchObject({
        amountCents: 15_000,
        paidCents: 5_000,
        remainingCents: 10_000,
        explanation: expect.stringMatching(/^30\s% du montant réparti/),
      });
      expect(statement.body.payments.every((p: { organisationId: string }) => p.organisationId === own)).toBe(true);
      expect(statement.body.contributions.length).toBeGreaterThan(0);
      const csv = await copil.get(`/api/splits/organisations/${own}/statement.csv`).expect(200);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      expect(csv.headers['content-disposition']).toMatch(/attachment; filename="colibris-repartitions\.csv"/);
      const rows = csvRows(csv.text);
      expect(rows[0]).toBe('date;écriture;répartition;montant_euros;référence;détail');
      expect(rows).toContain('2026-03-01;versement;Répartition approuvée;50,00;VIR-COPIL-1;');
      const one = await copil.get(`/api/splits/${approvedId}/statements/${own}`).expect(200);
      expect(one.body).toMatchObject({
        organisation: { id: own },
        line: { amountCents: 15_000 },
        split: { title: 'Répartition approuvée', distributedCents: 50_000 },
      });
      const oneCsv = await copil
        .get(`/api/splits/${approvedId}/statements/${own}/statement.csv`)
        .set('Accept-Language', 'en')
        .expect(200);
      expect(csvRows(oneCsv.text)[0]).toBe('section,label,amount_euros,detail');
      expect(oneCsv.text).toContain('left to pay,,100.00,');
    });
  });
});
