import { Injectable, OnModuleDestroy } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { AppConfig } from '../../../config/app-config';
import { createBulkTransport } from './bulk-mailer';

/** The process's one pool of newsletter SMTP connections (test sends and the send worker share it). */
@Injectable()
export class BulkTransport implements OnModuleDestroy {
  private pool?: Transporter;

  constructor(private readonly config: AppConfig) {}

  get transport(): Transporter {
    return (this.pool ??= createBulkTransport(this.config));
  }

  onModuleDestroy(): void {
    this.pool?.close();
  }
}
