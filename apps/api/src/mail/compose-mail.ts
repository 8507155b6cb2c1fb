import { type Locale, mailText } from '@dossier-sno/i18n';
import { escapeAttribute, escapeText } from 'entities';
import type { Mail } from './mailer.service.js';

/** What an e-mail says, already in the recipient's language; composeMail lays it out. */
export interface MailContent {
  to: string;
  locale: Locale;
  subject: string;
  /** Who it is written to (« Bonjour Camille Martin, »). */
  name: string;
  /** Who writes and why, before the link. */
  paragraphs: string[];
  /** Lines listed before the link (the digest's notifications). */
  items?: string[];
  action: { text: string; link: string };
  /** What to know about the link (validity, what to do if unexpected). */
  after: string[];
  /** The establishment that sends it, in the signature. */
  establishment: string;
}

/**
 * The same message as plain text and as HTML (multipart/alternative): the HTML is a plain
 * document in the recipient's language, every value escaped, one real link whose text says where
 * it goes, no image nor external resource (mail clients block them, screen readers read it as is).
 */
export function composeMail(content: MailContent): Mail {
  const { locale, action } = content;
  const greeting = mailText(locale, 'greeting', { name: content.name });
  const signature = mailText(locale, 'signature', { establishment: content.establishment });
  const text = [
    greeting,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.items?.length ? [...content.items.map((i) => `- ${i}`), ''] : []),
    `${action.text}${locale === 'fr' ? ' :' : ':'}`,
    action.link,
    '',
    ...content.after.flatMap((p) => [p, '']),
    '-- ',
    signature,
    '',
  ].join('\n');
  const paragraph = (p: string) => `<p>${escapeText(p)}</p>`;
  const html = [
    '<!doctype html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeText(content.subject)}</title>`,
    '</head>',
    '<body>',
    paragraph(greeting),
    ...content.paragraphs.map(paragraph),
    ...(content.items?.length
      ? ['<ul>', ...content.items.map((i) => `<li>${escapeText(i)}</li>`), '</ul>']
      : []),
    `<p><a href="${escapeAttribute(action.link)}">${escapeText(action.text)}</a></p>`,
    ...content.after.map(paragraph),
    `<p>${escapeText(signature)}</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { to: content.to, subject: content.subject, text, html };
}
