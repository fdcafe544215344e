import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { renderEmail, type EmailName, type EmailVarsMap, type Locale } from '@maillage/emails';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';

export interface MailRequest<N extends EmailName> {
  to: string;
  template: N;
  locale: Locale;
  vars: EmailVarsMap[N];
  attachments?: SendMailOptions['attachments'];
}

/** Transactional mail: an MJML template from `emails/`, an HTML and a text part, sent over SMTP_URL. */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  readonly transport: Transporter;

  constructor(private readonly config: AppConfig) {
    this.transport = nodemailer.createTransport(config.SMTP_URL, { from: config.MAIL_FROM });
  }

  async send<N extends EmailName>(req: MailRequest<N>): Promise<void> {
    const { subject, html, text } = await renderEmail(req.template, { locale: req.locale, vars: req.vars });
    const info = await this.transport.sendMail({ to: req.to, subject, html, text, attachments: req.attachments });
    this.logger.log(`sent "${req.template}" to ${req.to} (${info.messageId})`);
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
