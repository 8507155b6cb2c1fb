import { relativeHref } from './submission-export.js';

describe('relativeHref', () => {
  it('keeps the folders and encodes every character a URL would read as something else', () => {
    const href = relativeHref('traces/01-ent/Procédure ENT #1 ?v=2 100%.pdf');
    expect(href).toBe('traces/01-ent/Proc%C3%A9dure%20ENT%20%231%20%3Fv%3D2%20100%25.pdf');
    // A browser resolving it next to index.html lands on the file of that very name.
    const resolved = new URL(href, 'file:///export/index.html');
    expect(decodeURIComponent(resolved.pathname)).toBe(
      '/export/traces/01-ent/Procédure ENT #1 ?v=2 100%.pdf',
    );
    expect(resolved.hash).toBe('');
    expect(resolved.search).toBe('');
  });
});
