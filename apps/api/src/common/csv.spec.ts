import { neutralisedCell, spreadsheetCsv } from './csv.js';

describe('spreadsheet CSV', () => {
  it.each(['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'neutralises a cell starting like a formula: %j',
    (cell) => {
      expect(neutralisedCell(cell)).toBe(`'${cell}`);
    },
  );

  it('keeps ordinary text and numbers (negative ones too) as they are', () => {
    expect(neutralisedCell('Inès Dupont')).toBe('Inès Dupont');
    expect(neutralisedCell('a=b')).toBe('a=b');
    expect(neutralisedCell(-3)).toBe(-3);
  });

  it('writes ; separators, CRLF and a BOM, every cell neutralised', () => {
    expect(
      spreadsheetCsv([
        ['Nom', 'Traces'],
        ['=cmd|calc', 2],
      ]),
    ).toBe("\ufeffNom;Traces\r\n'=cmd|calc;2\r\n");
  });
});
