import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// mailauth (by nodemailer's author) verifies the signature as a receiving server would.
import { dkimVerify } from 'mailauth/lib/dkim/verify';
import { CadenceService } from '../../src/modules/newsletters/cadence.service';
import { demo, startTestApp, type TestApp } from '../support/app';

describe('newsletters: DKIM, cadence, proposals', () => {
  let t: TestApp;
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const record = `v=DKIM1; k=rsa; p=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`;
  const resolver = (name: string) =>
    name === 'lettre2026._domainkey.maillage.test'
      ? Promise.resolve([[record]])
      : Promise.reject(Object.assign(new Error('not found'), { code: 'ENOTFOUND' }));
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'maillage-dkim-'));
    const keyFile = path.join(dir, 'lettre.pem');
    writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    t = await startTestApp({
      DKIM_DOMAIN: 'maillage.test',
      DKIM_SELECTOR: 'lettre2026',
      DKIM_PRIVATE_KEY_FILE: keyFile,
      NEWSLETTER_LINK_CHECK: 'false',
    });
  });
  afterAll(() => t.close());

  it('signs newsletters with DKIM, List-Unsubscribe and List-Unsubscribe-Post included', async () => {
    const comms = await t.as(demo.comms);
    const [draft] = await t.db.query('SELECT id FROM newsletter_issues WHERE number = 12');
    await comms.post(`/api/newsletters/issues/${draft.id}/test-send`, { emails: ['dkim@example.org'] }).expect(200);
    const mail = await t.mail.waitFor((m) => t.mail.to('dkim@example.org').includes(m));
    const { results } = await dkimVerify(t.mail.raw.get(mail)!, { resolver });
    expect(results).toHaveLength(1);
    expect(results[0].status.result).toBe('pass');
    expect(results[0].signingDomain).toBe('maillage.test');
    const signed = (results[0] as unknown as { signingHeaders: { keys: string } }).signingHeaders.keys;
    expect(signed.toLowerCase().split(': ')).toEqual(
      expect.arrayContaining(['list-unsubscribe', 'list-unsubscribe-post', 'from', 'subject']),
    );

    const check = await comms.get(`/api/newsletters/issues/${draft.id}/check`).expect(200);
    expect(check.body.problems.map((p: { code: string }) => p.code)).not.toContain('no_dkim');
  });

  it('derives the next due date from the two-month rhythm and reminds the team once, two weeks before, DKIM-signed', async () => {
    const comms = await t.as(demo.comms);
    const cadence = (await comms.get('/api/newsletters/cadence').expect(200)).body;
    const lastSent = new Date(`${cadence.lastSentOn}T12:00:00Z`);
    const due = new Date(lastSent);
    due.setUTCMonth(due.getUTCMonth() + 2);
    expect(cadence).toMatchObject({
      lastNumber: 11,
      nextNumber: 12,
      nextDueOn: due.toISOString().slice(0, 10),
      reminderSentAt: null,
    });
    expect(Date.parse(cadence.nextDueOn) - Date.parse(cadence.reminderOn)).toBe(14 * 86_400_000);

    const service = t.app.get(CadenceService);
    expect(await service.remindIfDue(new Date(Date.parse(cadence.reminderOn) - 86_400_000))).toBe(0);
    expect(await service.remindIfDue(new Date(`${cadence.reminderOn}T10:00:00Z`))).toBe(1);
    const mail = await t.mail.waitFor(
      (m) => t.mail.to(demo.comms).includes(m) && (m.subject ?? '').includes('n°\u00a012'),
    );
    expect(mail.text).toContain('Bonjour Léa,');
    // Transactional mail, through the outbox, is signed with the same key.
    const { results } = await dkimVerify(t.mail.raw.get(mail)!, { resolver });
    expect(results.map((r) => [r.status.result, r.signingDomain])).toEqual([['pass', 'maillage.test']]);
    expect(await service.remindIfDue(new Date(`${cadence.reminderOn}T11:00:00Z`))).toBe(0);
    expect((await comms.get('/api/newsletters/cadence').expect(200)).body.reminderSentAt).not.toBeNull();
  });

  it('lets working groups propose items, and the team accept them into a block or decline them', async () => {
    const lead = await t.as(demo.wgLead);
    const comms = await t.as(demo.comms);
    await lead.post('/api/newsletters/proposals', { title: '', text: '', linkUrl: 'ftp://x' }).expect(400);
    const created = await lead
      .post('/api/newsletters/proposals', {
        title: 'Atelier Gogocarto',
        text: 'Un atelier pour apprendre à importer une source.\n\nInscription libre.',
        linkUrl: 'https://transiscope.example.org/atelier',
        groupName: 'GT Technique',
      })
      .expect(201);
    const declined = await lead
      .post('/api/newsletters/proposals', { title: 'Hors sujet', text: 'Une annonce commerciale.' })
      .expect(201);
    const mine = await lead.get('/api/newsletters/proposals').expect(200);
    expect(mine.body.items.map((p: { title: string }) => p.title).sort()).toEqual(
      ['Atelier Gogocarto', 'Hors sujet', 'La V2 de l’agenda en test'].sort(),
    );
    await lead.post(`/api/newsletters/proposals/${created.body.id}/accept`, {}).expect(403);

    const [draft] = await t.db.query('SELECT id FROM newsletter_issues WHERE number = 12');
    const [sent] = await t.db.query('SELECT id FROM newsletter_issues WHERE number = 11');
    await comms.post(`/api/newsletters/proposals/${created.body.id}/accept`, { issueId: sent.id }).expect(409);
    const accepted = await comms
      .post(`/api/newsletters/proposals/${created.body.id}/accept`, { issueId: draft.id })
      .expect(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', issueId: draft.id });
    const issue = await comms.get(`/api/newsletters/issues/${draft.id}`).expect(200);
    expect(issue.body.blocks.at(-1)).toMatchObject({
      type: 'article',
      title: 'Atelier Gogocarto',
      linkUrl: 'https://transiscope.example.org/atelier',
    });
    await comms.post(`/api/newsletters/proposals/${created.body.id}/decline`, {}).expect(409);
    await comms
      .post(`/api/newsletters/proposals/${declined.body.id}/decline`, { note: 'Pas pour la lettre' })
      .expect(200);
    const list = await comms.get('/api/newsletters/proposals?status=pending').expect(200);
    expect(list.body.items.map((p: { title: string }) => p.title)).not.toContain('Hors sujet');
    expect(list.body.items[0].proposedByName).toBeTruthy();
  });
});
