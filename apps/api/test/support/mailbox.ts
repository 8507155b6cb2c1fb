import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The messages written under DATA_DIR/mail (embedded default) to `to`, oldest first, decoded. */
export async function mailsTo(dataDir: string, to: string): Promise<string[]> {
  const dir = join(dataDir, 'mail');
  const names = (await readdir(dir).catch(() => [] as string[]))
    .filter((n) => n.endsWith('.eml'))
    .sort();
  const messages = await Promise.all(names.map((n) => readFile(join(dir, n), 'utf8')));
  return messages
    .filter((m) => new RegExp(`^To: .*${to.replace(/[.+]/g, '\\$&')}`, 'mi').test(m))
    .map(decodeQuotedPrintable);
}

/** The token of the last link to `path` e-mailed to `to`. */
export async function lastLinkToken(dataDir: string, to: string, path: string): Promise<string> {
  const mails = await mailsTo(dataDir, to);
  const match = new RegExp(`${path}\\?token=([A-Za-z0-9_%-]+)`).exec(mails.at(-1) ?? '');
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
