import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { DomainError } from '../common/domain-error.js';

/** A comment's author may correct it for this long after writing it. */
export const EDIT_WINDOW_MS = 15 * 60 * 1000;

export const BODY_MAX = 10_000;

/** Refuses an edit once the window has closed (`now` is passed so tests need no real clock). */
export function assertEditable(createdAt: Date, now: Date): void {
  if (now.getTime() - createdAt.getTime() > EDIT_WINDOW_MS) {
    throw new DomainError('COMMENT_EDIT_WINDOW_PASSED', { minutes: EDIT_WINDOW_MS / 60_000 });
  }
}

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'code', 'blockquote'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // Every link leaves the app without the referrer and without passing on ranking.
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' }),
  },
  // script, style… are dropped with their content; other refused tags keep their text.
  disallowedTagsMode: 'discard',
};

/**
 * The HTML of a comment: a small Markdown (paragraphs, emphasis, lists, links, code, quotes)
 * rendered by marked, then cut down by sanitize-html to an allow-list, so that whatever the
 * author typed (raw HTML included) no script, handler or foreign element reaches a browser.
 */
export function renderCommentHtml(body: string): string {
  const html = marked.parse(body, { async: false, gfm: true, breaks: true });
  return sanitizeHtml(html, SANITIZE).trim();
}
