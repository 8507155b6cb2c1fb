import type { ConfigService } from '@nestjs/config';
import type { Environment } from '../config/environment.js';

/** The public address of a web app page (links in e-mails). */
export function publicUrl(config: ConfigService<Environment, true>, path: string): string {
  const base =
    config.get('PUBLIC_URL', { infer: true }) ??
    `http://localhost:${config.get('PORT', { infer: true })}`;
  return `${base.replace(/\/$/, '')}${path}`;
}

/** The public address of a web app page carrying a secret token (e-mails, share links). */
export function publicLink(
  config: ConfigService<Environment, true>,
  path: string,
  token: string,
): string {
  return `${publicUrl(config, path)}?token=${encodeURIComponent(token)}`;
}
