import { Global, Module } from '@nestjs/common';
import { OutboxAdminService } from './outbox-admin.service';
import { OutboxController } from './outbox.controller';
import { Outbox } from './outbox.service';

@Global()
@Module({ controllers: [OutboxController], providers: [Outbox, OutboxAdminService], exports: [Outbox] })
export class OutboxModule {}
