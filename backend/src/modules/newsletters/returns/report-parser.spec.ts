import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseReturn, reportFields } from './report-parser';
import { anyTokensIn, readReturnToken, returnToken, taggedAddress, tokensIn } from './return-token';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const token = returnToken(SECRET, '4217');
const sample = (name: string) =>
  Buffer.from(
    readFileSync(path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'returns', `${name}.eml`), 'utf8')
      .replace(/\{\{TOKEN\}\}/g, token)
      .replace(/\{\{EMAIL\}\}/g, 'Camille.Roux@example.org')
      .replace(/\{\{ID\}\}/g, 'x1'),
  );

describe('return reports (RFC 3464 DSN, RFC 5965 ARF)', () => {
  it('a Postfix DSN with 5.1.1: one hard bounce with the remote server’s words', async () => {
    expect(await parseReturn(sample('hard-bounce'))).toEqual({
      kind: 'bounce',
      recipients: [
        {
          email: 'Camille.Roux@example.org',
          severity: 'hard',
          status: '5.1.1',
          diagnostic:
            '550 5.1.1 <Camille.Roux@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
        },
      ],
    });
  });

  it('a Gmail-style DSN with 4.2.2 and the message attached: a soft bounce', async () => {
    expect(await parseReturn(sample('soft-bounce'))).toEqual({
      kind: 'bounce',
      recipients: [
        {
          email: 'Camille.Roux@example.org',
          severity: 'soft',
          status: '4.2.2',
          diagnostic: "452 4.2.2 The recipient's inbox is out of storage space.",
        },
      ],
    });
  });

  it('a delay warning (Action: delayed) is no bounce', async () => {
    expect(await parseReturn(sample('delayed'))).toEqual({ kind: 'bounce', recipients: [] });
  });

  it('an ARF report: a complaint with its feedback type and the original recipient', async () => {
    expect(await parseReturn(sample('complaint'))).toEqual({
      kind: 'complaint',
      feedbackType: 'abuse',
      recipient: 'Camille.Roux@example.org',
    });
  });

  it('a plain mail to the unsubscribe address: neither, with the addresses it was sent to', async () => {
    const parsed = await parseReturn(sample('mailto-unsubscribe'));
    expect(parsed).toMatchObject({ kind: 'mail', subject: 'unsubscribe' });
    expect(
      tokensIn(SECRET, 'desinscription@reseau.example.org', (parsed as { addressedTo: string }).addressedTo),
    ).toEqual(['4217']);
  });

  it('reads report fields: groups, folded lines, first value of a name', () => {
    expect(reportFields('A: 1\r\nB: two\r\n  lines\r\n\r\nC: 3\r\nC: 4\r\n').map((m) => Object.fromEntries(m))).toEqual(
      [{ a: '1', b: 'two lines' }, { c: '3' }],
    );
  });
});

describe('return tokens', () => {
  it('name a delivery in an address, and only with the secret they were made with', () => {
    expect(taggedAddress('bounces@reseau.example.org', token)).toBe(`bounces+${token}@reseau.example.org`);
    expect(readReturnToken(SECRET, token)).toBe('4217');
    expect(readReturnToken(SECRET, token.toUpperCase())).toBe('4217');
    expect(readReturnToken('another-secret-of-thirty-two-characters', token)).toBeNull();
    // Another delivery id with the same MAC: refused.
    expect(readReturnToken(SECRET, token.replace('4217-', '4218-'))).toBeNull();
    expect(anyTokensIn(SECRET, `Message-ID: <${token}.k2@x> <4218-${token.slice(5)}.k@x>`)).toEqual(['4217']);
    expect(tokensIn(SECRET, 'bounces@reseau.example.org', `To: desinscription+${token}@reseau.example.org`)).toEqual(
      [],
    );
  });
});
