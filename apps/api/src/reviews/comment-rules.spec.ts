import { DomainError } from '../common/domain-error.js';
import { assertEditable, EDIT_WINDOW_MS, renderCommentHtml } from './comment-rules.js';

describe('renderCommentHtml', () => {
  it('renders the small Markdown it allows', () => {
    expect(renderCommentHtml('**Bien** et *clair*\n\n- un\n- deux')).toBe(
      '<p><strong>Bien</strong> et <em>clair</em></p>\n<ul>\n<li>un</li>\n<li>deux</li>\n</ul>',
    );
    expect(renderCommentHtml('> cité\n\n1. a\n\nvoir `code`')).toBe(
      '<blockquote>\n<p>cité</p>\n</blockquote>\n<ol>\n<li>a</li>\n</ol>\n<p>voir <code>code</code></p>',
    );
    expect(renderCommentHtml('ligne 1\nligne 2')).toBe('<p>ligne 1<br />ligne 2</p>');
  });

  it('keeps http(s) and mailto links, with rel noopener noreferrer nofollow', () => {
    expect(renderCommentHtml('[doc](https://example.org/a?b=1)')).toBe(
      '<p><a href="https://example.org/a?b=1" rel="noopener noreferrer nofollow">doc</a></p>',
    );
    expect(renderCommentHtml('<a href="mailto:x@example.org" rel="opener">x</a>')).toContain(
      'href="mailto:x@example.org" rel="noopener noreferrer nofollow"',
    );
  });

  it.each([
    ['<script>alert(1)</script>coucou', 'coucou'],
    ['<img src=x onerror="alert(1)">', ''],
    ['<p onclick="alert(1)">texte</p>', '<p>texte</p>'],
    ['[clic](javascript:alert(1))', '<p><a rel="noopener noreferrer nofollow">clic</a></p>'],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', '<p><a rel="noopener noreferrer nofollow">x</a></p>'],
    [
      '<a href="data:text/html,<script>alert(1)</script>">x</a>',
      '<p><a rel="noopener noreferrer nofollow">x</a></p>',
    ],
    ['<svg onload="alert(1)"><circle /></svg>après', '<p>après</p>'],
    ['<iframe src="https://evil.example"></iframe>', ''],
    ['<style>body{display:none}</style>texte', 'texte'],
    ['![img](https://evil.example/x.png)', '<p></p>'],
    ['<a href="//evil.example">x</a>', '<p><a rel="noopener noreferrer nofollow">x</a></p>'],
  ])('neutralises %j', (hostile, expected) => {
    const html = renderCommentHtml(hostile);
    expect(html).toBe(expected);
    expect(html).not.toMatch(
      /<script|onerror|onload|onclick|javascript:|<svg|<iframe|<img|<style/i,
    );
  });
});

describe('assertEditable (15-minute rule)', () => {
  const createdAt = new Date('2026-11-30T10:00:00Z');
  const at = (ms: number) => new Date(createdAt.getTime() + ms);

  it('allows an edit up to 15 minutes after creation', () => {
    expect(() => assertEditable(createdAt, at(0))).not.toThrow();
    expect(() => assertEditable(createdAt, at(EDIT_WINDOW_MS))).not.toThrow();
  });

  it('refuses it afterwards with a 409 that says why', () => {
    expect(() => assertEditable(createdAt, at(EDIT_WINDOW_MS + 1))).toThrow(DomainError);
    expect(() => assertEditable(createdAt, at(EDIT_WINDOW_MS + 1))).toThrow(/15 minutes/);
  });
});
