import { extname } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';

/** How many first bytes are read to recognise a file. */
export const SNIFF_BYTES = 256 * 1024;

/**
 * The allow-list of uploads, by media type: which may be shown inline (never HTML or SVG), and the
 * extensions a file of that type may carry (the first is added to a name that says otherwise).
 */
const ALLOWED: Record<string, { inline: boolean; extensions: readonly string[] }> = {
  'application/pdf': { inline: true, extensions: ['.pdf'] },
  'application/vnd.oasis.opendocument.text': { inline: false, extensions: ['.odt'] },
  'application/vnd.oasis.opendocument.spreadsheet': { inline: false, extensions: ['.ods'] },
  'application/vnd.oasis.opendocument.presentation': { inline: false, extensions: ['.odp'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    inline: false,
    extensions: ['.docx'],
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    inline: false,
    extensions: ['.xlsx'],
  },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': {
    inline: false,
    extensions: ['.pptx'],
  },
  'application/msword': { inline: false, extensions: ['.doc', '.dot'] },
  'application/vnd.ms-excel': { inline: false, extensions: ['.xls'] },
  'application/vnd.ms-powerpoint': { inline: false, extensions: ['.ppt'] },
  'image/png': { inline: true, extensions: ['.png'] },
  'image/jpeg': { inline: true, extensions: ['.jpg', '.jpeg', '.jpe', '.jfif'] },
  'image/webp': { inline: true, extensions: ['.webp'] },
  'image/gif': { inline: true, extensions: ['.gif'] },
  'image/svg+xml': { inline: false, extensions: ['.svg'] },
  'video/mp4': { inline: true, extensions: ['.mp4', '.m4v'] },
  'video/webm': { inline: true, extensions: ['.webm'] },
  'audio/mpeg': { inline: true, extensions: ['.mp3'] },
  'audio/ogg': { inline: true, extensions: ['.ogg', '.oga', '.opus'] },
  'audio/wav': { inline: true, extensions: ['.wav'] },
  'text/plain': { inline: false, extensions: ['.txt'] },
  'text/markdown': { inline: false, extensions: ['.md', '.markdown'] },
  'text/csv': { inline: false, extensions: ['.csv'] },
  'text/html': { inline: false, extensions: ['.html', '.htm'] },
  'text/vtt': { inline: false, extensions: ['.vtt'] },
  'application/x-subrip': { inline: false, extensions: ['.srt'] },
  'application/zip': { inline: false, extensions: ['.zip'] },
};

/** file-type's names that mean the same as an allow-list entry. */
const ALIASES: Record<string, string> = {
  'audio/x-wav': 'audio/wav',
  'audio/wave': 'audio/wav',
  'audio/vnd.wave': 'audio/wav',
  'video/ogg': 'audio/ogg',
  'application/x-cfb': 'application/msword',
};

/** Legacy Office files share one container format (CFB); the extension says which program made it. */
const CFB_BY_EXTENSION: Record<string, string> = {
  '.doc': 'application/msword',
  '.xls': 'application/vnd.ms-excel',
  '.ppt': 'application/vnd.ms-powerpoint',
};

export function isAllowed(mediaType: string): boolean {
  return mediaType in ALLOWED;
}

export function isInlineSafe(mediaType: string): boolean {
  return ALLOWED[mediaType]?.inline === true;
}

/**
 * Extensions a program would open as something else, or run: a plain text file may keep any other
 * extension (`script.py`, `notes.log`), not one of these.
 */
const MISLEADING_FOR_TEXT = new Set([
  ...Object.entries(ALLOWED)
    .filter(([type]) => type !== 'text/plain')
    .flatMap(([, entry]) => entry.extensions),
  ...['.exe', '.com', '.bat', '.cmd', '.scr', '.pif', '.msi', '.js', '.vbs', '.ps1', '.jar'],
  ...['.sh', '.app', '.apk', '.lnk', '.hta', '.wsf', '.reg', '.dll'],
]);

/** Whether `extension` (`.pdf`, lower case) may stand on a file of `mediaType`. */
export function extensionFits(mediaType: string, extension: string): boolean {
  if (mediaType === 'text/plain') return extension !== '' && !MISLEADING_FOR_TEXT.has(extension);
  return ALLOWED[mediaType]?.extensions.includes(extension) ?? true;
}

/** The extension added to a name that contradicts its sniffed type. */
export function extensionFor(mediaType: string): string {
  return ALLOWED[mediaType]?.extensions[0] ?? '';
}

const SVG = /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype svg[^>]*>\s*)?<svg[\s>]/i;

const stripBom = (text: string) => text.replace(/^\uFEFF/, '').trimStart();

/**
 * The media type of a file from its first bytes. Binary formats are recognised by their
 * signature (file-type); text is recognised by its content (WebVTT, SubRip, SVG, HTML), and only
 * plain text's flavour (Markdown, CSV) is taken from the name, since all three are served as
 * downloads. Unrecognised binary content is `application/octet-stream`.
 */
export async function sniffMediaType(head: Buffer, fileName: string): Promise<string> {
  const detected = await fileTypeFromBuffer(head);
  // file-type calls any XML "application/xml"; SVG is XML and is recognised below.
  if (detected?.mime === 'application/xml') {
    return SVG.test(stripBom(head.toString('utf8'))) ? 'image/svg+xml' : 'application/xml';
  }
  if (detected) {
    const mime = ALIASES[detected.mime] ?? detected.mime;
    if (detected.mime === 'application/x-cfb') {
      return CFB_BY_EXTENSION[extname(fileName).toLowerCase()] ?? 'application/x-cfb';
    }
    return mime;
  }
  const text = asText(head);
  if (text === null) return 'application/octet-stream';
  const start = stripBom(text);
  if (/^WEBVTT(\s|$)/.test(start)) return 'text/vtt';
  if (/^\d+\r?\n\d{2}:\d{2}:\d{2},\d{3} --> \d{2}:\d{2}:\d{2},\d{3}/.test(start))
    return 'application/x-subrip';
  if (SVG.test(start)) return 'image/svg+xml';
  if (/^(<!--[\s\S]*?-->\s*)*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(start))
    return 'text/html';
  switch (extname(fileName).toLowerCase()) {
    case '.md':
    case '.markdown':
      return 'text/markdown';
    case '.csv':
      return 'text/csv';
    default:
      return 'text/plain';
  }
}

/** The head as text if it looks like text (UTF-8, no NUL byte), else null. */
function asText(head: Buffer): string | null {
  if (head.length === 0 || head.includes(0)) return null;
  // A multi-byte character may be cut at the end of the head: ignore the last 3 bytes' validity.
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(head);
  const replacements = decoded.slice(0, -3).split('\uFFFD').length - 1;
  return replacements === 0 ? decoded : null;
}
