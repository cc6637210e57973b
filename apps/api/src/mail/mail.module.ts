import { Module } from '@nestjs/common';
import { MailOutbox } from './mail-outbox.service';

/** The outbox writer; delivery happens in the worker (apps/worker/src/notifications). */
@Module({ providers: [MailOutbox], exports: [MailOutbox] })
export class MailModule {}
