import { Global, Module } from '@nestjs/common';
import { OutboxModule } from '../outbox/outbox.module';
import { MailService } from './mail.service';

@Global()
@Module({ imports: [OutboxModule], providers: [MailService], exports: [MailService] })
export class MailModule {}
