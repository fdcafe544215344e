import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface SmtpSinkOptions {
  /**
   * Answers RCPT TO for an address with an SMTP error (e.g. `{ code: 550, message: 'User unknown' }`), or accepts it.
   */
  rejectRecipient?: (address: string) => { code: number; message: string } | null;
}

/** A real SMTP server on loopback that keeps what it receives, parsed, for the tests to read. */
export class SmtpSink {
  readonly messages: ParsedMail[] = [];
  /** Each message as received, before parsing (what a signature covers). */
  readonly raw = new WeakMap<ParsedMail, Buffer>();
  /** Each message's envelope sender (MAIL FROM), where bounces go back to. */
  readonly mailFrom = new WeakMap<ParsedMail, string>();
  private readonly server: SMTPServer;
  private waiters: (() => void)[] = [];

  constructor(options: SmtpSinkOptions = {}) {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'], // its built-in certificate has expired
      logger: false,
      onRcptTo: (address, _session, done) => {
        const refusal = options.rejectRecipient?.(address.address);
        if (!refusal) return done();
        done(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
      },
      onData: (stream, session, done) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const source = Buffer.concat(chunks);
          simpleParser(source)
            .then((mail) => {
              this.messages.push(mail);
              this.raw.set(mail, source);
              this.mailFrom.set(mail, session.envelope.mailFrom ? session.envelope.mailFrom.address : '');
              this.waiters.forEach((w) => w());
              done();
            })
            .catch(done);
        });
      },
    });
  }

  /** `port`: a given one, to stand for a relay that comes back where it was. */
  async start(port = 0): Promise<string> {
    // A client killed mid-message (the crash test) resets its connection: expected, not a failure of the sink.
    this.server.on('error', () => undefined);
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  /** The first message (already received or to come) matching the predicate. */
  async waitFor(match: (m: ParsedMail) => boolean, timeoutMs = 5000): Promise<ParsedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(match);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(`no matching email within ${timeoutMs} ms (got ${this.messages.length})`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 100);
        this.waiters.push(() => (clearTimeout(t), resolve()));
      });
    }
  }

  to(address: string): ParsedMail[] {
    return this.messages.filter((m) => [m.to].flat().some((t) => t?.text.includes(address)));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
