import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { renderEmail, type EmailName, type EmailVarsMap, type Locale } from '@maillage/emails';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { Outbox } from '../outbox/outbox.service';
import { dkimOptions } from './dkim';

export interface MailRequest<N extends EmailName> {
  to: string;
  template: N;
  locale: Locale;
  vars: EmailVarsMap[N];
  attachments?: SendMailOptions['attachments'];
}

/**
 * An attachment that can wait in the outbox (stored as JSON): text content, such as a calendar invitation, or bytes
 * as base64 (`encoding: 'base64'`), such as a PDF.
 */
export interface TextAttachment {
  filename: string;
  content: string;
  contentType: string;
  encoding?: 'base64';
}

/** A rendered message waiting in the outbox. */
interface QueuedMail {
  template: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments?: TextAttachment[];
}

/**
 * Transactional mail: an MJML template from `emails/`, an HTML and a text part, sent over SMTP_URL, DKIM-signed when
 * DKIM is configured. Sent through the outbox (`enqueue`), so a relay down delays mail and never drops it.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  readonly transport: Transporter;

  constructor(
    private readonly config: AppConfig,
    private readonly outbox: Outbox,
  ) {
    // Signed with the newsletters' key when one is configured: the same domain vouches for both.
    this.transport = nodemailer.createTransport(
      { url: config.SMTP_URL, dkim: dkimOptions(config) },
      { from: config.MAIL_FROM },
    );
    outbox.register<QueuedMail>('mail', (_em, m) =>
      this.deliver(m.template, {
        to: m.to,
        subject: m.subject,
        html: m.html,
        text: m.text,
        attachments: m.attachments,
      }),
    );
  }

  /** Now, in the request: for mail whose failure the caller must report. */
  async send<N extends EmailName>(req: MailRequest<N>): Promise<void> {
    const { subject, html, text } = await renderEmail(req.template, { locale: req.locale, vars: req.vars });
    await this.deliver(req.template, { to: req.to, subject, html, text, attachments: req.attachments });
  }

  /**
   * Rendered now, sent after the caller's transaction commits, retried if the server refuses: the answer does not
   * wait for SMTP (nor tells by its time whether a mail left), and a change is never kept without its mail.
   */
  async enqueue<N extends EmailName>(
    em: EntityManager,
    req: Omit<MailRequest<N>, 'attachments'> & { attachments?: TextAttachment[] },
  ): Promise<void> {
    const { subject, html, text } = await renderEmail(req.template, { locale: req.locale, vars: req.vars });
    await this.outbox.enqueue(em, 'mail', {
      template: req.template,
      to: req.to,
      subject,
      html,
      text,
      attachments: req.attachments,
    } satisfies QueuedMail);
  }

  private async deliver(template: string, message: SendMailOptions & { to: string }): Promise<void> {
    const info = await this.transport.sendMail(message);
    this.logger.log(`sent "${template}" to ${message.to} (${info.messageId})`);
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
