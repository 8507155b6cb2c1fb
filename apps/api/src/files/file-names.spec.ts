import { fileNameFor, folderSlug, safeFileName } from './file-names.js';

describe('safeFileName', () => {
  it.each([
    ['rapport.pdf', 'rapport.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\léa\\capture.png', 'capture.png'],
    ['bad\u0000na\u001fme\u007f.txt', 'badname.txt'],
    ['.htaccess', 'htaccess'],
    ['   ', 'fichier'],
    ['e\u0301te\u0301.md', 'été.md'],
    ['facture\u202Efdp.exe', 'facturefdp.exe'],
    ['a\u2066b\u200Bc\u2028.txt', 'abc.txt'],
  ])('%j → %j', (raw, safe) => {
    expect(safeFileName(raw)).toBe(safe);
  });

  it('keeps at most 255 characters', () => {
    expect(safeFileName('a'.repeat(300))).toHaveLength(255);
  });
});

describe('fileNameFor', () => {
  it.each([
    ['photo.png', 'image/png', 'photo.png'],
    ['Photo.JPEG', 'image/jpeg', 'Photo.JPEG'],
    ['photo.exe', 'image/png', 'photo.exe.png'],
    ['rapport.pdf', 'image/png', 'rapport.pdf.png'],
    ['capture', 'image/png', 'capture.png'],
    ['notes.log', 'text/plain', 'notes.log'],
    ['script.py', 'text/plain', 'script.py'],
    ['lisez-moi', 'text/plain', 'lisez-moi.txt'],
    ['facture.pdf', 'text/plain', 'facture.pdf.txt'],
    ['outil.exe', 'text/plain', 'outil.exe.txt'],
    ['facture\u202Efdp.exe', 'application/pdf', 'facturefdp.exe.pdf'],
  ])('%j holding %s → %j', (raw, type, name) => {
    expect(fileNameFor(raw, type)).toBe(name);
  });

  it('stays within 255 characters with the extension added', () => {
    const name = fileNameFor(`${'a'.repeat(300)}.exe`, 'image/png');
    expect(name).toHaveLength(255);
    expect(name.endsWith('.png')).toBe(true);
  });
});

describe('folderSlug', () => {
  it.each([
    ['Accompagnement ENT', 'accompagnement-ent'],
    ['Procédure « mots de passe » : version 2 !', 'procedure-mots-de-passe-version-2'],
    // 40 characters would end in « reinitialis »: the folder stops after the last whole word.
    [
      'Assistance aux utilisateurs pour la réinitialisation des mots de passe',
      'assistance-aux-utilisateurs-pour-la',
    ],
    [
      'Anticonstitutionnellementanticonstitutionnellement',
      'anticonstitutionnellementanticonstitutio',
    ],
    ['« » !!', 'trace'],
  ])('%j → %j', (title, folder) => {
    const slug = folderSlug(title, 'trace');
    expect(slug).toBe(folder);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
