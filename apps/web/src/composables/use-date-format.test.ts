import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import type { AppLocale } from '../i18n';
import { appPlugins } from '../test/support';
import { type DateFormatOptions, useDateFormat } from './use-date-format';

function format(locale: AppLocale, value: string, options?: DateFormatOptions): string {
  const Probe = defineComponent({
    setup() {
      const formatDate = useDateFormat();
      return () => h('span', formatDate(value, options));
    },
  });
  return mount(Probe, { global: { plugins: appPlugins(locale).plugins } }).text();
}

describe('useDateFormat', () => {
  it('writes the first of the month « 1er » and a calendar day without a time', () => {
    expect(format('fr', '2027-03-01')).toBe('1er mars 2027');
    expect(format('fr', '2027-01-04')).toBe('4 janvier 2027');
    expect(format('fr', '2027-01-04', { time: true })).toBe('4 janvier 2027');
  });

  it('writes a timestamp in Europe/Paris with « h », unless told not to show the time', () => {
    expect(format('fr', '2026-12-12T13:30:00.000Z')).toBe('12 décembre 2026 à 14\u00a0h\u00a030');
    expect(format('fr', '2027-03-01T10:00:00.000Z')).toBe('1er mars 2027 à 11\u00a0h');
    expect(format('fr', '2027-03-01T23:30:00.000Z', { time: false })).toBe('2 mars 2027');
  });

  it('keeps the time on one line (no-break spaces around « h »)', () => {
    expect(format('fr', '2026-12-12T02:51:00.000Z')).toBe('12 décembre 2026 à 3\u00a0h\u00a051');
  });

  it('adds the seconds when asked (audit log)', () => {
    expect(format('fr', '2027-03-01T10:30:15.000Z', { seconds: true })).toBe(
      '1er mars 2027 à 11\u00a0h\u00a030\u00a0min\u00a015\u00a0s',
    );
  });

  it('follows the interface language', () => {
    expect(format('en', '2027-03-01')).toBe('1 March 2027');
    expect(format('en', '2027-03-01T13:30:00.000Z')).toBe('1 March 2027 at 14:30');
  });
});
