import { safeFileName } from './file-names.js';

describe('safeFileName', () => {
  it.each([
    ['rapport.pdf', 'rapport.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\léa\\capture.png', 'capture.png'],
    ['bad\u0000na\u001fme\u007f.txt', 'badname.txt'],
    ['.htaccess', 'htaccess'],
    ['   ', 'fichier'],
    ['e\u0301te\u0301.md', 'été.md'],
  ])('%j → %j', (raw, safe) => {
    expect(safeFileName(raw)).toBe(safe);
  });

  it('keeps at most 255 characters', () => {
    expect(safeFileName('a'.repeat(300))).toHaveLength(255);
  });
});
