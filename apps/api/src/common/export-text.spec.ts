import { count, csvDateTime, examAndMode, fileSize, period } from './export-text.js';

describe('export-text', () => {
  it('writes counts with the French plural (0 and 1 singular)', () => {
    expect([0, 1, 2].map((n) => count(n, 'trace', 'traces'))).toEqual([
      '0 trace',
      '1 trace',
      '2 traces',
    ]);
  });

  it.each([
    [512, '512 octets'],
    [1, '1 octet'],
    [7_800, '7,6 ko'],
    [1_258_291, '1,2 Mo'],
    [125_829_120, '120 Mo'],
    [2_254_857_830, '2,1 Go'],
  ])('writes %d bytes as « %s »', (bytes, text) => {
    expect(fileSize(bytes)).toBe(text);
  });

  it('names the exam and its mode in words', () => {
    expect(examAndMode('E2', 'ccf')).toBe('E2 — Contrôle en cours de formation');
    expect(examAndMode('E1', 'ponctuel')).toBe('E1 — Forme ponctuelle');
  });

  it('writes a day or a period of days in French', () => {
    expect(period('2027-03-01', null)).toBe('1er mars 2027');
    expect(period('2027-03-01', '2027-03-05')).toBe('du 1er mars 2027 au 5 mars 2027');
  });

  it('writes CSV timestamps in Paris time, in the short form spreadsheets read', () => {
    expect(csvDateTime('2026-12-12T13:30:00.000Z')).toBe('12/12/2026 14:30');
    expect(csvDateTime(new Date('2027-06-01T18:00:05Z'), { seconds: true })).toBe(
      '01/06/2027 20:00:05',
    );
    expect(csvDateTime(null)).toBe('');
  });
});
