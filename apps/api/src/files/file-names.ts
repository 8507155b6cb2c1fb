import { extname } from 'node:path';
import { extensionFits, extensionFor } from './media-types.js';

/** Control, format (bidi overrides such as U+202E, zero-width) and line-separator characters. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

const MAX_LENGTH = 255;

/**
 * A file name safe to store and to send back in Content-Disposition: no folders (`../x` → `x`),
 * no control or bidi characters (`facture\u202Efdp.exe` would display as `factureexe.pdf`),
 * NFC-normalised, at most 255 characters; never empty.
 */
export function safeFileName(raw: string): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const clean = base.replace(INVISIBLE, '').trim().replace(/^\.+/, '');
  return (clean || 'fichier').slice(0, MAX_LENGTH);
}

/**
 * The name a file of the sniffed `mediaType` is stored under: safe, and with an extension that
 * does not contradict its content (`photo.exe` holding a PNG becomes `photo.exe.png`), so that
 * whoever downloads it opens it with the right program.
 */
export function fileNameFor(raw: string, mediaType: string): string {
  const safe = safeFileName(raw);
  if (extensionFits(mediaType, extname(safe).toLowerCase())) return safe;
  const extension = extensionFor(mediaType) || '.bin';
  return `${safe.slice(0, MAX_LENGTH - extension.length)}${extension}`;
}

const FOLDER_LENGTH = 40;

/**
 * A folder name made of a title: ASCII letters and digits in lower case, words joined by `-`, cut
 * after the last whole word that fits in 40 characters (only a first word longer than that is
 * cut); `fallback` when nothing is left.
 */
export function folderSlug(title: string, fallback: string): string {
  const words = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = words[0]?.slice(0, FOLDER_LENGTH) ?? '';
  for (const word of words.slice(1)) {
    if (slug.length + 1 + word.length > FOLDER_LENGTH) break;
    slug += `-${word}`;
  }
  return slug || fallback;
}
