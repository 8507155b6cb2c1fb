import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Environment } from '../config/environment.js';

/** One message: its plain text and the same in HTML (see compose-mail.ts). */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Sends e-mail through SMTP_URL; without it (embedded default) writes each message as an .eml file
 * under DATA_DIR/mail/ so that it can be opened. Message bodies are never logged (they hold links).
 */
@Injectable()
export class Mailer {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: Transporter;
  private readonly from: string;
  private readonly dropDir: string | null;

  constructor(config: ConfigService<Environment, true>) {
    const smtp = config.get('SMTP_URL', { infer: true });
    this.from = config.get('MAIL_FROM', { infer: true });
    this.dropDir = smtp ? null : join(resolve(config.get('DATA_DIR', { infer: true })), 'mail');
    this.transport = smtp
      ? nodemailer.createTransport(smtp)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(mail: Mail): Promise<void> {
    const info = (await this.transport.sendMail({ from: this.from, ...mail })) as {
      message?: Buffer;
    };
    if (this.dropDir && info.message) {
      await mkdir(this.dropDir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}.eml`;
      await writeFile(join(this.dropDir, name), info.message);
      this.logger.log(`E-mail « ${mail.subject} » written to ${join(this.dropDir, name)}`);
    }
  }
}
