import { extname } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';

/** How many first bytes are read to recognise a file. */
export const SNIFF_BYTES = 256 * 1024;

/** The allow-list of uploads, by media type, and which may be shown inline (never HTML or SVG). */
const ALLOWED: Record<string, { inline: boolean }> = {
  'application/pdf': { inline: true },
  'application/vnd.oasis.opendocument.text': { inline: false },
  'application/vnd.oasis.opendocument.spreadsheet': { inline: false },
  'application/vnd.oasis.opendocument.presentation': { inline: false },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { inline: false },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { inline: false },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': { inline: false },
  'application/msword': { inline: false },
  'application/vnd.ms-excel': { inline: false },
  'application/vnd.ms-powerpoint': { inline: false },
  'image/png': { inline: true },
  'image/jpeg': { inline: true },
  'image/webp': { inline: true },
  'image/gif': { inline: true },
  'image/svg+xml': { inline: false },
  'video/mp4': { inline: true },
  'video/webm': { inline: true },
  'audio/mpeg': { inline: true },
  'audio/ogg': { inline: true },
  'audio/wav': { inline: true },
  'text/plain': { inline: false },
  'text/markdown': { inline: false },
  'text/csv': { inline: false },
  'text/html': { inline: false },
  'text/vtt': { inline: false },
  'application/x-subrip': { inline: false },
  'application/zip': { inline: false },
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
