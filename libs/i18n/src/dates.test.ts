import { describe, expect, it } from 'vitest';
import { formatDate } from './dates.js';

describe('formatDate', () => {
  it('writes the first of the month « 1er » and other days as numbers, in French', () => {
    expect(formatDate('2027-03-01', 'fr')).toBe('1er mars 2027');
    expect(formatDate('2026-12-12', 'fr')).toBe('12 décembre 2026');
    expect(formatDate('2027-03-01', 'en')).toBe('1 March 2027');
  });

  it('never shifts a calendar day, whatever the time zone', () => {
    expect(formatDate('2027-01-01', 'fr')).toBe('1er janvier 2027');
    expect(formatDate('2026-12-31', 'fr')).toBe('31 décembre 2026');
  });

  it('writes a timestamp in Europe/Paris with « h » (winter UTC+1, summer UTC+2)', () => {
    expect(formatDate('2026-12-12T13:30:00Z', 'fr')).toBe('12 décembre 2026 à 14 h 30');
    expect(formatDate('2027-06-01T18:00:00.000Z', 'fr')).toBe('1er juin 2027 à 20 h');
    expect(formatDate('2027-06-01T07:05:00Z', 'fr')).toBe('1er juin 2027 à 9 h 05');
    expect(formatDate('2027-06-01T18:00:00.000Z', 'en')).toBe('1 June 2027 at 20:00');
  });

  it('drops the time when asked, and writes seconds when asked', () => {
    expect(formatDate('2026-12-12T13:30:00Z', 'fr', { time: false })).toBe('12 décembre 2026');
    expect(formatDate('2026-12-12T13:30:07Z', 'fr', { seconds: true })).toBe(
      '12 décembre 2026 à 14 h 30 min 07 s',
    );
  });

  it('writes the short form with numbers, the first of the month too', () => {
    expect(formatDate('2027-03-01', 'fr', { style: 'short' })).toBe('01/03/2027');
  });

  it('refuses what is not a date rather than printing « Invalid Date »', () => {
    expect(() => formatDate('demain', 'fr')).toThrow(RangeError);
  });
});
