import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import { createTransport, Transporter } from 'nodemailer';

export interface OutgoingMessage {
  to: string;
  subject: string;
  text: string;
  /** Deterministic per outbox row, so a resend after a crash is recognisable downstream. */
  messageId: string;
  headers: Record<string, string>;
}

/** SMTP through nodemailer (SMTP_URL), one pooled transport per worker. */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transport: Transporter;
  readonly from: string;
  /** Right-hand side of the Message-IDs: the sender's domain. */
  readonly domain: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.transport = createTransport(config.SMTP_URL);
    this.from = config.MAIL_FROM;
    this.domain = /@([^>\s]+)>?\s*$/.exec(config.MAIL_FROM)?.[1] ?? 'ponte.local';
  }

  async send(message: OutgoingMessage): Promise<void> {
    await this.transport.sendMail({ from: this.from, ...message });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
