import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ReadMail, readMail } from './mail-parts.js';

/** The messages written under DATA_DIR/mail (embedded default) to `to`, oldest first, decoded. */
export async function mailsTo(dataDir: string, to: string): Promise<string[]> {
  return (await rawMailsTo(dataDir, to)).map(decodeQuotedPrintable);
}

/** The messages to `to`, oldest first, each as its subject, text part and HTML part. */
export async function readMailsTo(dataDir: string, to: string): Promise<ReadMail[]> {
  return (await rawMailsTo(dataDir, to)).map(readMail);
}

/** The token of the last link to `path` e-mailed to `to`. */
export async function lastLinkToken(dataDir: string, to: string, path: string): Promise<string> {
  const mails = await readMailsTo(dataDir, to);
  const match = new RegExp(`${path}\\?token=([A-Za-z0-9_%-]+)`).exec(mails.at(-1)?.text ?? '');
  if (!match?.[1]) throw new Error(`no ${path} link e-mailed to ${to}`);
  return decodeURIComponent(match[1]);
}

function decodeQuotedPrintable(message: string): string {
  if (!/Content-Transfer-Encoding: quoted-printable/i.test(message)) return message;
  const bytes = message
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

async function rawMailsTo(dataDir: string, to: string): Promise<string[]> {
  const dir = join(dataDir, 'mail');
  const names = (await readdir(dir).catch(() => [] as string[]))
    .filter((n) => n.endsWith('.eml'))
    .sort();
  const messages = await Promise.all(names.map((n) => readFile(join(dir, n), 'utf8')));
  const addressee = new RegExp(`^To: .*${to.replace(/[.+]/g, '\\$&')}`, 'mi');
  return messages.filter((m) => addressee.test(m));
}
