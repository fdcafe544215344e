import { SMTPServer } from 'smtp-server';
import { loadConfig } from '../../../config/app-config';
import { classifySmtpError, createBulkTransport, retryDelaySeconds, SEND_GATE } from './bulk-mailer';

describe('SMTP outcomes', () => {
  it('treats a 5xx on RCPT TO as a hard bounce, another 5xx as final, the rest as worth a retry', () => {
    expect(
      classifySmtpError({
        code: 'EENVELOPE',
        responseCode: 550,
        response: '550 5.1.1 User unknown',
        command: 'RCPT TO',
      }),
    ).toEqual({ status: 'bounced', response: '550 5.1.1 User unknown' });
    expect(
      classifySmtpError({ code: 'EMESSAGE', responseCode: 552, response: '552 Message too big', command: 'DATA' })
        .status,
    ).toBe('failed');
    expect(classifySmtpError({ code: 'EENVELOPE', responseCode: 451, response: '451 Try later' }).status).toBe('retry');
    expect(classifySmtpError(Object.assign(new Error('Connection closed'), { code: 'ECONNECTION' }))).toEqual({
      status: 'retry',
      response: 'Connection closed',
    });
  });

  it('backs off exponentially, capped at an hour', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4].map((a) => retryDelaySeconds(60, a, mid))).toEqual([60, 120, 240, 480]);
    expect(retryDelaySeconds(60, 12, mid)).toBe(3600);
    expect(retryDelaySeconds(60, 1, () => 0)).toBe(48);
    expect(retryDelaySeconds(60, 1, () => 1)).toBe(72);
  });
});

describe('the send gate', () => {
  // A real pooled transport to a real SMTP server on loopback: the gate must hold back the end of DATA itself.
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _s, done) => {
      stream.resume();
      stream.on('end', () => {
        received++;
        done();
      });
    },
  });
  let url: string;
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `smtp://127.0.0.1:${(server.server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('delivers only once the gate opens, and never when it closes', async () => {
    const transport = createBulkTransport(loadConfig({ NEWSLETTER_SMTP_URL: url }));
    const message = { from: 'a@example.org', to: 'b@example.org', subject: 'x', text: 'y'.repeat(10_000) };
    let open!: () => void;
    const sent = transport.sendMail(
      Object.assign({ ...message }, { [SEND_GATE]: new Promise<void>((r) => (open = r)) }),
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(received).toBe(0);
    open();
    await sent;
    expect(received).toBe(1);
    await expect(
      transport.sendMail(Object.assign({ ...message }, { [SEND_GATE]: Promise.reject(new Error('closed')) })),
    ).rejects.toThrow('closed');
    await expect(transport.sendMail(message)).resolves.toBeTruthy();
    expect(received).toBe(2);
    transport.close();
  });
});
