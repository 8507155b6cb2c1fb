import { isAllowed, isInlineSafe, sniffMediaType } from './media-types.js';

const text = (s: string) => Buffer.from(s, 'utf8');

describe('sniffMediaType', () => {
  it.each([
    [Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'x.bin', 'application/pdf'],
    [Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'x.pdf', 'image/png'],
    [Buffer.from('ffd8ffe000104a464946', 'hex'), 'x', 'image/jpeg'],
    [text('WEBVTT\n\n00:00.000 --> 00:01.000\nSalut'), 'x.txt', 'text/vtt'],
    [text('1\n00:00:01,000 --> 00:00:02,000\nSalut\n'), 'x.txt', 'application/x-subrip'],
    [
      text('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'),
      'x.png',
      'image/svg+xml',
    ],
    [text('<!DOCTYPE html><html><body>x</body></html>'), 'x.png', 'text/html'],
    [text('# Titre\n\nTexte accentué'), 'notes.md', 'text/markdown'],
    [text('a;b\n1;2\n'), 'data.csv', 'text/csv'],
    [text('Compte rendu'), 'cr.exe', 'text/plain'],
    [Buffer.from([0x00, 0x01, 0x02, 0xff]), 'x.txt', 'application/octet-stream'],
  ])('recognises %s named %s as %s', async (head, name, expected) => {
    expect(await sniffMediaType(head, name)).toBe(expected);
  });
});

describe('the allow-list', () => {
  it('accepts documents, media and text, refuses executables and unknown bytes', () => {
    expect(isAllowed('application/pdf')).toBe(true);
    expect(isAllowed('text/html')).toBe(true);
    expect(isAllowed('application/x-msdownload')).toBe(false);
    expect(isAllowed('application/octet-stream')).toBe(false);
  });

  it('never shows HTML or SVG inline', () => {
    expect(isInlineSafe('text/html')).toBe(false);
    expect(isInlineSafe('image/svg+xml')).toBe(false);
    expect(isInlineSafe('image/png')).toBe(true);
    expect(isInlineSafe('video/mp4')).toBe(true);
  });
});
